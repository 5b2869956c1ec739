import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type yauzl from 'yauzl';
import { z } from 'zod';
import { SyncError } from '../../shared/sync/reasons';
import { canonicalJson, parseUntrustedJson } from './canonical';
import { certifiedBody, checkValidity, verifyRevocations, type Certificate, type CertificateBody, type RevocationList } from './certificates';
import type { DeviceRow } from './device';
import { BUNDLE_FORMAT, type Manifest } from './exportBundle';
import { keyId, verifyBytes } from './keys';
import { GENESIS, opHash, type WireOp } from './oplog';
import { LIMITS, listEntries, readEntry, type ZipEntryInfo } from './zip';

const hex64 = z.string().regex(/^[0-9a-f]{64}$/);
const manifestSchema = z
  .object({
    format: z.string(),
    bundle_id: z.string().uuid(),
    created_at: z.string().max(40),
    sender: z.object({ unit: z.string().min(1).max(40), device: z.string().uuid(), epoch: z.string().max(60), key_id: z.string().max(40), cert_serial: z.string().max(60) }).strict(),
    destinations: z.array(z.string().max(40)).min(1).max(5000),
    op_ranges: z.array(z.object({ origin: z.string().uuid(), from_seq: z.number().int().min(1), to_seq: z.number().int().min(1), first_prev: hex64, last_hash: hex64 }).strict()).max(100),
    entries: z.array(z.object({ path: z.string().max(100), sha256: hex64, size: z.number().int().min(0) }).strict()).max(LIMITS.maxEntries),
    acks: z.object({ vv_applied: z.record(z.string().uuid(), z.number().int().min(0)) }).strict(),
    crl_version: z.number().int().min(0),
    volume: z.object({ set_id: z.string().uuid(), index: z.number().int().min(1), count: z.number().int().min(1) }).strict(),
  })
  .strict();

// The signature file is exactly this: any other byte in it means it was altered.
const signatureSchema = z.object({ alg: z.literal('Ed25519'), key_id: z.string().regex(/^[0-9a-f]{16}$/), sig_b64: z.string().regex(/^[A-Za-z0-9+/]{86}==$/) }).strict();

const fullOp = z
  .object({
    origin: z.string().uuid(),
    seq: z.number().int().min(1),
    prev: hex64,
    hash: hex64,
    partition: z.string().max(60),
    kind: z.enum(['document.publish', 'document.receipt']),
    recipients: z.array(z.string().max(40)).max(5000),
    body: z.unknown(),
    createdAt: z.string().max(40),
  })
  .strict();
const redactedOp = z.object({ origin: z.string().uuid(), seq: z.number().int().min(1), prev: hex64, hash: hex64, redacted: z.literal(true) }).strict();

export type VerifiedBundle = {
  manifest: Manifest;
  signer: CertificateBody;
  ops: WireOp[];
  /** Staged files of the blobs in the bundle, by hash. */
  stagedBlobs: Map<string, string>;
  revocations: RevocationList | null;
};

async function small(zip: yauzl.ZipFile, entries: Map<string, ZipEntryInfo>, name: string, limit: number): Promise<Buffer> {
  const info = entries.get(name);
  if (!info) throw new SyncError('BUNDLE_ENTRY_MISMATCH', `thiếu ${name}`);
  if (info.size > limit) throw new SyncError('MANIFEST_INVALID', `${name} quá lớn`);
  return (await readEntry(zip, info, limit)).bytes as Buffer;
}

/**
 * Everything checked before the database is touched: the archive's shape, the signer's certificate against the
 * pinned root, the signature over the exact manifest bytes, the certificate's dates and revocation, every entry's
 * size and hash, the op chain and the partitions the signer may write. Blobs are written only into `stagingDir`,
 * under their hash. `onSigned` hears of the signer as soon as the signature is verified.
 */
