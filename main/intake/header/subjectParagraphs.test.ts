import { describe, expect, it } from 'vitest';
import { readHeader } from './readHeader';

describe('V/v lines kept as separate Word paragraphs', () => {
  it('joins a capitalised continuation after a paragraph break', () => {
    const text = [
      'LIÊN ĐOÀN LAO ĐỘNG', '', 'TỈNH LAI CHÂU', '', 'Số: 215/LĐLĐ', '', 'V/v báo cáo kết quả thực hiện', '', 'Tháng Công nhân năm 2026', '',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', '', 'Độc lập - Tự do - Hạnh phúc', '', 'Lai Châu, ngày 05 tháng 5 năm 2026', '',
      'Kính gửi: Các công đoàn cơ sở trực thuộc.', '', 'Đề nghị các đơn vị báo cáo.',
    ].join('\n');
    expect(readHeader(text).subject).toBe('báo cáo kết quả thực hiện Tháng Công nhân năm 2026');
  });

  it('stops at a finished subject or at the next header element', () => {
    const text = ['Số: 12/LĐLĐ', '', 'V/v tổ chức hội nghị.', '', 'Tháng Công nhân', '', 'Kính gửi: Các CĐCS.'].join('\n');
    expect(readHeader(text).subject).toBe('tổ chức hội nghị');
  });
});
