import { randomUUID } from 'node:crypto';
import { SyncError } from '../../shared/sync/reasons';
import { clearIdentityReset, readIdentityReset } from '../backup/identity';
import type { Db } from '../db/open';
import { readSetting } from '../db/settings';
import type { Certificate } from './certificates';
import type { PublicKeyB64 } from './keys';

export type DeviceRow = {
  device_id: string;
  epoch: string;
  unit_code: string | null;
  unit_name: string | null;
  role: 'province' | 'office';
  next_seq: number;
  public_key: string | null;
  private_key_pem: string | null;
  certificate: string | null;
  root_public_key: string | null;
  revocations: string | null;
  crl_version: number;
};

/**
 * This installation's sync identity, created on first use. After a restore or a copy of the data folder
 * (sync.md 5.6) the identity is minted anew: a new device id and key, so ops already sent under the old
 * sequence numbers are never sent again with other content.
 */
export function device(db: Db): DeviceRow {
  const reset = readIdentityReset(db);
  const row = db.prepare('SELECT * FROM sync_device WHERE id = 1').get() as DeviceRow | undefined;
  if (row && !reset) return row;
  db.transaction(() => {
    if (row) {
      db.prepare(
        `UPDATE sync_device SET device_id = ?, epoch = ?, next_seq = 1, public_key = NULL, private_key_pem = NULL, certificate = NULL WHERE id = 1`,
      ).run(randomUUID(), reset?.epoch ?? randomUUID());
    } else {
      db.prepare('INSERT INTO sync_device (id, device_id, epoch, created_at) VALUES (1, ?, ?, ?)').run(randomUUID(), randomUUID(), new Date().toISOString());
    }
    if (reset) clearIdentityReset(db);
  })();
  return db.prepare('SELECT * FROM sync_device WHERE id = 1').get() as DeviceRow;
}

/** Set when the archive opened on another PC and the clerk has not yet said whether it is a copy (machine.ts). */
export const MACHINE_CHANGE_KEY = 'sync.machineChanged';

export type MachineChange = { detectedAt: string; fingerprint: string; lastSeqBefore: number };

/** The change of PC waiting for the clerk's answer; exchange is stopped meanwhile. */
export function pendingMachineChange(db: Db): MachineChange | null {
  const raw = readSetting(db, MACHINE_CHANGE_KEY);
  if (raw === null) return null;
  try {
    const parsed = JSON.parse(raw) as Partial<MachineChange>;
    if (typeof parsed.detectedAt === 'string' && typeof parsed.fingerprint === 'string' && Number.isInteger(parsed.lastSeqBefore)) return parsed as MachineChange;
  } catch {
    // Unreadable: still a change, and the safe answer moves every op of this PC from the first one on.
  }
  return { detectedAt: '', fingerprint: '', lastSeqBefore: 0 };
}

export type ReadyDevice = DeviceRow & { unit_code: string; public_key: string; private_key_pem: string; root_public_key: string; certificateParsed: Certificate };

/** The device with everything needed to sign and verify bundles, or a clear error saying what is missing. */
export function readyDevice(db: Db): ReadyDevice {
  if (pendingMachineChange(db)) throw new SyncError('MACHINE_CHANGED');
  const d = device(db);
  if (!d.unit_code || !d.public_key || !d.private_key_pem || !d.certificate || !d.root_public_key) throw new SyncError('SYNC_NOT_SET_UP');
  return { ...d, unit_code: d.unit_code, public_key: d.public_key, private_key_pem: d.private_key_pem, root_public_key: d.root_public_key as PublicKeyB64, certificateParsed: JSON.parse(d.certificate) as Certificate };
}

export function revokedSerials(d: DeviceRow): Set<string> {
  if (!d.revocations) return new Set();
  const list = JSON.parse(d.revocations) as { body: { revokedSerials: string[] } };
  return new Set(list.body.revokedSerials);
}
