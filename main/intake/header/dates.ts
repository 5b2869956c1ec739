import { isoDate } from '../../../shared/text/dates';

/** A date written in running text, as found at a position of the folded text. */
export type FoundDate = {
  readonly day: number;
  readonly month: number;
  /** Null when the text gives only day and month ("trước ngày 15/4"). */
  readonly year: number | null;
  /** Length of the matched text. */
  readonly length: number;
};

// Works on folded text (no diacritics), so "tháng"/"thang" and "năm"/"nam" read alike.
const LONG = /^(\d{1,2})\s*thang\s*(\d{1,2})\s*(?:,\s*)?nam\s*(\d{4})/;
const SHORT = /^(\d{1,2})\s*([/.-])\s*(\d{1,2})(?:\s*\2\s*(\d{4}))?(?![\d/])/;

/** Reads a date that starts exactly at `text` (folded); null when there is none or it is not a real date. */
export function readDateAt(text: string): FoundDate | null {
  const long = LONG.exec(text);
  if (long) return checked(Number(long[1]), Number(long[2]), Number(long[3]), long[0].length);
  const short = SHORT.exec(text);
  if (short) {
    const year = short[4] === undefined ? null : Number(short[4]);
    return checked(Number(short[1]), Number(short[3]), year, short[0].length);
  }
  return null;
}

function checked(day: number, month: number, year: number | null, length: number): FoundDate | null {
  if (isoDate(year ?? 2024, month, day) === null) return null;
  if (year !== null && (year < 1945 || year > 2100)) return null;
  return { day, month, year, length };
}

export function toIso(date: FoundDate, fallbackYear: number | null = null): string | null {
  const year = date.year ?? fallbackYear;
  return year === null ? null : isoDate(year, date.month, date.day);
}

/** A day and month without a year refers to the first such date on or after the reference date. */
export function completeYear(date: FoundDate, reference: string | null): string | null {
  if (date.year !== null) return toIso(date);
  if (reference === null) return null;
  const refYear = Number(reference.slice(0, 4));
  const sameYear = isoDate(refYear, date.month, date.day);
  if (sameYear !== null && sameYear >= reference) return sameYear;
  return isoDate(refYear + 1, date.month, date.day);
}
