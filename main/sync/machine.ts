import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { hostname, platform } from 'node:os';
import { markRestoredIdentity, readIdentityReset } from '../backup/identity';
import { recordAudit } from '../archive/audit';
import type { Db } from '../db/open';
import { deleteSetting, readSetting, writeSetting } from '../db/settings';
import { device, MACHINE_CHANGE_KEY, pendingMachineChange, type MachineChange } from './device';
import { localOps, type OpKind } from './oplog';

/**
 * The PC a data folder runs on (sync.md 5.6). A copied data folder carries this installation's device id and op
 * sequence: if the copy and the original both went on exchanging, two PCs would send different ops under the same
 * (origin, seq), and the province would have to refuse both as equivocation. So the archive remembers which PC it
 * runs on. On another PC, exchange stops until the clerk says whether this PC replaces the old one or is a copy
 * used beside it; a copy gets a device id of its own, and the ops it wrote meanwhile move under that id.
 */
const MACHINE_KEY = 'sync.machine';

export type MachineAnswer = 'replaced' | 'copy';

/** The operating system's id for this installation of it, or null where there is none to read. */
function systemId(): string | null {
  try {
    if (platform() === 'win32') {
      const out = execFileSync('reg', ['query', 'HKLM\\SOFTWARE\\Microsoft\\Cryptography', '/v', 'MachineGuid'], { encoding: 'utf8', windowsHide: true, timeout: 5000 });
      return /MachineGuid\s+REG_SZ\s+(\S+)/i.exec(out)?.[1] ?? null;
    }
    if (platform() === 'darwin') {
      const out = execFileSync('ioreg', ['-rd1', '-c', 'IOPlatformExpertDevice'], { encoding: 'utf8', timeout: 5000 });
      return /"IOPlatformUUID"\s*=\s*"([^"]+)"/.exec(out)?.[1] ?? null;
    }
    for (const file of ['/etc/machine-id', '/var/lib/dbus/machine-id']) {
      try {
        const id = readFileSync(file, 'utf8').trim();
        if (id) return id;
      } catch {
        // Try the next place.
      }
    }
  } catch {
    // No id to read: the computer's name alone tells PCs apart.
  }
  return null;
}

/**
 * A hash of the system's id and the computer's name. Disk images cloned without a fresh system id still differ by
 * name, since PCs on one network cannot share a name; renaming the PC asks the clerk once, which costs a click.
 */
export function machineFingerprint(): string {
  return createHash('sha256').update(`${platform()}\n${systemId() ?? ''}\n${hostname().toLowerCase()}`).digest('hex').slice(0, 32);
}

/** Gives this installation a device id of its own, moving the local ops written after `lastSeqBefore` under it. */
function becomeNewDevice(db: Db, lastSeqBefore: number, now: Date): void {
  const old = device(db);
  const later = db.prepare('SELECT kind, recipients, body, created_at FROM oplog WHERE origin = ? AND seq > ? ORDER BY seq').all(old.device_id, lastSeqBefore) as {
    kind: OpKind; recipients: string; body: string; created_at: string;
  }[];
  // Never sent (exchange was stopped), so nobody holds them: the original PC goes on under these numbers.
  db.prepare('DELETE FROM oplog WHERE origin = ? AND seq > ?').run(old.device_id, lastSeqBefore);
  markRestoredIdentity(db, 'copy', now);
  const ops = localOps(db);
  for (const op of later) ops.append(op.kind, JSON.parse(op.recipients) as string[], JSON.parse(op.body) as unknown, new Date(op.created_at));
}

/**
 * Run when the archive opens. The first time, remembers this PC. On another PC: an installation that never
 * exchanged simply takes a device id of its own; one that did stops exchanging and waits for the clerk's answer.
 * After a restore the identity is renewed anyway (backup/identity.ts), so the new PC is simply remembered.
 */
export function checkMachine(db: Db, fingerprint: string, now = new Date()): MachineChange | null {
  const known = readSetting(db, MACHINE_KEY);
  if (known === fingerprint) return null;
  const waiting = pendingMachineChange(db);
  if (waiting) return waiting;
  db.transaction(() => {
    if (known !== null && !readIdentityReset(db)) {
      const d = device(db);
      if (d.unit_code) {
        writeSetting(db, MACHINE_CHANGE_KEY, JSON.stringify({ detectedAt: now.toISOString(), fingerprint, lastSeqBefore: d.next_seq - 1 } satisfies MachineChange));
        recordAudit(db, { action: 'sync.machineChanged', entity: 'device', entityId: d.device_id }, now);
        return;
      }
      becomeNewDevice(db, d.next_seq - 1, now);
    }
    writeSetting(db, MACHINE_KEY, fingerprint);
  })();
  return pendingMachineChange(db);
}

/**
 * The clerk's answer. "replaced": the old PC is no longer used, so this one goes on as the same device. "copy":
 * both are used, so this one becomes a new device (a new key, and a certificate to ask the province for) and the
 * ops it wrote since the move go out under its own id.
 */
export function answerMachineChange(db: Db, answer: MachineAnswer, fingerprint: string, now = new Date()): void {
  db.transaction(() => {
    const change = pendingMachineChange(db);
    if (!change) return;
    const before = device(db).device_id;
    if (answer === 'copy') becomeNewDevice(db, change.lastSeqBefore, now);
    writeSetting(db, MACHINE_KEY, fingerprint);
    deleteSetting(db, MACHINE_CHANGE_KEY);
    recordAudit(db, { action: 'sync.machineAnswered', entity: 'device', entityId: before, detail: { answer, deviceId: device(db).device_id } }, now);
  })();
}
