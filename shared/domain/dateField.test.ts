import { describe, expect, it } from 'vitest';
import { dateField } from './dateField';

describe('a date crossing to the main process', () => {
  it('takes a day that exists and refuses one that does not, or none, in the words of the date fields', () => {
    expect(dateField.parse('2026-03-05')).toBe('2026-03-05');
    expect(dateField.safeParse('2026-02-30').error?.issues[0]?.message).toMatch(/ngày\/tháng\/năm, ví dụ 05\/03\/2026/);
    expect(dateField.safeParse('').error?.issues.map((i) => i.message)).toEqual(['Hãy nhập ngày.']);
    expect(dateField.safeParse(undefined).error?.issues[0]?.message).toBe('Hãy nhập ngày.');
  });
});
