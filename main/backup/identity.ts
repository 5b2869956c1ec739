import { randomUUID } from 'node:crypto';
import type { Db } from '../db/open';
import { deleteSetting, readSetting, writeSetting } from '../db/settings';

/**
 * The sync identity after a restore (sync.md 5.6). A restored or copied database holds sequence numbers that
 * were already sent, so the sync code must never emit under its old device id again. The reset is recorded
 * here, in the database itself, so it travels with the data and cannot be forgotten by a crash: the sync code
 * reads it at start, mints a new device id and epoch, and clears it in the same transaction.
 */
export const IDENTITY_EPOCH_KEY = 'sync.identityEpoch';
export const IDENTITY_RESET_KEY = 'sync.identityResetPending';

export type IdentityResetReason = 'restore' | 'copy';
export type IdentityReset = { readonly reason: IdentityResetReason; readonly at: string; readonly epoch: string };

export function markRestoredIdentity(db: Db, reason: IdentityResetReason = 'restore', now: Date = new Date()): string {
  const epoch = randomUUID();
  const reset: IdentityReset = { reason, at: now.toISOString(), epoch };
  db.transaction(() => {
    writeSetting(db, IDENTITY_EPOCH_KEY, epoch);
    writeSetting(db, IDENTITY_RESET_KEY, JSON.stringify(reset));
  })();
  return epoch;
}

/** The pending reset, or null when the identity is the one this installation has always used. */
export function readIdentityReset(db: Db): IdentityReset | null {
  const raw = readSetting(db, IDENTITY_RESET_KEY);
  if (raw === null) return null;
  try {
    const parsed = JSON.parse(raw) as Partial<IdentityReset>;
    if (typeof parsed.epoch === 'string' && typeof parsed.at === 'string' && (parsed.reason === 'restore' || parsed.reason === 'copy')) {
      return { reason: parsed.reason, at: parsed.at, epoch: parsed.epoch };
    }
  } catch {
    // An unreadable marker still means "reset": fall through to a conservative answer.
  }
  return { reason: 'restore', at: '', epoch: '' };
}

/** Called by the sync code once it has minted the new identity, inside the transaction that stores it. */
export function clearIdentityReset(db: Db): void {
  deleteSetting(db, IDENTITY_RESET_KEY);
}

export function currentIdentityEpoch(db: Db): string | null {
  return readSetting(db, IDENTITY_EPOCH_KEY);
}
