import { describe, expect, it } from 'vitest';
import { readCitations } from './citations';
import { readDeadline } from './deadline';
import { readHeader, readHeaderWithSources, sourceText } from './readHeader';

describe('readCitations', () => {
  it('gives the rich form: normalised number/symbol, type named before it and its date', () => {
    const text =
      'Căn cứ Kế hoạch số 276/KH-LĐLĐ ngày 15/10/2021 của LĐLĐ tỉnh; Nghị quyết số 02-NQ/TW ngày 12 tháng 6 năm 2021; ' +
      'công văn 3578/TLĐ–TGNC, Quyết định số 217-QĐ/TW, Chương trình hành động số18-Ctr/TU, ngày19/12/2025 và Nghị định 191/2013/NĐ-CP.';
    expect(readCitations(text)).toEqual([
      { numberSymbol: '276/KH-LĐLĐ', typeName: 'Kế hoạch', citedOn: '2021-10-15' },
      { numberSymbol: '02-NQ/TW', typeName: 'Nghị quyết', citedOn: '2021-06-12' },
      { numberSymbol: '3578/TLĐ-TGNC', typeName: 'Công văn', citedOn: null },
      { numberSymbol: '217-QĐ/TW', typeName: 'Quyết định', citedOn: null },
      { numberSymbol: '18-CTr/TU', typeName: 'Chương trình', citedOn: '2025-12-19' },
      { numberSymbol: '191/2013/NĐ-CP', typeName: 'Nghị định', citedOn: null },
    ]);
  });

  it('skips the document’s own number, repeats, dates and plain numbers', () => {
    const text = 'Số: 05/TB-LĐLĐ. Nghị quyết 02-NQ/TW; nghị quyết 02-NQ/TW; ngày 2/9/2025; Quyết định 217 của Bộ Chính trị; 5/Tháng.';
    expect(readCitations(text, '5/TB-LĐLĐ').map((c) => c.numberSymbol)).toEqual(['02-NQ/TW']);
  });
});

describe('readDeadline', () => {
  it('prefers a report deadline and completes a missing year from the issue date', () => {
    const text =
      'Các đơn vị tổ chức xong hội nghị trước ngày 10/12. Tổng hợp, báo cáo kết quả về LĐLĐ tỉnh trước ngày 05/01.';
    expect(readDeadline(text, '2025-11-20')?.date).toBe('2026-01-05');
  });

  it('reads hours before the date, long dates and "chậm nhất"', () => {
    expect(readDeadline('Gửi danh sách về Văn phòng trước 16 giờ 00 ngày 20/9/2025.', null)?.date).toBe('2025-09-20');
    expect(readDeadline('Báo cáo kết quả chậm nhất ngày 15 tháng 4 năm 2026.', null)?.date).toBe('2026-04-15');
  });

  it('ignores periods and dates that set nothing for the recipients', () => {
    expect(readDeadline('Từ ngày 27/2 đến ngày 06/3/2024 đoàn kiểm tra đã làm việc tại 05 đơn vị.', '2024-03-08')).toBeNull();
    expect(readDeadline('Nghị quyết số 02-NQ/TW ngày 12/6/2021 của Bộ Chính trị.', null)).toBeNull();
  });
});

