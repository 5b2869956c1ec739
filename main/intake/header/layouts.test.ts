import { describe, expect, it } from 'vitest';
import { readCitations } from './citations';
import { readHeader } from './readHeader';

describe('two-column headers as PDF text gives them', () => {
  it('keeps a wrapped issuer whole when the rows of both columns come out interleaved', () => {
    const text = [
      'LĐLĐ TỈNH NGHỆ AN     CỘNG HÒA XÃ HỘI CHỦ NGHĨA',
      'CÔNG ĐOÀN NGÀNH XÂY     VIỆT NAM',
      'DỰNG     Độc lập - Tự do - Hạnh phúc',
      'Số: 44/CĐN-TC     Nghệ An, ngày 02 tháng 6 năm 2025',
      'V/v nộp kinh phí công đoàn quý II',
    ].join('\n');
    const header = readHeader(text);
    expect(header.issuer).toBe('CÔNG ĐOÀN NGÀNH XÂY DỰNG');
    expect(header.parentIssuer).toBe('LĐLĐ TỈNH NGHỆ AN');
    expect(header.numberSymbol).toBe('44/CĐN-TC');
    expect(header.place).toBe('Nghệ An');
  });

  it('separates the first line of the Quốc hiệu glued to the issuer by a single space', () => {
    const text = [
      'LIÊN ĐOÀN LAO ĐỘNG CỘNG HÒA XÃ HỘI CHỦ NGHĨA',
      'TỈNH CAO BẰNG     VIỆT NAM',
      'Số: 301/TB-LĐLĐ     Độc lập - Tự do - Hạnh phúc',
      'Cao Bằng, ngày 09 tháng 9 năm 2025',
    ].join('\n');
    expect(readHeader(text).issuer).toBe('LIÊN ĐOÀN LAO ĐỘNG TỈNH CAO BẰNG');
  });

  it('reads each line of a Markdown table cell broken with <br> as a line of its own', () => {
    const text = [
      '| LĐLĐ TỈNH BẾN TRE<br>**CÔNG ĐOÀN XÃ PHƯỚC LONG** | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc |',
      '|---|---|',
      '| Số: 12/CĐX | Phước Long, ngày 3 tháng 3 năm 2026 |',
    ].join('\n');
    const header = readHeader(text);
    expect(header.issuer).toBe('CÔNG ĐOÀN XÃ PHƯỚC LONG');
    expect(header.parentIssuer).toBe('LĐLĐ TỈNH BẾN TRE');
  });
});

describe('subject and citations', () => {
  it('ends a subject where a paragraph opens with the day something happened', () => {
    const text = [
      'LIÊN ĐOÀN LAO ĐỘNG TỈNH GIA LAI',
      'Số: 77/TB-LĐLĐ',
      'Gia Lai, ngày 20 tháng 5 năm 2025',
      'THÔNG BÁO',
      'Kết quả kiểm tra công tác tài chính quý I',
      'Ngày 15/5/2025, đoàn kiểm tra đã làm việc tại 04 công đoàn cơ sở.',
    ].join('\n');
    expect(readHeader(text).subject).toBe('Kết quả kiểm tra công tác tài chính quý I');
  });

  it('keeps a cited ký hiệu in its printed case, as the document’s own number does', () => {
    const found = readCitations('Thực hiện Công văn số 215/LĐLĐ-ToC và Chương trình số 4/CTR-CĐN.').map((c) => c.numberSymbol);
    expect(found).toEqual(['215/LĐLĐ-ToC', '4/CTr-CĐN']);
  });
});
