import { describe, expect, it } from 'vitest';
import { balancedName, longestLineTwips, textWidthTwips, wrapLines } from './measure';

describe('Times New Roman measuring', () => {
  it('gives the published widths: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" at 12 pt bold is about 88 mm', () => {
    const twips = textWidthTwips('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { sizePt: 12, bold: true });
    expect((twips * 25.4) / 1440).toBeCloseTo(88.3, 0);
    expect(textWidthTwips('Đđ', { sizePt: 10 })).toBe(textWidthTwips('Dd', { sizePt: 10 }));
    expect(textWidthTwips('ạ', { sizePt: 14, bold: true })).toBe(textWidthTwips('a', { sizePt: 14, bold: true }));
  });

  it('wraps between words and honours hard breaks', () => {
    const style = { sizePt: 12, bold: true };
    expect(wrapLines('LIÊN ĐOÀN LAO ĐỘNG HUYỆN TAM ĐƯỜNG', 3402, style)).toEqual(['LIÊN ĐOÀN LAO ĐỘNG', 'HUYỆN TAM ĐƯỜNG']);
    expect(wrapLines('một\nhai ba', 10_000, style)).toEqual(['một', 'hai ba']);
    expect(longestLineTwips('LIÊN ĐOÀN LAO ĐỘNG HUYỆN TAM ĐƯỜNG', 3402, style)).toBe(textWidthTwips('LIÊN ĐOÀN LAO ĐỘNG', style));
  });
});

describe('breaking a body name over two lines', () => {
  const style = { sizePt: 12, bold: true };
  it('breaks before the place and never inside a word', () => {
    expect(balancedName('LIÊN ĐOÀN LAO ĐỘNG TỈNH LAI CHÂU', 3402, style)).toBe('LIÊN ĐOÀN LAO ĐỘNG\nTỈNH LAI CHÂU');
    expect(balancedName('CÔNG ĐOÀN VIÊN CHỨC TỈNH LAI CHÂU', 3402, style)).toBe('CÔNG ĐOÀN VIÊN CHỨC\nTỈNH LAI CHÂU');
    // Filling the first line would leave "BỆNH" and "VIỆN" on different lines.
    expect(wrapLines('CÔNG ĐOÀN CƠ SỞ BỆNH VIỆN ĐA KHOA', 3402, style)).toEqual(['CÔNG ĐOÀN CƠ SỞ BỆNH', 'VIỆN ĐA KHOA']);
    expect(balancedName('CÔNG ĐOÀN CƠ SỞ BỆNH VIỆN ĐA KHOA', 3402, style)).toBe('CÔNG ĐOÀN CƠ SỞ\nBỆNH VIỆN ĐA KHOA');
  });

  it('leaves alone names that fit, names the clerk broke and very long names', () => {
    expect(balancedName('LĐLĐ TỈNH LAI CHÂU', 3402, style)).toBe('LĐLĐ TỈNH LAI CHÂU');
    expect(balancedName('LIÊN ĐOÀN\nLAO ĐỘNG TỈNH LAI CHÂU', 3402, style)).toBe('LIÊN ĐOÀN\nLAO ĐỘNG TỈNH LAI CHÂU');
    const long = 'CÔNG ĐOÀN CƠ SỞ TRƯỜNG PHỔ THÔNG DÂN TỘC NỘI TRÚ TRUNG HỌC CƠ SỞ VÀ TRUNG HỌC PHỔ THÔNG HUYỆN SÌN HỒ';
    expect(balancedName(long, 3402, style)).toBe(long);
  });
});
