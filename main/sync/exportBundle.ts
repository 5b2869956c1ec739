import { createHash, randomUUID } from 'node:crypto';
import { closeSync, createReadStream, fsyncSync, openSync, renameSync, rmSync, statfsSync, statSync } from 'node:fs';
import { createWriteStream } from 'node:fs';
import { join } from 'node:path';
import yazl from 'yazl';
import { SyncError } from '../../shared/sync/reasons';
import type { BlobStore } from '../archive/blobStore';
import type { Db } from '../db/open';
import { isDiskFull } from '../fsutil/diskFull';
import { fsyncDirectorySync } from '../fsutil/atomicWrite';
import { canonicalJson } from './canonical';
import { keyId, signBytes } from './keys';
import { readyDevice } from './device';
import { blobsOf, opsForPeer, type WireOp } from './oplog';
import { acknowledgementsFor } from './awaitedFiles';

export const BUNDLE_FORMAT = 'ctb/1';

export type Manifest = {
  format: typeof BUNDLE_FORMAT;
  bundle_id: string;
  created_at: string;
  sender: { unit: string; device: string; epoch: string; key_id: string; cert_serial: string };
  destinations: string[];
  op_ranges: { origin: string; from_seq: number; to_seq: number; first_prev: string; last_hash: string }[];
  entries: { path: string; sha256: string; size: number }[];
  acks: { vv_applied: Record<string, number> };
  crl_version: number;
  volume: { set_id: string; index: number; count: number };
};

export type ExportedBundle = { bundleId: string; path: string; fileName: string; sha256: string; size: number; ops: number; blobs: number; peerUnit: string };

const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

