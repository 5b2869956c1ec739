import { describe, expect, it } from 'vitest';
import { lunarNewYearsEve, lunarToSolar } from '../text/lunar';
import { publicHolidays, workingCalendar } from './holidays';

describe('lunar calendar (UTC+7)', () => {
  it('puts Tết on the days Vietnam kept it, including the years it differed from China', () => {
    const tet: Record<number, string> = {
      1985: '1985-01-21', 2007: '2007-02-17', 2020: '2020-01-25', 2021: '2021-02-12', 2022: '2022-02-01', 2023: '2023-01-22',
      2024: '2024-02-10', 2025: '2025-01-29', 2026: '2026-02-17', 2027: '2027-02-06', 2028: '2028-01-26', 2029: '2029-02-13', 2030: '2030-02-02',
    };
    for (const [year, date] of Object.entries(tet)) expect(lunarToSolar(1, 1, Number(year)), year).toBe(date);
    expect(lunarNewYearsEve(2025)).toBe('2026-02-16');
  });

  it('finds Giỗ Tổ Hùng Vương and leap months', () => {
    expect(lunarToSolar(10, 3, 2024)).toBe('2024-04-18');
    expect(lunarToSolar(10, 3, 2025)).toBe('2025-04-07');
    expect(lunarToSolar(10, 3, 2026)).toBe('2026-04-26');
    // 2023 had a second month 2 (nhuận), 2025 a second month 6; 2026 has none.
    expect(lunarToSolar(1, 2, 2023, true)).toBe('2023-03-22');
    expect(lunarToSolar(1, 6, 2025, true)).toBe('2025-07-25');
    expect(lunarToSolar(1, 6, 2026, true)).toBeNull();
  });
});

describe('public holidays', () => {
  it('lists the statutory days of 2026 in date order, with the day made up for Giỗ Tổ on a Sunday', () => {
    expect(publicHolidays(2026).map((h) => h.date)).toEqual([
      '2026-01-01', '2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20', '2026-04-26', '2026-04-27', '2026-04-30', '2026-05-01',
      '2026-09-02', '2026-09-03',
    ]);
    // Giỗ Tổ 2026 is a Sunday: the Monday after is off instead.
    expect(publicHolidays(2026).find((h) => h.date === '2026-04-27')?.name).toBe('Nghỉ bù Giỗ Tổ Hùng Vương');
  });

  it('give a day off for a holiday on a weekend, after the other holidays', () => {
    // Tết 2025: the eve is Tuesday 28 January, mùng 4 Saturday 1 February, made up on Monday 3 February.
    const days = publicHolidays(2025).map((h) => h.date);
    expect(days).toEqual(expect.arrayContaining(['2025-01-28', '2025-02-01', '2025-02-03', '2025-04-07', '2025-09-01', '2025-09-02']));
    // 30/4 and 1/5/2027 are Friday and Saturday; Monday 3 May is off.
    expect(publicHolidays(2027).map((h) => h.date)).toEqual(expect.arrayContaining(['2027-04-30', '2027-05-01', '2027-05-03']));
  });

  it('make a working calendar from the holidays and the office’s changes', () => {
    const calendar = workingCalendar({ extraDaysOff: ['2026-02-13'], extraWorkingDays: ['2026-02-28'] });
    expect(calendar.isDayOff('2026-02-17')).toBe(true);
    expect(calendar.isDayOff('2026-02-13')).toBe(true);
    expect(calendar.isDayOff('2026-02-28')).toBe(false);
    expect(calendar.isDayOff('2026-03-01')).toBe(true);
    expect(calendar.isDayOff('2026-02-24')).toBe(false);
  });
});
