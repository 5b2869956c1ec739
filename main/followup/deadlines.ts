import type { Urgency } from '../../shared/domain/documentTypes';
import { addDays, weekdayOf, type IsoDate } from '../../shared/text/dates';

export type DeadlineRule = { defaultHandlingDays: number; countWorkingDays: boolean };
export type DeadlineSource = 'document' | 'urgent' | 'default';

const isWeekend = (date: IsoDate) => {
  const day = weekdayOf(date);
  return day === 0 || day === 6;
};

/** The next working day on or after `date` (Saturday and Sunday are not working days). */
export function nextWorkingDay(date: IsoDate): IsoDate {
  let d = date;
  while (isWeekend(d)) d = addDays(d, 1);
  return d;
}

/** `days` working days after `date`: a document registered on Friday with 2 days is due on Tuesday. */
export function addWorkingDays(date: IsoDate, days: number): IsoDate {
  let d = date;
  for (let left = days; left > 0; ) {
    d = addDays(d, 1);
    if (!isWeekend(d)) left--;
  }
  return d;
}

/**
 * Thời hạn giải quyết of a received document. The directive's own deadline wins (even when the document was
 * registered after it: it is then already late). Hỏa tốc and Thượng khẩn are handled the day they arrive, Khẩn by
 * the next working day (NĐ 30 Điều 24.2). Otherwise the office's rule: N working days, or N calendar days; a
 * deadline counted in working days never falls on a weekend.
 */
export function handlingDeadline(input: { arrivedOn: IsoDate; reportDeadline: IsoDate | null; urgency: Urgency }, rule: DeadlineRule): { deadline: IsoDate; source: DeadlineSource } {
  if (input.reportDeadline) return { deadline: input.reportDeadline, source: 'document' };
  if (input.urgency === 'flash' || input.urgency === 'veryUrgent') return { deadline: input.arrivedOn, source: 'urgent' };
  if (input.urgency === 'urgent') return { deadline: rule.countWorkingDays ? addWorkingDays(input.arrivedOn, 1) : addDays(input.arrivedOn, 1), source: 'urgent' };
  const deadline = rule.countWorkingDays ? addWorkingDays(input.arrivedOn, rule.defaultHandlingDays) : addDays(input.arrivedOn, rule.defaultHandlingDays);
  return { deadline, source: 'default' };
}
