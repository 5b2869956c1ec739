import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ExtractedHeader } from '../../../shared/domain/document';

export const FIXTURES_DIR = fileURLToPath(new URL('../../../tests/fixtures/intake', import.meta.url));
export const SAMPLES_DIR = fileURLToPath(new URL('../../../resources/samples', import.meta.url));

export type Fixture = { name: string; path: string; expected: ExtractedHeader };

function expectedFor(jsonPath: string): ExtractedHeader {
  return JSON.parse(readFileSync(jsonPath, 'utf8')) as ExtractedHeader;
}

/** Every document of the intake test set with its expected header (text, Markdown, DOCX and PDF). */
export function intakeFixtures(): Fixture[] {
  const files = readdirSync(FIXTURES_DIR).filter((f) => /\.(txt|md|docx|pdf)$/.test(f));
  return files.map((name) => ({
    name,
    path: join(FIXTURES_DIR, name),
    expected: expectedFor(join(FIXTURES_DIR, name.replace(/\.\w+$/, '.json'))),
  }));
}

/** The five sample directives shipped in resources/samples, with their expected headers. */
export function sampleFixtures(): Fixture[] {
  return readdirSync(SAMPLES_DIR)
    .filter((f) => f.endsWith('.txt'))
    .map((name) => ({
      name,
      path: join(SAMPLES_DIR, name),
      expected: expectedFor(join(FIXTURES_DIR, 'samples', name.replace(/\.txt$/, '.json'))),
    }));
}
