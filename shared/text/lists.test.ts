import { describe, expect, it } from 'vitest';
import { joinList, listItems } from './lists';

describe('lists typed one item a line', () => {
  it('drop each item’s own closing mark and bullet before joining, so nothing is doubled', () => {
    expect(joinList(['Như Điều 3;', 'Lưu: VT, TC.'])).toBe('Như Điều 3; Lưu: VT, TC');
    expect(joinList(['Như trên;', 'Thường trực LĐLĐ tỉnh;;', ''])).toBe('Như trên; Thường trực LĐLĐ tỉnh');
    expect(listItems(['- Như trên ;', '  ', '+ Lưu: VT.'])).toEqual(['Như trên', 'Lưu: VT']);
  });

  it('keep the marks inside an item', () => {
    expect(joinList(['Các Công đoàn ngành; Công đoàn Viên chức tỉnh'])).toBe('Các Công đoàn ngành; Công đoàn Viên chức tỉnh');
    expect(joinList([])).toBe('');
  });
});
