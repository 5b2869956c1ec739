import type { Db } from '../db/open';

/** A clock this far behind what the archive already holds is taken to be wrong, not merely drifting. */
const TOLERANCE_MS = 24 * 3_600_000;

/**
 * How many of the latest rows (in the order they were written) are looked at. The rows written before the clock
 * went back are among them until that many have been written since, and reading them costs a few pages at start
 * instead of the whole register.
 */
const RECENT_ROWS = 1000;

export type ClockWarning = { now: string; latestRecordedAt: string };

/**
 * Whether this PC's clock is behind the latest moment the archive recorded (a recent registration or audited
 * change): on an old PC a flat CMOS battery puts the clock back by years, and every số đến, ngày đến and thời hạn
 * written from then on would carry the wrong date. Null when the clock is plausible.
 */
export function clockWarning(db: Db, now: Date): ClockWarning | null {
  const latest = db
    .prepare(
      `SELECT MAX(t) FROM (SELECT at AS t FROM (SELECT at FROM audit ORDER BY id DESC LIMIT ?)
         UNION ALL SELECT registered_at FROM (SELECT registered_at FROM incoming ORDER BY rowid DESC LIMIT ?))`,
    )
    .pluck()
    .get(RECENT_ROWS, RECENT_ROWS) as string | null;
  if (!latest || Date.parse(latest) - now.getTime() <= TOLERANCE_MS) return null;
  return { now: now.toISOString(), latestRecordedAt: latest };
}
