import type { Db } from '../db/open';

/** A clock this far behind what the archive already holds is taken to be wrong, not merely drifting. */
const TOLERANCE_MS = 24 * 3_600_000;

export type ClockWarning = { now: string; latestRecordedAt: string };

/**
 * Whether this PC's clock is behind the latest moment the archive recorded (a registration or any audited
 * change): on an old PC a flat CMOS battery puts the clock back by years, and every số đến, ngày đến and thời hạn
 * written from then on would carry the wrong date. Null when the clock is plausible.
 */
export function clockWarning(db: Db, now: Date): ClockWarning | null {
  const latest = db
    .prepare('SELECT MAX(t) FROM (SELECT MAX(at) AS t FROM audit UNION ALL SELECT MAX(registered_at) FROM incoming)')
    .pluck()
    .get() as string | null;
  if (!latest || Date.parse(latest) - now.getTime() <= TOLERANCE_MS) return null;
  return { now: now.toISOString(), latestRecordedAt: latest };
}
