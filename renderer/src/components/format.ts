import { formatShortDate } from '../../../shared/text/dates';

export function showDate(date: string | null | undefined): string {
  return date ? formatShortDate(date) : '—';
}

export function showText(value: string | null | undefined): string {
  return value && value.trim() ? value : '—';
}
