import type { Urgency } from '../../shared/domain/documentTypes';
import type { WorkingCalendar } from '../../shared/domain/holidays';
import { addDays, type IsoDate } from '../../shared/text/dates';

export type DeadlineRule = { defaultHandlingDays: number; countWorkingDays: boolean; calendar: WorkingCalendar };
export type DeadlineSource = 'document' | 'urgent' | 'default';

/** The next working day on or after `date`: not a Saturday, a Sunday or a day off for a holiday. */
export function nextWorkingDay(date: IsoDate, calendar: WorkingCalendar): IsoDate {
  let d = date;
  while (calendar.isDayOff(d)) d = addDays(d, 1);
  return d;
}

const workingDaySums = new WeakMap<WorkingCalendar, Map<string, IsoDate>>();

/** `days` working days after `date`: a document registered on Friday with 2 days is due on Tuesday. */
export function addWorkingDays(date: IsoDate, days: number, calendar: WorkingCalendar): IsoDate {
  // A calendar never changes, and an import gives thousands of documents the same arrival day and rule.
  let sums = workingDaySums.get(calendar);
  if (!sums) workingDaySums.set(calendar, (sums = new Map()));
  const key = `${date}+${days}`;
  let d = sums.get(key);
  if (d !== undefined) return d;
  d = date;
  for (let left = days; left > 0; ) {
    d = addDays(d, 1);
    if (!calendar.isDayOff(d)) left--;
  }
  sums.set(key, d);
  return d;
}

/**
 * Thời hạn giải quyết of a received document, counted from the day it arrived (not the day it was entered in the
 * register, so a document registered late is already closer to, or past, its deadline).
 * - The directive's own deadline wins, even when it has passed on arrival (it is then late from the start).
 * - Hỏa tốc and Thượng khẩn are handled the day they arrive, Khẩn by the next day (NĐ 30 Điều 24.2).
 * - Otherwise the office's rule: N working days (Monday to Friday, without holidays and Tết), or N calendar days.
 * When the office counts working days, a deadline that falls on a day off moves to the next working day, as a
 * period ending on a day off ends on the next working day (Bộ luật Dân sự 2015, Điều 148); same-day urgent
 * documents keep their day, since they are handled the moment they arrive.
 */
export function handlingDeadline(
  input: { arrivedOn: IsoDate; reportDeadline: IsoDate | null; urgency: Urgency },
  rule: DeadlineRule,
): { deadline: IsoDate; source: DeadlineSource } {
  const settle = (date: IsoDate) => (rule.countWorkingDays ? nextWorkingDay(date, rule.calendar) : date);
  if (input.reportDeadline) return { deadline: settle(input.reportDeadline), source: 'document' };
  if (input.urgency === 'flash' || input.urgency === 'veryUrgent') return { deadline: input.arrivedOn, source: 'urgent' };
  const days = input.urgency === 'urgent' ? 1 : Math.max(0, rule.defaultHandlingDays);
  const deadline = rule.countWorkingDays ? addWorkingDays(input.arrivedOn, days, rule.calendar) : addDays(input.arrivedOn, days);
  return { deadline, source: input.urgency === 'urgent' ? 'urgent' : 'default' };
}
