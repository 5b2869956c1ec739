import { createHash, randomUUID } from 'node:crypto';
import { closeSync, copyFileSync, createReadStream, existsSync, fsyncSync, lstatSync, mkdirSync, openSync, renameSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import { SyncError, SYNC_MESSAGES, type SyncReason } from '../../shared/sync/reasons';
import type { BlobStore } from '../archive/blobStore';
import type { Db } from '../db/open';
import { isDiskFull } from '../fsutil/diskFull';
import { applyPublish, applyReceipt, type ApplyContext, type PublishBody, type ReceiptBody } from './apply';
import { canonicalJson } from './canonical';
import { readyDevice } from './device';
import { canonicalBody, GENESIS, localOps, type WireOp } from './oplog';
import { deadlineRule } from '../followup/applyDeadline';
import { verifyBundle, type VerifiedBundle } from './verifyBundle';
import { withStatementCache } from '../db/statementCache';
import { withSearchWordBatch } from '../archive/searchWords';
import { openZip } from './zip';
import { rememberUnitName, unitLabel } from './unitNames';
import { appliedMessage, journalAttempt, type Attempt, type FileCounts } from './importJournal';

const MAX_BUNDLE = 2 * 1024 ** 3;

export type ImportResult = {
  status: 'applied' | 'duplicate' | 'rejected';
  reason: SyncReason | null;
  message: string;
  sha256: string | null;
  bundleId: string | null;
  senderUnit: string | null;
  opsApplied: number;
  opsPending: number;
  documentsAdded: number;
};

async function stage(file: string, inbox: string): Promise<{ staged: string; sha256: string }> {
  const info = lstatSync(file);
  if (!info.isFile()) throw new SyncError('BUNDLE_UNREADABLE', 'không phải tệp thường');
  if (info.size > MAX_BUNDLE) throw new SyncError('BUNDLE_TOO_LARGE');
  mkdirSync(join(inbox, 'tmp'), { recursive: true });
  // Copy off the stick first: a stick pulled during verification cannot change what was verified.
  const part = join(inbox, 'tmp', `${randomUUID()}.part`);
  try {
    copyFileSync(file, part);
    const fd = openSync(part, 'r');
    fsyncSync(fd);
    closeSync(fd);
    const hash = createHash('sha256');
    for await (const chunk of createReadStream(part)) hash.update(chunk as Buffer);
    const sha256 = hash.digest('hex');
    const staged = join(inbox, `${sha256}.ctb`);
    renameSync(part, staged);
    return { staged, sha256 };
  } catch (error) {
    // A copy cut short (the disk filled up, the stick was pulled) leaves nothing behind.
    rmSync(part, { force: true });
    throw error;
  }
}

type Counts = { applied: number; pending: number; documents: number };

/**
 * A document whose file is neither in the bundle nor in the archive is applied all the same, its file shown as
 * missing until a later bundle brings it (sync.md 5.3 step 6, 5.4); awaitedFiles.ts asks the sender for it.
 */
function fileCounts(db: Db, blobs: BlobStore, bundle: VerifiedBundle, myUnit: string): FileCounts {
  const named = db.prepare('SELECT 1 FROM attachments WHERE sha256 = ? LIMIT 1');
  let arrived = 0;
  for (const b of bundle.stagedBlobs.keys()) if (!blobs.has(b) && named.get(b)) arrived++;
  const awaited = new Set<string>();
  for (const op of bundle.ops) {
    if ('redacted' in op || op.kind !== 'document.publish' || !op.recipients.includes(myUnit)) continue;
    for (const a of (op.body as PublishBody).attachments ?? []) if (!bundle.stagedBlobs.has(a.sha256) && !blobs.has(a.sha256)) awaited.add(a.sha256);
  }
  return { arrived, awaited: awaited.size };
}

function applyOp(db: Db, op: Exclude<WireOp, { redacted: true }>, ctx: ApplyContext, counts: Counts): void {
  if (!op.recipients.includes(ctx.myUnit)) return;
  if (op.kind === 'document.publish') {
    if (applyPublish(db, op.body as PublishBody, ctx)) counts.documents++;
  } else applyReceipt(db, op.body as ReceiptBody, ctx);
}

function storeOp(db: Db, op: WireOp): void {
  const full = 'redacted' in op ? null : op;
  db.prepare('INSERT INTO oplog (origin, seq, op_hash, prev_op_hash, partition, kind, recipients, body, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)').run(
    op.origin, op.seq, op.hash, op.prev, full?.partition ?? '', full?.kind ?? 'redacted', JSON.stringify(full?.recipients ?? []), full ? canonicalBody(full.body) : null, full?.createdAt ?? '',
  );
}

/**
 * Applies verified ops in (origin, seq) order in one immediate transaction: duplicates are skipped, a known
 * (origin, seq) with another hash is equivocation, an op ahead of a gap waits in pending_ops, and each applied
 * op lets waiting ones follow. Acks only ever move forward.
 */
function applyVerified(connection: Db, bundle: VerifiedBundle, sha256: string, fileName: string, now: Date, files: FileCounts): ImportResult {
  const db = withStatementCache(connection);
  const me = readyDevice(db);
  const senderUnit = bundle.signer.unitCode;
  const counts: Counts = { applied: 0, pending: 0, documents: 0 };
  const status = db.transaction((): 'applied' | 'duplicate' => withSearchWordBatch(db, () => {
    if (db.prepare("SELECT 1 FROM imported_bundles WHERE bundle_id = ? AND status = 'applied'").get(bundle.manifest.bundle_id)) {
      journalAttempt(db, { status: 'duplicate', sha256, fileName, senderUnit, bundleId: bundle.manifest.bundle_id }, now);
      return 'duplicate';
    }
    rememberUnitName(db, senderUnit, bundle.signer.unitName);
    const ctx: ApplyContext = { senderUnit, senderLabel: unitLabel(db, senderUnit), myUnit: me.unit_code, now, localOps: localOps(db), deadlineRule: deadlineRule(db) };
    db.prepare('INSERT INTO origin_units (origin, unit_code) VALUES (?, ?) ON CONFLICT (origin) DO NOTHING').run(bundle.signer.deviceId, senderUnit);
    const existing = db.prepare('SELECT op_hash FROM oplog WHERE origin = ? AND seq = ?');
    const vvOf = db.prepare('SELECT seq, last_hash FROM vv_applied WHERE origin = ?');
    const setVv = db.prepare('INSERT INTO vv_applied (origin, seq, last_hash) VALUES (?, ?, ?) ON CONFLICT (origin) DO UPDATE SET seq = excluded.seq, last_hash = excluded.last_hash');
    const takePending = db.prepare('SELECT op, sender_unit FROM pending_ops WHERE origin = ? AND seq = ?');
    const dropPending = db.prepare('DELETE FROM pending_ops WHERE origin = ? AND seq = ?');
    for (const op of bundle.ops) {
      const known = existing.get(op.origin, op.seq) as { op_hash: string } | undefined;
      if (known) {
        if (known.op_hash !== op.hash) throw new SyncError('EQUIVOCATION', `${op.origin}#${op.seq}`);
        continue;
      }
      const vv = (vvOf.get(op.origin) as { seq: number; last_hash: string } | undefined) ?? { seq: 0, last_hash: GENESIS };
      if (op.seq !== vv.seq + 1 || op.prev !== vv.last_hash) {
        if (op.seq > vv.seq + 1) {
          db.prepare('INSERT OR IGNORE INTO pending_ops (origin, seq, op, sender_unit) VALUES (?, ?, ?, ?)').run(op.origin, op.seq, canonicalJson(op), senderUnit);
          counts.pending++;
          continue;
        }
        throw new SyncError('OP_CHAIN_BROKEN', `#${op.seq}`);
      }
      // Apply this op, then every waiting op that now follows on.
      let next: WireOp | null = op;
      let nextCtx = ctx;
      while (next) {
        storeOp(db, next);
        if (!('redacted' in next)) applyOp(db, next, nextCtx, counts);
        setVv.run(next.origin, next.seq, next.hash);
        counts.applied++;
        const waiting = takePending.get(next.origin, next.seq + 1) as { op: string; sender_unit: string } | undefined;
        if (!waiting) break;
        dropPending.run(next.origin, next.seq + 1);
        const candidate = JSON.parse(waiting.op) as WireOp;
        if (candidate.prev !== next.hash) throw new SyncError('OP_CHAIN_BROKEN', `#${candidate.seq}`);
        counts.pending = Math.max(0, counts.pending - 1);
        // Waiting ops nearly always came from the same office: its label is looked up again only when it differs.
        if (waiting.sender_unit !== nextCtx.senderUnit) nextCtx = { ...ctx, senderUnit: waiting.sender_unit, senderLabel: unitLabel(db, waiting.sender_unit) };
        next = candidate;
      }
    }
    const ack = db.prepare(
      `INSERT INTO peer_acks (peer_unit, origin, acked_seq, updated_at) VALUES (?, ?, ?, ?)
       ON CONFLICT (peer_unit, origin) DO UPDATE SET acked_seq = MAX(acked_seq, excluded.acked_seq), updated_at = excluded.updated_at`,
    );
    for (const [origin, seq] of Object.entries(bundle.manifest.acks.vv_applied)) ack.run(senderUnit, origin, seq, now.toISOString());
    if (bundle.revocations && bundle.revocations.body.version > me.crl_version) {
      db.prepare('UPDATE sync_device SET revocations = ?, crl_version = ? WHERE id = 1').run(JSON.stringify(bundle.revocations), bundle.revocations.body.version);
    }
    db.prepare(
      // A bundle refused before (a PC clock that was wrong, a certificate not yet installed) may be taken now.
      `INSERT INTO imported_bundles (sha256, bundle_id, file_name, sender_unit, status, ops_applied, ops_pending, documents_added, received_at)
       VALUES (?, ?, ?, ?, 'applied', ?, ?, ?, ?)
       ON CONFLICT (sha256) DO UPDATE SET bundle_id = excluded.bundle_id, file_name = excluded.file_name, sender_unit = excluded.sender_unit,
         status = 'applied', reason_code = NULL, ops_applied = excluded.ops_applied, ops_pending = excluded.ops_pending,
         documents_added = excluded.documents_added, received_at = excluded.received_at`,
    ).run(sha256, bundle.manifest.bundle_id, fileName, senderUnit, counts.applied, counts.pending, counts.documents, now.toISOString());
    return 'applied' as const;
  })).immediate();
  return { status, reason: status === 'duplicate' ? 'DUPLICATE_BUNDLE' : null, message: status === 'duplicate' ? SYNC_MESSAGES.DUPLICATE_BUNDLE : appliedMessage(counts.documents, files), sha256, bundleId: bundle.manifest.bundle_id, senderUnit, opsApplied: counts.applied, opsPending: counts.pending, documentsAdded: counts.documents };
}

/** Outside the import's transaction: on a full disk even the journal line may not fit; the clerk still gets the answer. */
function journalIfRoom(db: Db, attempt: Attempt, now: Date): void {
  try {
    journalAttempt(db, attempt, now);
  } catch (error) {
    if (!isDiskFull(error)) throw error;
  }
}

/**
 * Imports one bundle file: staged, verified in full, then applied in one transaction, or rejected with a reason
 * and no change to the archive. Re-importing, or importing out of order, never applies anything twice.
 */
export async function importBundle(db: Db, blobs: BlobStore, dataDir: string, file: string, now = new Date(), name = basename(file)): Promise<ImportResult> {
  // The name the clerk knows the file by (an upload is staged under another name first).
  const fileName = name.normalize('NFC');
  const inbox = join(dataDir, 'inbox');
  let sha256: string | null = null;
  // Known once the manifest's signature is verified with a certificate of the province, refused or not.
  let senderUnit: string | null = null;
  const staging = join(dataDir, 'staging', randomUUID());
  try {
    const me = readyDevice(db);
    const staged = await stage(file, inbox);
    sha256 = staged.sha256;
    const seen = db.prepare('SELECT status, bundle_id, sender_unit FROM imported_bundles WHERE sha256 = ?').get(sha256) as
      | { status: string; bundle_id: string | null; sender_unit: string | null }
      | undefined;
    if (seen && seen.status !== 'rejected') {
      rmSync(staged.staged, { force: true });
      journalIfRoom(db, { status: 'duplicate', sha256, fileName, senderUnit: seen.sender_unit, bundleId: seen.bundle_id }, now);
      return { status: 'duplicate', reason: 'DUPLICATE_BUNDLE', message: SYNC_MESSAGES.DUPLICATE_BUNDLE, sha256, bundleId: null, senderUnit: null, opsApplied: 0, opsPending: 0, documentsAdded: 0 };
    }
    const zip = await openZip(staged.staged);
    let bundle: VerifiedBundle;
    try {
      bundle = await verifyBundle(zip, me, staging, now, (signer) => {
        senderUnit = signer.unitCode;
      });
    } finally {
      zip.close();
    }
    const files = fileCounts(db, blobs, bundle, me.unit_code);
    // Blobs first: a crash between here and the commit leaves only unreferenced files, never a dangling row.
    for (const [b, path] of bundle.stagedBlobs) blobs.adopt(b, path);
    const result = applyVerified(db, bundle, sha256, fileName, now, files);
    mkdirSync(join(inbox, 'processed'), { recursive: true });
    if (existsSync(staged.staged)) renameSync(staged.staged, join(inbox, 'processed', `${sha256}.ctb`));
    return result;
  } catch (caught) {
    const error = caught instanceof SyncError ? caught : isDiskFull(caught) ? new SyncError('DISK_FULL', (caught as Error).message) : null;
    if (!error) throw caught;
    if (error.detail) console.warn(`Gói ${fileName} bị từ chối (${error.code}): ${error.detail}`);
    // Nothing is wrong with a bundle this PC cannot take yet: it is not journalled as refused.
    if (error.code !== 'SYNC_NOT_SET_UP' && error.code !== 'MACHINE_CHANGED') journalIfRoom(db, { status: 'rejected', sha256, fileName, senderUnit, reason: error.code }, now);
    if (sha256) rmSync(join(inbox, `${sha256}.ctb`), { force: true });
    return { status: 'rejected', reason: error.code, message: error.message, sha256, bundleId: null, senderUnit, opsApplied: 0, opsPending: 0, documentsAdded: 0 };
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}
