import { formatShortDate, isIsoDate, parseShortDate, type IsoDate } from '../../../shared/text/dates';

/** A date as the clerk writes it on the dấu đến: "05/03/2026", whatever the language of the browser. */
export function showDateText(date: string): string {
  return isIsoDate(date) ? formatShortDate(date) : '';
}

const DAY_MONTH_YEAR = /^\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}$/;

/**
 * What the clerk typed in a date field: the ISO date, "" for an empty field, or what is wrong with it.
 * "5/3/2026", "05/03/2026", "5.3.2026" and "5-3-2026" are day first; an ISO "2026-03-05" pasted in is taken too.
 */
export function readDateText(text: string): { date: IsoDate | '' } | { error: string } {
  const typed = text.trim();
  if (!typed) return { date: '' };
  const date = parseShortDate(typed) ?? (isIsoDate(typed) ? typed : null);
  if (date) return { date };
  if (DAY_MONTH_YEAR.test(typed)) return { error: `Không có ngày ${typed}: hãy kiểm tra lại ngày và tháng.` };
  return { error: 'Ngày chưa đúng dạng: hãy ghi ngày/tháng/năm, năm đủ bốn chữ số, ví dụ 05/03/2026.' };
}
