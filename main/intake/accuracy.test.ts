import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ExtractedHeader } from '../../shared/domain/document';
import { extractText } from './extractText';
import { readHeader } from './header/index';
import { intakeFixtures, sampleFixtures, type Fixture } from './testing/fixtures';

type Tally = Map<keyof ExtractedHeader, { right: number; total: number }>;

async function headerOf(fixture: Fixture): Promise<ExtractedHeader> {
  const bytes = await readFile(fixture.path);
  const { text } = await extractText({ bytes, fileName: basename(fixture.path) });
  return readHeader(text);
}

describe('accuracy of the header reader over the intake test set', () => {
  it('reads at least 90% of header fields right, field by field', async () => {
    const fixtures = [...intakeFixtures(), ...sampleFixtures()];
    expect(fixtures.length).toBeGreaterThanOrEqual(30);
    const tally: Tally = new Map();
    const misses: string[] = [];
    for (const fixture of fixtures) {
      const header = await headerOf(fixture);
      for (const key of Object.keys(fixture.expected) as (keyof ExtractedHeader)[]) {
        const entry = tally.get(key) ?? { right: 0, total: 0 };
        const right = JSON.stringify(header[key]) === JSON.stringify(fixture.expected[key]);
        entry.total++;
        if (right) entry.right++;
        else misses.push(`${fixture.name} ${key}: ${JSON.stringify(header[key])}`);
        tally.set(key, entry);
      }
    }
    let right = 0;
    let total = 0;
    const report = [...tally].map(([key, t]) => {
      right += t.right;
      total += t.total;
      return `${key.padEnd(17)} ${((100 * t.right) / t.total).toFixed(1).padStart(5)}%  (${t.right}/${t.total})`;
    });
    const overall = right / total;
    console.log(`Header fields over ${fixtures.length} documents:\n${report.join('\n')}\noverall ${(100 * overall).toFixed(1)}%`);
    if (misses.length > 0) console.log(`Wrong fields:\n${misses.join('\n')}`);
    expect(overall).toBeGreaterThanOrEqual(0.9);
  });
});
