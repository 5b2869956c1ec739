import { describe, expect, it } from 'vitest';
import type { DraftBlock } from '../domain/draft';
import { blockLabels, closingBlockIndex, draftBodyText, listLines, pointLetter, toRoman, withClosingMark } from './bodyText';

const p = (text: string): DraftBlock => ({ kind: 'paragraph', runs: [{ text }] });
const h = (level: 1 | 2 | 3, text: string): DraftBlock => ({ kind: 'heading', level, runs: [{ text }] });
const item = (marker: 'dash' | 'plus' | 'number' | 'letter', text: string): DraftBlock => ({ kind: 'item', marker, runs: [{ text }] });

describe('numbering', () => {
  it('writes Roman numerals for mục and Vietnamese letters for điểm', () => {
    expect([1, 2, 3, 4, 9, 14, 40].map(toRoman)).toEqual(['I', 'II', 'III', 'IV', 'IX', 'XIV', 'XL']);
    expect([1, 4, 5, 6, 7].map(pointLetter)).toEqual(['a', 'd', 'đ', 'e', 'g']);
  });

  it('labels blocks by position: khoản restart under each mục, điểm under each khoản', () => {
    const labels = blockLabels([
      p('Mở đầu'),
      h(1, 'Kết quả'),
      h(2, 'Chỉ đạo'),
      item('letter', 'x'),
      item('letter', 'y'),
      h(2, 'Kết quả cụ thể'),
      item('dash', 'z'),
      h(1, 'Tồn tại'),
      item('number', 'một'),
      p('ghi chú'),
      item('number', 'hai'),
      item('plus', 'ý'),
      h(3, 'điểm'),
    ]);
    expect(labels).toEqual(['', 'I. ', '1. ', 'a) ', 'b) ', '2. ', '- ', 'II. ', '1. ', '', '2. ', '+ ', 'a) ']);
  });
});

describe('closing mark', () => {
  it('puts "./." right after the last sentence, once', () => {
    expect(withClosingMark('đề nghị các đơn vị thực hiện.')).toBe('đề nghị các đơn vị thực hiện./.');
    expect(withClosingMark('đề nghị các đơn vị thực hiện')).toBe('đề nghị các đơn vị thực hiện./.');
    expect(withClosingMark('thực hiện./.  ')).toBe('thực hiện./.');
    expect(withClosingMark('các nội dung sau;')).toBe('các nội dung sau./.');
  });

  it('finds the last block with text', () => {
    expect(closingBlockIndex([p('a'), p('b'), p('  ')])).toBe(1);
    expect(closingBlockIndex([])).toBe(-1);
  });

  it('gives the plain body text with labels, capitals for mục and the closing mark', () => {
    const text = draftBodyText({ body: [p('Thực hiện kế hoạch:'), h(1, 'kết quả'), item('number', 'Đã triển khai'), p('Trên đây là báo cáo.')] });
    expect(text).toBe('Thực hiện kế hoạch:\nI. KẾT QUẢ\n1. Đã triển khai\nTrên đây là báo cáo./.');
  });
});

describe('list lines', () => {
  it('dashes each line, ends each with ";" and the last with "."', () => {
    expect(listLines(['Như trên', '- Tổng LĐLĐ Việt Nam;', '', 'Lưu: VT, VP.'])).toEqual(['- Như trên;', '- Tổng LĐLĐ Việt Nam;', '- Lưu: VT, VP.']);
  });
});