describe('readHeader on messy layouts', () => {
  it('reads an interleaved two-column header with a parent body, NFD text and "Kính gởi"', () => {
    const text = [
      'TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'LIÊN ĐOÀN LAO ĐỘNG TỈNH LAI CHÂU',
      'Độc lập — Tự do — Hạnh phúc',
      'Số: 108 / TB – LĐLĐ',
      'Lai Châu, ngày 14 tháng 10 năm 2024',
      'Kính gởi: Các công đoàn cơ sở.',
    ]
      .join('\n')
      .normalize('NFD');
    const header = readHeader(text);
    expect(header).toMatchObject({
      numberSymbol: '108/TB-LĐLĐ',
      symbol: 'TB-LĐLĐ',
      type: 'Thông báo',
      issuer: 'LIÊN ĐOÀN LAO ĐỘNG TỈNH LAI CHÂU',
      parentIssuer: 'TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM',
      place: 'Lai Châu',
      issuedOn: '2024-10-14',
      addressees: ['Các công đoàn cơ sở'],
    });
  });

  it('gives nulls and empty lists for text that is not a document', () => {
    const { header, sources } = readHeaderWithSources('Chúc mừng năm mới!\n\n12\n');
    expect(Object.values(header).every((v) => v === null || (Array.isArray(v) && v.length === 0))).toBe(true);
    expect(Object.values(sources).every((v) => v.length === 0)).toBe(true);
  });

  it('keeps source lines that point into the original text', () => {
    const text = 'LĐLĐ HUYỆN SÌN HỒ\r\nSố: 05/LĐLĐ\r\nV/v hỗ trợ đoàn viên\r\nbị thiệt hại do mưa lũ\r\n';
    const { header, sources } = readHeaderWithSources(text);
    expect(header.subject).toBe('hỗ trợ đoàn viên bị thiệt hại do mưa lũ');
    expect(sources.subject).toEqual([2, 3]);
    expect(sourceText(text, sources.issuer)).toBe('LĐLĐ HUYỆN SÌN HỒ');
  });

  it('splits a signature block whose lines were glued, but keeps “TM. ĐOÀN CHỦ TỊCH” whole', () => {
    const glued = readHeader('Nơi nhận: TM. BAN THƯỜNG VỤ\n- Như trên; PHÓ CHỦ TỊCH\n- Lưu: VT. Đồng Thị Nghĩa\n');
    expect(glued).toMatchObject({ distribution: ['Như trên', 'Lưu: VT'], signingAuthority: 'TM. BAN THƯỜNG VỤ', signerTitle: 'PHÓ CHỦ TỊCH', signerName: 'Đồng Thị Nghĩa' });
    expect(readHeader('KT. CHỦ TỊCH PHÓ CHỦ TỊCH THƯỜNG TRỰC\nLò Văn An\n')).toMatchObject({ signingAuthority: 'KT. CHỦ TỊCH', signerTitle: 'PHÓ CHỦ TỊCH THƯỜNG TRỰC' });
    expect(readHeader('TM. ĐOÀN CHỦ TỊCH\n\nNguyễn Đình Khang\n')).toMatchObject({ signingAuthority: 'TM. ĐOÀN CHỦ TỊCH', signerTitle: null, signerName: 'Nguyễn Đình Khang' });
  });

  it('keeps both capacities of a deputy signing for the collective, top to bottom (README, Reading document headers)', () => {
    expect(readHeader('Nơi nhận:\n- Như trên;\n- Lưu: VT.\nTM. BAN THƯỜNG VỤ\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nCầm Thị Hương\n')).toMatchObject({
      signingAuthority: 'TM. BAN THƯỜNG VỤ KT. CHỦ TỊCH',
      signerTitle: 'PHÓ CHỦ TỊCH',
      signerName: 'Cầm Thị Hương',
    });
  });

  it('reads Q. (acting) as the signer’s title, not as a signing capacity', () => {
    expect(readHeader('TL. BAN THƯỜNG VỤ\nQ. TRƯỞNG BAN TÀI CHÍNH\n\nTẩn Thị Dung\n')).toMatchObject({
      signingAuthority: 'TL. BAN THƯỜNG VỤ',
      signerTitle: 'Q. TRƯỞNG BAN TÀI CHÍNH',
      signerName: 'Tẩn Thị Dung',
    });
    expect(readHeader('Nơi nhận:\n- Như trên;\n- Lưu: VT.\nQ. CHỦ TỊCH\n\nLò Văn An\n')).toMatchObject({ signingAuthority: null, signerTitle: 'Q. CHỦ TỊCH', signerName: 'Lò Văn An' });
    expect(readHeader('TM. BAN THƯỜNG VỤ Q. CHỦ TỊCH\nLò Văn An\n')).toMatchObject({ signingAuthority: 'TM. BAN THƯỜNG VỤ', signerTitle: 'Q. CHỦ TỊCH' });
  });
});
