import { describe, expect, it } from 'vitest';
import { longestLineTwips, textWidthTwips, wrapLines } from './measure';

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
