import { describe, expect, it } from 'vitest';
import { readHeaderWithSources, sourceText } from './readHeader';

const letter = (marks: string[]) =>
  [
    'ĐẢNG ỦY XÃ BÌNH LƯ',
    'Số: 45-GM/ĐU',
    ...marks,
    'ĐẢNG CỘNG SẢN VIỆT NAM',
    'Bình Lư, ngày 02 tháng 11 năm 2026',
    'GIẤY MỜI',
    'Đề nghị các đồng chí khẩn trương chuẩn bị báo cáo; tài liệu mật được phát tại hội nghị.',
  ].join('\n');

describe('độ khẩn and độ mật marks', () => {
  it.each([
    ['KHẨN', 'urgent'],
    ['THƯỢNG KHẨN', 'veryUrgent'],
    ['HỎA TỐC', 'flash'],
    ['HOẢ TỐC', 'flash'],
    ['**HỎA TỐC**', 'flash'],
    ['[ KHẨN ]', 'urgent'],
  ])('reads %s under the number as %s', (mark, urgency) => {
    const { header, sources } = readHeaderWithSources(letter([mark]));
    expect(header.urgency).toBe(urgency);
    expect(header.secrecy).toBeNull();
    expect(sources.urgency).toEqual([2]);
  });

  it.each([
    ['MẬT', 'secret'],
    ['TỐI MẬT', 'topSecret'],
    ['TUYỆT MẬT', 'absoluteSecret'],
  ])('reads %s as %s, beside an urgency mark', (mark, secrecy) => {
    const text = letter([mark, 'THƯỢNG KHẨN']);
    const { header, sources } = readHeaderWithSources(text);
    expect(header).toMatchObject({ secrecy, urgency: 'veryUrgent', numberSymbol: '45-GM/ĐU' });
    expect(sourceText(text, sources.secrecy)).toBe(mark);
  });

  it('reads no mark from words of a sentence or a mark written in small letters', () => {
    const { header } = readHeaderWithSources(letter(['Khẩn']));
    expect(header.urgency).toBeNull();
    expect(header.secrecy).toBeNull();
  });
});
