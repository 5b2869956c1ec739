import { describe, expect, it } from 'vitest';
import { docxToPdfLayout, pdfToolsMissing, wordOn, type PdfLayout } from '../../../tests/support/pdfLayout';
import { renderDraftDocx } from './renderDraftDocx';
import { sampleOfficialLetter, sampleReport } from './sampleDrafts';

const missing = pdfToolsMissing();
if (missing) console.warn(`DOCX → PDF checks skipped: ${missing}`);

const MM = 72 / 25.4;

function lineOf(layout: PdfLayout, page: number, text: string) {
  const w = wordOn(layout, page, text);
  if (!w) throw new Error(`"${text}" not on page ${page}`);
  return w;
}

describe.skipIf(missing !== null)('printed through LibreOffice', () => {
  it('prints a one-page công văn on A4 with the header, addressees and signature in place', async () => {
    const layout = docxToPdfLayout(await renderDraftDocx(sampleOfficialLetter()));
    expect(layout.pages).toBe(1);
    expect(layout.pageWidth / MM).toBeCloseTo(210, 0);
    expect(layout.pageHeight / MM).toBeCloseTo(297, 0);
    const page = layout.text[0] as string;
    for (const expected of ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'V/v đôn đốc báo cáo kết quả', 'HỎA TỐC', 'Đồng Thị Nghĩa', 'quan tâm, thực hiện./.']) {
      expect(page).toContain(expected);
    }
    // Số and the place/date share a line; Quốc hiệu sits in the right half, the issuer in the left.
    expect(Math.abs(lineOf(layout, 1, 'Số:').y - lineOf(layout, 1, 'Lai').y)).toBeLessThan(4);
    expect(lineOf(layout, 1, 'CỘNG').x).toBeGreaterThan(layout.pageWidth * 0.4);
    expect(lineOf(layout, 1, 'TỔNG').xMax).toBeLessThan(layout.pageWidth * 0.5);
    // Nothing is printed inside the 30 mm left margin.
    expect(Math.min(...layout.words.map((w) => w.x))).toBeGreaterThanOrEqual(30 * MM - 1);
    // Nơi nhận is level with the signer's first line, left of it.
    const received = lineOf(layout, 1, 'Nơi');
    const authority = lineOf(layout, 1, 'KT.');
    expect(Math.abs(received.y - authority.y)).toBeLessThan(6);
    expect(received.x).toBeLessThan(authority.x);
  }, 120_000);

  it('prints a five-page report with page numbers from page 2, centred in the top margin', async () => {
    const layout = docxToPdfLayout(await renderDraftDocx(sampleReport(5)));
    expect(layout.pages).toBeGreaterThanOrEqual(4);
    expect(layout.pages).toBeLessThanOrEqual(6);
    const firstWords = (page: number) => layout.words.filter((w) => w.page === page).sort((a, b) => a.y - b.y);
    expect(firstWords(1)[0]?.text).toBe('LĐLĐ');
    for (let page = 2; page <= layout.pages; page += 1) {
      const top = firstWords(page)[0];
      expect(top?.text).toBe(String(page));
      expect(top?.y ?? 0).toBeLessThan(20 * MM);
      const centre = ((top?.x ?? 0) + (top?.xMax ?? 0)) / 2;
      const textCentre = (30 * MM + (210 - 20) * MM) / 2;
      expect(Math.abs(centre - textCentre)).toBeLessThan(3 * MM);
    }
    const all = layout.text.join('\n');
    expect(all).toContain('I. KẾT QUẢ THỰC HIỆN');
    expect(all).toContain('IV. ĐỀ XUẤT, KIẾN NGHỊ');
    expect(layout.text[layout.pages - 1]).toContain('Lò Thị Hương');
    expect(layout.text[layout.pages - 1]).toContain('Lưu: VT, VP.');
  }, 120_000);
});