export async function verifyBundle(
  zip: yauzl.ZipFile,
  me: DeviceRow & { unit_code: string; root_public_key: string },
  stagingDir: string,
  now: Date,
  onSigned: (signer: CertificateBody) => void = () => undefined,
): Promise<VerifiedBundle> {
  const entries = await listEntries(zip);
  const manifestBytes = await small(zip, entries, 'manifest.json', LIMITS.maxManifestBytes);
  const sigBytes = await small(zip, entries, 'manifest.sig', 4096);
  const chainBytes = await small(zip, entries, 'certs/chain.json', 64 * 1024);
  const chain = parseUntrustedJson(chainBytes.toString('utf8'), { maxBytes: 64 * 1024, maxDepth: 8 }) as unknown as Certificate[];
  if (!Array.isArray(chain) || chain.length !== 1) throw new SyncError('CERT_UNTRUSTED', 'chuỗi chứng thư');
  const revokedNow = new Set<string>(me.revocations ? (JSON.parse(me.revocations) as RevocationList).body.revokedSerials : []);
  let revocations: RevocationList | null = null;
  if (entries.has('revocations.json')) {
    const crl = parseUntrustedJson((await small(zip, entries, 'revocations.json', LIMITS.maxManifestBytes)).toString('utf8')) as unknown as RevocationList;
    if (!verifyRevocations(crl, me.root_public_key)) throw new SyncError('SIGNATURE_INVALID', 'danh sách thu hồi');
    if (crl.body.version > me.crl_version) {
      revocations = crl;
      for (const s of crl.body.revokedSerials) revokedNow.add(s);
    }
  }
  const signer = certifiedBody(chain[0] as Certificate, me.root_public_key);
  const sig = signatureSchema.safeParse(parseUntrustedJson(sigBytes.toString('utf8'), { maxBytes: 4096, maxDepth: 2 }));
  // Base64 leaves spare bits in its last character that decoders ignore, so a changed byte could still decode
  // to the same signature: the file must be byte for byte the canonical form of what it says.
  if (!sig.success || !Buffer.from(canonicalJson(sig.data)).equals(sigBytes) || Buffer.from(sig.data.sig_b64, 'base64').toString('base64') !== sig.data.sig_b64) {
    throw new SyncError('SIGNATURE_INVALID');
  }
  if (sig.data.key_id !== keyId(signer.publicKey) || !verifyBytes(signer.publicKey, manifestBytes, sig.data.sig_b64)) {
    throw new SyncError('SIGNATURE_INVALID');
  }
  // Signed with the key the province certified: the bundle is the signer's, whether it is taken or refused. A
  // certificate alone proves nothing, since every bundle carries one for anybody to copy.
  onSigned(signer);
  checkValidity(signer, now, revokedNow);
  const parsed = manifestSchema.safeParse(parseUntrustedJson(manifestBytes.toString('utf8')));
  if (!parsed.success) throw new SyncError('MANIFEST_INVALID', parsed.error.issues[0]?.message);
  const manifest = parsed.data as Manifest;
  if (manifest.format !== BUNDLE_FORMAT) throw new SyncError('FORMAT_UNSUPPORTED', manifest.format);
  if (manifest.sender.device !== signer.deviceId || manifest.sender.unit !== signer.unitCode || manifest.sender.cert_serial !== signer.serial) {
    throw new SyncError('CERT_UNTRUSTED', 'người gửi khác chứng thư');
  }
  if (!manifest.destinations.includes(me.unit_code)) throw new SyncError('NOT_ADDRESSED_HERE', manifest.destinations.join(', '));

  // Every file but the manifest and its signature is listed in the signed manifest, and nothing else is there.
  const listed = new Map(manifest.entries.map((e) => [e.path, e]));
  const present = [...entries.keys()].filter((n) => n !== 'manifest.json' && n !== 'manifest.sig');
  if (present.length !== listed.size || present.some((n) => !listed.has(n))) throw new SyncError('BUNDLE_ENTRY_MISMATCH', 'danh mục tệp khác nội dung gói');

  mkdirSync(stagingDir, { recursive: true });
  const stagedBlobs = new Map<string, string>();
  let opsBytes: Buffer | null = null;
  for (const [name, info] of entries) {
    if (name === 'manifest.json' || name === 'manifest.sig') continue;
    const declared = listed.get(name)!;
    if (info.size !== declared.size) throw new SyncError('BUNDLE_ENTRY_MISMATCH', `${name}: kích thước`);
    const isBlob = name.startsWith('blobs/');
    // Ops are held in memory, so even a validly signed bundle may not declare more than the cap.
    if (!isBlob && declared.size > LIMITS.maxOpsBytes) throw new SyncError('BUNDLE_TOO_LARGE', name);
    const target = isBlob ? join(stagingDir, name.slice(6)) : undefined;
    const read = await readEntry(zip, info, declared.size, target);
    if (read.sha256 !== declared.sha256 || read.size !== declared.size || (isBlob && read.sha256 !== name.slice(6))) {
      throw new SyncError('BUNDLE_ENTRY_MISMATCH', name);
    }
    if (isBlob) stagedBlobs.set(read.sha256, target as string);
    if (name.startsWith('ops/')) opsBytes = Buffer.concat([opsBytes ?? Buffer.alloc(0), read.bytes as Buffer]);
  }

  const ops: WireOp[] = [];
  for (const line of (opsBytes ?? Buffer.alloc(0)).toString('utf8').split('\n')) {
    if (!line) continue;
    const raw = parseUntrustedJson(line, { maxBytes: LIMITS.maxOpsBytes, maxDepth: 16 });
    const op = (raw && typeof raw === 'object' && 'redacted' in raw ? redactedOp : fullOp).safeParse(raw);
    if (!op.success) throw new SyncError('MANIFEST_INVALID', 'thao tác sai cấu trúc');
    ops.push(op.data as WireOp);
  }
  checkChain(ops, manifest, signer);
  return { manifest, signer, ops, stagedBlobs, revocations };
}

function checkChain(ops: WireOp[], manifest: Manifest, signer: CertificateBody): void {
  const range = manifest.op_ranges[0];
  if (ops.length === 0) {
    if (manifest.op_ranges.length) throw new SyncError('OP_CHAIN_BROKEN');
    return;
  }
  if (!range || manifest.op_ranges.length !== 1 || range.origin !== signer.deviceId) throw new SyncError('PARTITION_FORBIDDEN', 'thao tác của máy khác');
  let previous = range.first_prev;
  let expectedSeq = range.from_seq;
  for (const op of ops) {
    if (op.origin !== signer.deviceId) throw new SyncError('PARTITION_FORBIDDEN', 'thao tác của máy khác');
    if (op.seq !== expectedSeq || op.prev !== previous) throw new SyncError('OP_CHAIN_BROKEN', `#${op.seq}`);
    if (!('redacted' in op)) {
      if (!signer.partitions.includes(op.partition)) throw new SyncError('PARTITION_FORBIDDEN', op.partition);
      if (opHash(op) !== op.hash) throw new SyncError('OP_CHAIN_BROKEN', `#${op.seq}: băm sai`);
    }
    previous = op.hash;
    expectedSeq++;
  }
  if (expectedSeq - 1 !== range.to_seq || previous !== range.last_hash) throw new SyncError('OP_CHAIN_BROKEN', 'cuối dải');
  if (range.from_seq === 1 && range.first_prev !== GENESIS) throw new SyncError('OP_CHAIN_BROKEN', 'đầu chuỗi');
}
