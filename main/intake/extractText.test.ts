import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractText, sniffFormat } from './extractText';
import { readHeader } from './header/index';
import { itemsToLines } from './pdfText';
import { FIXTURES_DIR } from './testing/fixtures';
import { INTAKE_WARNINGS } from './warnings';

const fixture = (name: string): Uint8Array => readFileSync(join(FIXTURES_DIR, name));
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('extractText', () => {
  it('reads a DOCX whose header is a two-column table, left column first', async () => {
    const result = await extractText({ bytes: fixture('g1-ldld-congvan.docx'), fileName: 'cong-van.docx' });
    expect(result.format).toBe('docx');
    expect(result.warnings).toEqual([]);
    const issuer = result.text.indexOf('LĐLĐ TỈNH THÁI BÌNH');
    expect(issuer).toBeGreaterThanOrEqual(0);
    expect(result.text.indexOf('Số: 318/LĐLĐ-CSPL')).toBeGreaterThan(issuer);
    expect(result.text).toContain('Thái Bình, ngày 09 tháng 5 năm 2025');
  });

  it('prints text under Word\'s caps formatting in capitals, as it appears on paper', async () => {
    const result = await extractText({ bytes: fixture('g5-cdvc-kehoach-chu-in-hoa-dinh-dang.docx'), fileName: 'ke-hoach.docx' });
    expect(result.text).toContain('CÔNG ĐOÀN VIÊN CHỨC TỈNH');
    expect(result.text).toContain('KẾ HOẠCH');
    expect(result.text).not.toContain('công đoàn viên chức tỉnh');
    expect(result.text).toContain('Tổ chức Giải cầu lông công nhân, viên chức, lao động năm 2025');
  });

  it('rebuilds the lines of a PDF, keeping the two header columns on one line with a wide gap', async () => {
    const result = await extractText({ bytes: fixture('g1-ldld-congvan.pdf'), fileName: 'cong-van.pdf' });
    expect(result.format).toBe('pdf');
    const lines = result.text.split('\n');
    expect(lines.some((l) => /^Số: 318\/LĐLĐ-CSPL\s{4,}Thái Bình, ngày 09 tháng 5 năm 2025$/.test(l))).toBe(true);
    expect(lines).toContain('V/v rà soát, hỗ trợ đoàn viên');
  });

  it('reads a 20-page PDF directive and prefills its header', async () => {
    const bytes = fixture('g4-ldld-kehoach-20-trang.pdf');
    await extractText({ bytes, fileName: 'warm-up.pdf' });
    const start = performance.now();
    const { text, warnings } = await extractText({ bytes, fileName: 'ke-hoach.pdf' });
    const header = readHeader(text);
    const ms = performance.now() - start;
    console.log(`20-page PDF read and prefilled in ${ms.toFixed(0)} ms`);
    expect(warnings).toEqual([]);
    expect(text.split('\n').some((l) => /^\d{1,2}$/.test(l.trim()))).toBe(false);
    expect(header.numberSymbol).toBe('140/KH-LĐLĐ');
    expect(header.signerName).toBe('Hoàng Thọ Trung');
    expect(header.reportDeadline).toBe('2025-11-20');
  });

  it('sniffs the format from the bytes, not from the name', async () => {
    const pdfNamedTxt = await extractText({ bytes: fixture('g2-cdn-thongbao.pdf'), fileName: 'thong-bao.txt' });
    expect(pdfNamedTxt.format).toBe('pdf');
    expect(pdfNamedTxt.warnings).toContain('EXTENSION_MISMATCH');
    expect(pdfNamedTxt.text).toContain('17/TB-CĐVC');
    const textNamedDocx = await extractText({ bytes: utf8('Số: 12/LĐLĐ'), fileName: 'cong-van.docx' });
    expect(textNamedDocx).toEqual({ text: 'Số: 12/LĐLĐ', format: 'text', warnings: ['EXTENSION_MISMATCH'] });
    expect(sniffFormat(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0]))).toBe('doc');
  });

  it('decodes UTF-8 with a BOM, UTF-16 and the old Vietnamese code page', async () => {
    const bom = await extractText({ bytes: new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Kính gửi')]), fileName: 'a.txt' });
    expect(bom.text).toBe('Kính gửi');
    const utf16 = new Uint8Array([0xff, 0xfe, ...Buffer.from('Nơi nhận', 'utf16le')]);
    expect((await extractText({ bytes: utf16, fileName: 'b.txt' })).text).toBe('Nơi nhận');
    // "Hà Nội" in Windows-1258: a, combining grave (0xCC); o-circumflex (0xF4), combining dot below (0xF2).
    const cp1258 = new Uint8Array([0x48, 0x61, 0xcc, 0x20, 0x4e, 0xf4, 0xf2, 0x69]);
    const legacy = await extractText({ bytes: cp1258, fileName: 'c.txt' });
    expect(legacy.text.normalize('NFC')).toBe('Hà Nội');
    expect(legacy.warnings).toEqual(['ENCODING_GUESSED']);
  });

  it('gives empty text and a warning for what it cannot read', async () => {
    expect(await extractText({ bytes: new Uint8Array(0), fileName: 'x.pdf' })).toEqual({ text: '', format: 'pdf', warnings: ['EMPTY_FILE'] });
    const brokenPdf = await extractText({ bytes: utf8('%PDF-1.7\n1 0 obj garbage'), fileName: 'x.pdf' });
    expect(brokenPdf.text).toBe('');
    expect(brokenPdf.warnings).toContain('UNREADABLE_PDF');
    const brokenDocx = await extractText({ bytes: new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), fileName: 'x.docx' });
    expect(brokenDocx).toEqual({ text: '', format: 'docx', warnings: ['UNREADABLE_DOCX'] });
    const legacyDoc = await extractText({ bytes: new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), fileName: 'x.doc' });
    expect(legacyDoc).toEqual({ text: '', format: 'doc', warnings: ['LEGACY_DOC'] });
    const photo = await extractText({ bytes: new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46]), fileName: 'cong-van.pdf' });
    expect(photo).toEqual({ text: '', format: 'image', warnings: ['IMAGE_FILE'] });
    const png = await extractText({ bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), fileName: 'cong-van.docx' });
    expect(png.format).toBe('image');
    expect(await extractText({ bytes: utf8('{\\rtf1\\ansi Số 12}'), fileName: 'x.rtf' })).toEqual({ text: '', format: 'other', warnings: ['UNSUPPORTED_FORMAT'] });
    const binary = await extractText({ bytes: new Uint8Array(Array.from({ length: 200 }, (_, i) => i % 7)), fileName: 'x.txt' });
    expect(binary).toEqual({ text: '', format: 'text', warnings: ['NOT_TEXT'] });
  });

  it('has a Vietnamese sentence for every warning', () => {
    for (const message of Object.values(INTAKE_WARNINGS)) expect(message).toMatch(/^[A-ZĐPTK].*\.$/u);
  });
});

describe('itemsToLines', () => {
  it('groups items by baseline, orders them by x and drops page numbers', () => {
    const item = (text: string, x: number, y: number) => ({ text, x, y, width: text.length * 6, size: 13 });
    const lines = itemsToLines([
      item('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 300, 801),
      item('LIÊN ĐOÀN LAO ĐỘNG TỈNH', 60, 800),
      item('Kín', 60, 700),
      item('h gửi:', 78, 700),
      item('2', 290, 40),
    ]);
    expect(lines).toEqual(['LIÊN ĐOÀN LAO ĐỘNG TỈNH     CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Kính gửi:']);
  });
});
