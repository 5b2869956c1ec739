import { describe, expect, it } from 'vitest';
import { subjectLengthHint, subjectPrintedLines } from './subjectHint';

const long =
  'Đề nghị các cấp công đoàn tiếp tục tăng cường công tác tuyên truyền, phổ biến, quán triệt và tổ chức thực hiện có hiệu quả Nghị quyết số 02-NQ/TW ngày 12/6/2021 của Bộ Chính trị về đổi mới tổ chức và hoạt động của Công đoàn Việt Nam trong tình hình mới, gắn với việc thực hiện các chỉ tiêu, nhiệm vụ công tác công đoàn năm 2026 và tổng kết, đánh giá kết quả thực hiện, báo cáo về Liên đoàn Lao động tỉnh trước ngày 30 tháng 11';

describe('the hint on a long trích yếu', () => {
  it('stays silent for an ordinary trích yếu', () => {
    expect(subjectLengthHint({ typeId: 'officialLetter', subject: 'đôn đốc báo cáo kết quả thực hiện nhiệm vụ quý I năm 2025' })).toBeNull();
    expect(subjectLengthHint({ typeId: 'report', subject: 'Kết quả thực hiện Kế hoạch số 314/KH-LĐLĐ ngày 16/02/2022 của Ban Thường vụ Liên đoàn Lao động tỉnh' })).toBeNull();
  });

  it('says how long a 438-character công văn trích yếu is and how many lines it prints, without refusing it', () => {
    expect(long.length).toBeGreaterThan(400);
    expect(subjectPrintedLines({ typeId: 'officialLetter', subject: long })).toBeGreaterThanOrEqual(12);
    expect(subjectLengthHint({ typeId: 'officialLetter', subject: long })).toMatch(/^Trích yếu dài \d{3} ký tự, khi in chiếm khoảng 1\d dòng\. Trích yếu nên ngắn gọn/u);
  });

  it('counts the lines the clerk broke by hand', () => {
    expect(subjectPrintedLines({ typeId: 'report', subject: 'Một\nHai\nBa' })).toBe(3);
  });
});
