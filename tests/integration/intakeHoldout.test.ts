import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ExtractedHeader } from '../../shared/domain/document';
import { extractText } from '../../main/intake/extractText';
import { readHeader } from '../../main/intake/header/readHeader';

// Documents from offices the reader was never tuned on; each has NAME.expected.json beside it.
const HOLDOUT = join(__dirname, '..', 'fixtures', 'intake-holdout');
const DOCUMENT = /\.(txt|md|docx|pdf)$/;

type Field = keyof ExtractedHeader;
type Miss = { document: string; field: Field; got: unknown; want: unknown };

const expectedPath = (document: string): string => join(HOLDOUT, document.replace(DOCUMENT, '.expected.json'));

// A document is any file with its expectation beside it; the set's own notes have none.
function holdoutDocuments(): string[] {
  return readdirSync(HOLDOUT)
    .filter((name) => DOCUMENT.test(name) && existsSync(expectedPath(name)))
    .sort();
}

function expectedFor(document: string): ExtractedHeader {
  return JSON.parse(readFileSync(expectedPath(document), 'utf8')) as ExtractedHeader;
}

async function headerOf(document: string): Promise<ExtractedHeader> {
  const bytes = new Uint8Array(readFileSync(join(HOLDOUT, document)));
  const { text } = await extractText({ bytes, fileName: document });
  return readHeader(text);
}

const percent = (right: number, total: number): string => `${((100 * right) / total).toFixed(1)}%`;

describe('header reader on the holdout set', () => {
  it('reads at least 90% of the header fields of unseen documents right', async () => {
    const documents = holdoutDocuments();
    expect(documents.length).toBeGreaterThanOrEqual(30);
    const right = new Map<Field, number>();
    const misses: Miss[] = [];
    let fields: Field[] = [];
    for (const document of documents) {
      const want = expectedFor(document);
      const got = await headerOf(document);
      fields = Object.keys(want) as Field[];
      expect(fields).toHaveLength(16);
      for (const field of fields) {
        if (JSON.stringify(got[field]) === JSON.stringify(want[field])) right.set(field, (right.get(field) ?? 0) + 1);
        else misses.push({ document, field, got: got[field], want: want[field] });
      }
    }
    const rows = fields.map((field) => `${field.padEnd(17)} ${percent(right.get(field) ?? 0, documents.length).padStart(6)}`);
    const total = fields.length * documents.length;
    const overall = (total - misses.length) / total;
    console.log(
      `Holdout: ${documents.length} documents, ${total} fields\n${rows.join('\n')}\noverall ${percent(total - misses.length, total)}`,
    );
    for (const miss of misses) {
      console.log(`${miss.document} ${miss.field}\n  got  ${JSON.stringify(miss.got)}\n  want ${JSON.stringify(miss.want)}`);
    }
    expect(overall).toBeGreaterThanOrEqual(0.9);
  }, 120_000);
});
