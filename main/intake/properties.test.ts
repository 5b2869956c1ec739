import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractText } from './extractText';
import { readCitations, readHeaderStrict } from './header/index';
import { intakeFixtures, sampleFixtures } from './testing/fixtures';

const TEXTS = [...sampleFixtures(), ...intakeFixtures()]
  .filter((f) => /\.(txt|md)$/.test(f.name))
  .map((f) => readFileSync(f.path, 'utf8'));

const HEADER_PIECES = [
  'Số: ',
  '108/TB-LĐLĐ',
  '02-NQ/TW',
  'V/v ',
  'Kính gửi:',
  'Kinh gởi: -',
  'Nơi nhận:',
  '- Lưu: VT.',
  'TM. BAN THƯỜNG VỤ',
  'CHỦ TỊCH',
  'KẾ HOẠCH',
  'CỘNG HÒA XÃ HỘI CHỦ NGHĨA',
  'Lai Châu, ngày 14 tháng 10 năm 2024',
  'trước ngày 15/4',
  'báo cáo',
  '\n',
  '\n\n',
  '    ',
  '**',
  '## ',
  '–',
  'ngày 31/2/2025',
  '9'.repeat(30),
];

/** Text made of header fragments and noise, more likely than random strings to reach deep into the readers. */
const headerish = fc
  .array(fc.oneof(fc.constantFrom(...HEADER_PIECES), fc.string({ unit: 'binary', maxLength: 40 })), { maxLength: 80 })
  .map((parts) => parts.join(''));

function timed<T>(run: () => T): { value: T; ms: number } {
  const start = performance.now();
  const value = run();
  return { value, ms: performance.now() - start };
}

function expectHeaderShape(header: ReturnType<typeof readHeaderStrict>['header']): void {
  // The 16 fields of the header and the two marks (độ khẩn, độ mật).
  expect(Object.keys(header)).toHaveLength(18);
  expect([null, 'urgent', 'veryUrgent', 'flash']).toContain(header.urgency);
  expect(Array.isArray(header.addressees) && Array.isArray(header.distribution) && Array.isArray(header.citations)).toBe(true);
  if (header.issuedOn !== null) expect(header.issuedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  if (header.reportDeadline !== null) expect(header.reportDeadline).toMatch(/^\d{4}-\d{2}-\d{2}$/);
}

describe('the header reader on any input', () => {
  it('never throws and answers within a second on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 3000 }), headerish), (text) => {
        const { value, ms } = timed(() => readHeaderStrict(text));
        expectHeaderShape(value.header);
        expect(ms).toBeLessThan(1000);
        expect(() => readCitations(text)).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on truncated and spliced real documents', () => {
    fc.assert(
      fc.property(fc.nat({ max: TEXTS.length - 1 }), fc.nat(), fc.nat(), (which, a, b) => {
        const text = TEXTS[which] ?? '';
        const from = Math.min(a, b) % (text.length + 1);
        const to = Math.max(a, b) % (text.length + 1);
        for (const piece of [text.slice(0, to), text.slice(from), text.slice(from, to), text.slice(0, from) + text.slice(to)]) {
          const { value, ms } = timed(() => readHeaderStrict(piece).header);
          expectHeaderShape(value);
          expect(ms).toBeLessThan(1000);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('stays fast on long pathological lines', () => {
    for (const text of ['1/'.repeat(20_000), 'Số: '.repeat(20_000), `${'A-'.repeat(20_000)}/`, ' '.repeat(100_000), 'trước ngày '.repeat(10_000)]) {
      const { value, ms } = timed(() => readHeaderStrict(text).header);
      expectHeaderShape(value);
      expect(ms).toBeLessThan(1000);
    }
  });
});

const DOCX = readFileSync(intakeFixtures().find((f) => f.name.endsWith('.docx'))?.path ?? '');
const PDF = readFileSync(intakeFixtures().find((f) => f.name.endsWith('.pdf'))?.path ?? '');

/** Random bytes, or a real file with some bytes overwritten or cut short. */
function damaged(original: Uint8Array): fc.Arbitrary<Uint8Array> {
  const mutated = fc
    .tuple(fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 30 }), fc.nat())
    .map(([edits, cut]) => {
      const copy = new Uint8Array(original);
      for (const [at, value] of edits) copy[at % copy.length] = value;
      return copy.subarray(0, cut % 3 === 0 ? cut % copy.length : copy.length);
    });
  return fc.oneof(fc.uint8Array({ maxLength: 4096 }), mutated);
}

describe('text extraction on damaged files', () => {
  // The first PDF loads pdfjs itself; time each damaged file without that one-off cost.
  beforeAll(async () => {
    await extractText({ bytes: PDF, fileName: 'van-ban.pdf' });
  });

  for (const [format, original, fileName] of [
    ['DOCX', DOCX, 'van-ban.docx'],
    ['PDF', PDF, 'van-ban.pdf'],
  ] as const) {
    it(`never throws on random or damaged ${format} bytes, each under a second`, async () => {
      await fc.assert(
        fc.asyncProperty(damaged(original), async (bytes) => {
          const start = performance.now();
          const result = await extractText({ bytes, fileName });
          expect(typeof result.text).toBe('string');
          expect(Array.isArray(result.warnings)).toBe(true);
          expectHeaderShape(readHeaderStrict(result.text).header);
          expect(performance.now() - start).toBeLessThan(1000);
        }),
        { numRuns: 40 },
      );
    });
  }
});
