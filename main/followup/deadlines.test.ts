import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, weekdayOf } from '../../shared/text/dates';
import { workingCalendar } from '../../shared/domain/holidays';
import { receivedHandling } from './applyDeadline';
import { addWorkingDays, handlingDeadline, nextWorkingDay } from './deadlines';

const days = workingCalendar({ extraDaysOff: [], extraWorkingDays: [] });
const working = { defaultHandlingDays: 5, countWorkingDays: true, calendar: days };
const calendar = { defaultHandlingDays: 5, countWorkingDays: false, calendar: days };
const normal = (arrivedOn: string, reportDeadline: string | null = null) => ({ arrivedOn, reportDeadline, urgency: 'normal' as const });

describe('handling deadlines', () => {
  it('take the directive’s own deadline, even for a document registered after it', () => {
    expect(handlingDeadline(normal('2026-04-01', '2026-04-15'), working)).toEqual({ deadline: '2026-04-15', source: 'document' });
    // Arrived on 20 April, five days after the directive's deadline: the deadline stays and the document is late.
    expect(handlingDeadline(normal('2026-04-20', '2026-04-15'), working)).toEqual({ deadline: '2026-04-15', source: 'document' });
    // The directive's own deadline wins over urgency too.
    expect(handlingDeadline({ arrivedOn: '2026-04-01', reportDeadline: '2026-04-03', urgency: 'flash' }, working).source).toBe('document');
  });

  it('count from the arrival date, so a document registered days later is already closer to its deadline', () => {
    // Arrived Monday 2 November, entered in the register on 6 November: still due Monday 9 November.
    expect(handlingDeadline(normal('2026-11-02'), working).deadline).toBe('2026-11-09');
  });

  it('count working days, skipping weekends', () => {
    // Friday 2026-11-20 + 5 working days = Friday 2026-11-27.
    expect(handlingDeadline(normal('2026-11-20'), working)).toEqual({ deadline: '2026-11-27', source: 'default' });
    // Wednesday + 5 working days crosses one weekend: the Wednesday after.
    expect(handlingDeadline(normal('2026-11-18'), working).deadline).toBe('2026-11-25');
    // Arrived on a Saturday: counting starts on Monday.
    expect(handlingDeadline(normal('2026-11-21'), working).deadline).toBe('2026-11-27');
    expect(addWorkingDays('2026-11-21', 1, days)).toBe('2026-11-23');
    expect(nextWorkingDay('2026-11-22', days)).toBe('2026-11-23');
    expect(nextWorkingDay('2026-11-23', days)).toBe('2026-11-23');
  });

  it('move a deadline that falls on a weekend to the Monday after when the office counts working days', () => {
    // The directive asks for Saturday 28 November; the office works Monday to Friday.
    expect(handlingDeadline(normal('2026-11-16', '2026-11-28'), working)).toEqual({ deadline: '2026-11-30', source: 'document' });
    expect(handlingDeadline(normal('2026-11-16', '2026-11-29'), working).deadline).toBe('2026-11-30');
    // Counting calendar days the deadline stays where it falls, weekend or not.
    expect(handlingDeadline(normal('2026-11-16', '2026-11-28'), calendar).deadline).toBe('2026-11-28');
    expect(handlingDeadline(normal('2026-11-16'), calendar)).toEqual({ deadline: '2026-11-21', source: 'default' });
  });

  it('cross the year boundary, where 1 January is a holiday', () => {
    // Wednesday 2025-12-31 + 5 working days, Thursday 1 January off = Thursday 2026-01-08.
    expect(handlingDeadline(normal('2025-12-31'), working).deadline).toBe('2026-01-08');
    // Friday 2026-12-25 + 5 working days would be Friday 1 January 2027, a holiday: Monday 4 January.
    expect(handlingDeadline(normal('2026-12-25'), working).deadline).toBe('2027-01-04');
    expect(handlingDeadline(normal('2025-12-29'), calendar).deadline).toBe('2026-01-03');
    // A directive's deadline on Saturday 2 January 2027 moves to Monday 4 January.
    expect(handlingDeadline(normal('2026-12-28', '2027-01-02'), working).deadline).toBe('2027-01-04');
  });

  it('make urgent documents due at once', () => {
    expect(handlingDeadline({ arrivedOn: '2026-11-20', reportDeadline: null, urgency: 'flash' }, working)).toEqual({ deadline: '2026-11-20', source: 'urgent' });
    expect(handlingDeadline({ arrivedOn: '2026-11-20', reportDeadline: null, urgency: 'veryUrgent' }, working).deadline).toBe('2026-11-20');
    // Hỏa tốc arriving on a Saturday is handled that Saturday.
    expect(handlingDeadline({ arrivedOn: '2026-11-21', reportDeadline: null, urgency: 'flash' }, working).deadline).toBe('2026-11-21');
    // Khẩn on a Friday: the next working day is Monday; counting calendar days, Saturday.
    expect(handlingDeadline({ arrivedOn: '2026-11-20', reportDeadline: null, urgency: 'urgent' }, working)).toEqual({ deadline: '2026-11-23', source: 'urgent' });
    expect(handlingDeadline({ arrivedOn: '2026-11-20', reportDeadline: null, urgency: 'urgent' }, calendar).deadline).toBe('2026-11-21');
  });

  it('skip Tết and the other holidays, with the office’s own changes', () => {
    // Thursday 12 February 2026 + 5 working days: 13 Feb, then Tết Bính Ngọ (16–20 Feb) is off, 23, 24, 25, 26.
    expect(handlingDeadline(normal('2026-02-12'), working).deadline).toBe('2026-02-26');
    // A directive asking for mùng 1 Tết is due on the first working day after Tết.
    expect(handlingDeadline(normal('2026-02-10', '2026-02-17'), working).deadline).toBe('2026-02-23');
    // 30/4 and 1/5/2026 (Thursday, Friday) are off: Wednesday 29 April + 1 working day = Monday 4 May.
    expect(addWorkingDays('2026-04-29', 1, days)).toBe('2026-05-04');
    // The office worked Saturday 2 May and took Monday 4 May off instead.
    const swapped = workingCalendar({ extraDaysOff: ['2026-05-04'], extraWorkingDays: ['2026-05-02'] });
    expect(addWorkingDays('2026-04-29', 1, swapped)).toBe('2026-05-02');
    expect(addWorkingDays('2026-04-29', 2, swapped)).toBe('2026-05-05');
  });

  it('never land on a day off and count exactly N working days (any date, any N)', () => {
    const dates = fc.integer({ min: 0, max: 3650 }).map((n) => addDays('2024-01-01', n));
    fc.assert(
      fc.property(dates, fc.integer({ min: 1, max: 40 }), (arrivedOn, n) => {
        const { deadline } = handlingDeadline(normal(arrivedOn), { ...working, defaultHandlingDays: n });
        expect(days.isDayOff(deadline)).toBe(false);
        let counted = 0;
        for (let d = addDays(arrivedOn, 1); d <= deadline; d = addDays(d, 1)) if (!days.isDayOff(d)) counted++;
        expect(counted).toBe(n);
        // Calendar counting is plain addition.
        expect(daysBetween(arrivedOn, handlingDeadline(normal(arrivedOn), { ...calendar, defaultHandlingDays: n }).deadline)).toBe(n);
        const own = handlingDeadline(normal(arrivedOn, addDays(arrivedOn, n)), working).deadline;
        expect([1, 2, 3, 4, 5]).toContain(weekdayOf(own));
      }),
    );
  });
});

describe('a document received by bundle', () => {
  const noTask = { status: 'noAction', handlingDeadline: null, deadlineSource: 'none' };
  it('asks nothing when it is a report or answers a document of this office', () => {
    expect(receivedHandling(working, '2026-11-20', { typeId: 'report', reportDeadline: null, urgency: 'normal' }, false)).toEqual(noTask);
    expect(receivedHandling(working, '2026-11-20', { typeId: 'officialLetter', reportDeadline: null, urgency: 'urgent' }, true)).toEqual(noTask);
  });

  it('is due by the rule otherwise, and when it sets a deadline of its own even as an answer', () => {
    expect(receivedHandling(working, '2026-11-20', { typeId: 'plan', reportDeadline: null, urgency: 'normal' }, false)).toEqual({ status: 'pending', handlingDeadline: '2026-11-27', deadlineSource: 'default' });
    expect(receivedHandling(working, '2026-11-20', { typeId: 'officialLetter', reportDeadline: '2026-12-05', urgency: 'normal' }, true)).toEqual({ status: 'pending', handlingDeadline: '2026-12-07', deadlineSource: 'document' });
  });
});