async function hashFile(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** Splits ops into volumes whose blobs stay under the cap; a blob goes with the first op that needs it. */
function volumes(ops: WireOp[], sizeOf: (sha: string) => number, cap: number): WireOp[][] {
  const out: WireOp[][] = [];
  let current: WireOp[] = [];
  let bytes = 0;
  const placed = new Set<string>();
  for (const op of ops) {
    const own = blobsOf([op]).filter((b) => !placed.has(b));
    const add = own.reduce((n, b) => n + sizeOf(b), 0);
    if (current.length && bytes + add > cap) {
      out.push(current);
      current = [];
      bytes = 0;
    }
    current.push(op);
    bytes += add;
    for (const b of own) placed.add(b);
  }
  if (current.length || out.length === 0) out.push(current);
  return out;
}

/** What every volume of one export shares: where it goes, what it acknowledges, and the size of each file to send. */
type ExportRun = {
  db: Db;
  blobs: BlobStore;
  folder: string;
  peerUnit: string;
  now: Date;
  freeSpace: (folder: string) => number;
  acks: Manifest['acks'];
  /** Files this archive has, by hash; a file it lacks is not sent (the receiver asks again, awaitedFiles.ts). */
  sizes: Map<string, number>;
};

async function writeVolume(run: ExportRun, ops: WireOp[], volume: Manifest['volume']): Promise<ExportedBundle> {
  const { db, blobs, folder, peerUnit, now, freeSpace } = run;
  const d = readyDevice(db);
  const opsBytes = Buffer.from(ops.map((o) => canonicalJson(o)).join('\n') + (ops.length ? '\n' : ''));
  const chain = Buffer.from(canonicalJson([d.certificateParsed]));
  const files: { path: string; bytes?: Buffer; blob?: string; size: number; sha256: string }[] = [
    { path: 'certs/chain.json', bytes: chain, size: chain.length, sha256: sha(chain) },
    { path: 'ops/0001.ndjson', bytes: opsBytes, size: opsBytes.length, sha256: sha(opsBytes) },
  ];
  if (d.revocations) {
    const crl = Buffer.from(d.revocations);
    files.push({ path: 'revocations.json', bytes: crl, size: crl.length, sha256: sha(crl) });
  }
  const sent = blobsOf(ops).filter((b) => run.sizes.has(b));
  for (const b of sent) files.push({ path: `blobs/${b}`, blob: b, size: run.sizes.get(b) as number, sha256: b });
  const mine = ops.filter((o) => o.origin === d.device_id);
  const manifest: Manifest = {
    format: BUNDLE_FORMAT,
    bundle_id: randomUUID(),
    created_at: now.toISOString(),
    sender: { unit: d.unit_code, device: d.device_id, epoch: d.epoch, key_id: keyId(d.public_key), cert_serial: d.certificateParsed.body.serial },
    destinations: [peerUnit],
    op_ranges: mine.length
      ? [{ origin: d.device_id, from_seq: mine[0]!.seq, to_seq: mine.at(-1)!.seq, first_prev: mine[0]!.prev, last_hash: mine.at(-1)!.hash }]
      : [],
    entries: files.map((f) => ({ path: f.path, sha256: f.sha256, size: f.size })),
    acks: run.acks,
    crl_version: d.crl_version,
    volume,
  };
  const manifestBytes = Buffer.from(canonicalJson(manifest));
  const sig = Buffer.from(canonicalJson({ alg: 'Ed25519', key_id: keyId(d.public_key), sig_b64: signBytes(d.private_key_pem, manifestBytes) }));
  const total = files.reduce((n, f) => n + f.size, 0) + manifestBytes.length + sig.length;
  if (freeSpace(folder) < total * 1.1 + 64 * 1024) throw new SyncError('NO_SPACE');

  const day = now.toISOString().slice(0, 10).replace(/-/g, '');
  const range = mine.length ? `${mine[0]!.seq}-${mine.at(-1)!.seq}` : 'ack';
  const fileName = `CTB_${d.unit_code}_to_${peerUnit}_${d.device_id.slice(0, 8)}_${range}_${day}${volume.count > 1 ? `_v${volume.index}` : ''}.ctb`.replace(/[^\p{L}\p{N}._-]/gu, '-');
  const target = join(folder, fileName);
  const part = `${target}.part`;
  const zip = new yazl.ZipFile();
  zip.addBuffer(manifestBytes, 'manifest.json');
  zip.addBuffer(sig, 'manifest.sig');
  for (const f of files) {
    if (f.bytes) zip.addBuffer(f.bytes, f.path);
    // DOCX and PDF are already compressed: stored, not deflated.
    else zip.addFile(blobs.pathOf(f.blob as string), f.path, { compress: false });
  }
  zip.end();
  const written = createHash('sha256');
  let expected: string;
  try {
    await new Promise<void>((resolve, reject) => {
      const out = createWriteStream(part, { flags: 'w' });
      // An attached file that cannot be read (gone, damaged disk) fails the export; the stick's file is closed first.
      const fail = (error: unknown) => {
        reject(error);
        out.destroy();
      };
      zip.on('error', (error: Error) => fail(new SyncError('EXPORT_FILE_UNREADABLE', error.message)));
      zip.outputStream.on('data', (chunk: Buffer) => written.update(chunk));
      zip.outputStream.pipe(out).on('close', resolve).on('error', reject);
      zip.outputStream.on('error', fail);
    });
    const fd = openSync(part, 'r+');
    fsyncSync(fd);
    closeSync(fd);
    expected = written.digest('hex');
    // Read back from the stick before the bundle takes its name and the clerk is told the stick may be removed:
    // a flaky stick shows here, not at the office. A sound bundle of the same name exported earlier stays.
    if ((await hashFile(part)) !== expected) throw new SyncError('WRITE_VERIFY_FAILED');
    renameSync(part, target);
    fsyncDirectorySync(folder);
  } catch (error) {
    // Nothing damaged or half written is left on the stick for anybody to carry.
    rmSync(part, { force: true });
    // The estimate checked beforehand was not enough (another program filled the stick meanwhile).
    throw isDiskFull(error) ? new SyncError('NO_SPACE', (error as Error).message) : error;
  }
  const size = statSync(target).size;
  db.prepare('INSERT INTO exported_bundles (bundle_id, peer_unit, path, sha256, size, from_seq, to_seq, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)').run(
    manifest.bundle_id, peerUnit, target, expected, size, mine[0]?.seq ?? 0, mine.at(-1)?.seq ?? 0, now.toISOString(),
  );
  return { bundleId: manifest.bundle_id, path: target, fileName, sha256: expected, size, ops: ops.length, blobs: sent.length, peerUnit };
}

/** Free bytes where a bundle is written (the stick); the check is made before a single byte is written. */
export function freeSpaceOf(folder: string): number {
  const s = statfsSync(folder);
  return s.bavail * s.bsize;
}

/**
 * Writes the bundle(s) for one peer: everything of this device's log it has not acknowledged, with the files
 * it needs, split into volumes above `volumeCap` bytes, each signed and verifiable alone.
 */
export async function exportBundle(
  db: Db,
  blobs: BlobStore,
  peerUnit: string,
  folder: string,
  options: { now?: Date; volumeCap?: number; freeSpace?: (folder: string) => number } = {},
): Promise<ExportedBundle[]> {
  const ops = opsForPeer(db, peerUnit);
  const sizes = new Map<string, number>();
  for (const b of blobsOf(ops)) {
    const file = statSync(blobs.pathOf(b), { throwIfNoEntry: false });
    if (file) sizes.set(b, file.size);
  }
  const parts = volumes(ops, (b) => sizes.get(b) ?? 0, options.volumeCap ?? 1024 ** 3);
  const run: ExportRun = { db, blobs, folder, peerUnit, now: options.now ?? new Date(), freeSpace: options.freeSpace ?? freeSpaceOf, acks: { vv_applied: acknowledgementsFor(db, blobs, peerUnit) }, sizes };
  // The whole export must fit before the first volume is written, so a full stick never holds half a set.
  if (run.freeSpace(folder) < [...sizes.values()].reduce((n, size) => n + size, 0) * 1.1) throw new SyncError('NO_SPACE');
  const setId = randomUUID();
  const out: ExportedBundle[] = [];
  for (let i = 0; i < parts.length; i++) out.push(await writeVolume(run, parts[i] as WireOp[], { set_id: setId, index: i + 1, count: parts.length }));
  return out;
}
