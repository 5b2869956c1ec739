import type { BackupKind } from '../../shared/backup/types';

/** How many backups are kept. Daily backups age into weekly and monthly ones; the others keep their latest N. */
export type RotationPolicy = {
  readonly daily: number;
  readonly weekly: number;
  readonly monthly: number;
  /** Latest N kept for each of pre-migration, pre-import and manual. */
  readonly perEventKind: number;
};

export const DEFAULT_ROTATION: RotationPolicy = { daily: 7, weekly: 4, monthly: 12, perEventKind: 5 };

export type RotationCandidate = {
  readonly name: string;
  readonly kind: BackupKind;
  readonly createdAt: Date;
};

// Offices are in Việt Nam (UTC+7, no daylight saving): a "day" ends at local midnight, not at 07:00.
const OFFICE_OFFSET_MS = 7 * 60 * 60 * 1000;

export function officeDay(at: Date): string {
  return new Date(at.getTime() + OFFICE_OFFSET_MS).toISOString().slice(0, 10);
}

export function officeMonth(at: Date): string {
  return officeDay(at).slice(0, 7);
}

/** ISO-8601 week of the office-local date, e.g. 2025-W09. */
export function officeWeek(at: Date): string {
  const local = new Date(`${officeDay(at)}T00:00:00Z`);
  const weekday = (local.getUTCDay() + 6) % 7;
  const thursday = new Date(local.getTime() + (3 - weekday) * 86_400_000);
  const year = thursday.getUTCFullYear();
  // The Thursday of week 1 falls on 1-7 January, so whole weeks since 1 January count the weeks before.
  const week = 1 + Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / (7 * 86_400_000));
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** The names to delete under `policy`: everything not kept by some rule. Unknown files are never candidates. */
export function backupsToPrune(candidates: readonly RotationCandidate[], policy: RotationPolicy = DEFAULT_ROTATION): string[] {
  const newestFirst = [...candidates].sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || b.name.localeCompare(a.name));
  const keep = new Set<string>();
  const daily = newestFirst.filter((c) => c.kind === 'daily');
  keepLatestPerPeriod(daily, officeDay, policy.daily, keep);
  keepLatestPerPeriod(daily, officeWeek, policy.weekly, keep);
  keepLatestPerPeriod(daily, officeMonth, policy.monthly, keep);
  for (const kind of ['pre-migration', 'pre-import', 'manual'] as const) {
    for (const c of newestFirst.filter((x) => x.kind === kind).slice(0, policy.perEventKind)) keep.add(c.name);
  }
  return newestFirst.filter((c) => !keep.has(c.name)).map((c) => c.name);
}

function keepLatestPerPeriod(newestFirst: readonly RotationCandidate[], period: (at: Date) => string, count: number, keep: Set<string>): void {
  const seen = new Set<string>();
  for (const c of newestFirst) {
    if (seen.size >= count) return;
    const key = period(c.createdAt);
    if (seen.has(key)) continue;
    seen.add(key);
    keep.add(c.name);
  }
}
