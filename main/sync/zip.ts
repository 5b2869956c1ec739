import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import yauzl from 'yauzl';
import { SyncError } from '../../shared/sync/reasons';
import { isDiskFull } from '../fsutil/diskFull';

export const LIMITS = { maxEntries: 20_000, maxManifestBytes: 1 << 20, maxOpsBytes: 256 << 20, maxTotalBytes: 4 * 1024 ** 3, maxRatio: 200 };

const ALLOWED = /^(manifest\.json|manifest\.sig|certs\/chain\.json|revocations\.json|ops\/\d{4}\.ndjson|blobs\/[0-9a-f]{64})$/;

export type ZipEntryInfo = { name: string; size: number; compressedSize: number; entry: yauzl.Entry };

export function openZip(file: string): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) => {
    yauzl.open(file, { lazyEntries: true, autoClose: false, validateEntrySizes: true, decodeStrings: true, strictFileNames: true }, (error, zip) => {
      if (error || !zip) reject(new SyncError('BUNDLE_UNREADABLE', error?.message));
      else resolve(zip);
    });
  });
}

/** Lists the entries and refuses any archive trickery before a single byte is extracted. */
export function listEntries(zip: yauzl.ZipFile): Promise<Map<string, ZipEntryInfo>> {
  if (zip.entryCount > LIMITS.maxEntries) return Promise.reject(new SyncError('BUNDLE_TOO_LARGE', `${zip.entryCount} mục`));
  return new Promise((resolve, reject) => {
    const entries = new Map<string, ZipEntryInfo>();
    const folded = new Set<string>();
    let total = 0;
    const fail = (error: SyncError) => {
      zip.close();
      reject(error);
    };
    zip.on('entry', (entry: yauzl.Entry) => {
      const name = entry.fileName;
      const mode = (entry.externalFileAttributes >>> 16) & 0o170000;
      if (!ALLOWED.test(name)) return fail(new SyncError('BUNDLE_ENTRY_FORBIDDEN', name.slice(0, 80)));
      if (mode === 0o120000 || mode === 0o040000) return fail(new SyncError('BUNDLE_ENTRY_FORBIDDEN', `${name}: liên kết hoặc thư mục`));
      if (entry.isEncrypted()) return fail(new SyncError('BUNDLE_ENTRY_FORBIDDEN', `${name}: mã hóa`));
      if (entry.compressionMethod !== 0 && entry.compressionMethod !== 8) return fail(new SyncError('BUNDLE_ENTRY_FORBIDDEN', `${name}: kiểu nén ${entry.compressionMethod}`));
      const key = name.normalize('NFC').toLowerCase();
      if (folded.has(key)) return fail(new SyncError('BUNDLE_ENTRY_FORBIDDEN', `${name}: trùng tên`));
      folded.add(key);
      total += entry.uncompressedSize;
      if (total > LIMITS.maxTotalBytes) return fail(new SyncError('BUNDLE_TOO_LARGE'));
      if (entry.compressionMethod === 8 && entry.uncompressedSize > 1024 * 1024 && entry.uncompressedSize / Math.max(1, entry.compressedSize) > LIMITS.maxRatio) {
        return fail(new SyncError('BUNDLE_TOO_LARGE', `${name}: tỉ lệ nén bất thường`));
      }
      entries.set(name, { name, size: entry.uncompressedSize, compressedSize: entry.compressedSize, entry });
      zip.readEntry();
    });
    zip.on('end', () => resolve(entries));
    zip.on('error', (error: Error) => fail(new SyncError('BUNDLE_UNREADABLE', error.message)));
    zip.readEntry();
  });
}

/**
 * Streams one entry, counting real bytes (never more than `limit`) and hashing them; to memory, or to `toFile`.
 */
export function readEntry(zip: yauzl.ZipFile, info: ZipEntryInfo, limit: number, toFile?: string): Promise<{ sha256: string; size: number; bytes: Buffer | null }> {
  return new Promise((resolve, reject) => {
    zip.openReadStream(info.entry, (error, stream) => {
      if (error || !stream) return reject(new SyncError('BUNDLE_UNREADABLE', error?.message));
      const hash = createHash('sha256');
      const chunks: Buffer[] = [];
      let size = 0;
      const out = toFile ? createWriteStream(toFile, { flags: 'wx' }) : null;
      // The file opens asynchronously: if reading fails first and the staging folder is removed, the open fails
      // later, and that error must reject this entry, not escape as an unhandled event that stops the process.
      out?.on('error', (e: Error) => {
        stream.destroy();
        reject(new SyncError(isDiskFull(e) ? 'DISK_FULL' : 'BUNDLE_UNREADABLE', e.message));
      });
      stream.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > limit) {
          stream.destroy(new SyncError('BUNDLE_ENTRY_MISMATCH', `${info.name}: dài hơn khai báo`));
          return;
        }
        hash.update(chunk);
        if (out) out.write(chunk);
        else chunks.push(chunk);
      });
      stream.on('error', (e: Error) => {
        out?.destroy();
        reject(e instanceof SyncError ? e : new SyncError('BUNDLE_UNREADABLE', e.message));
      });
      stream.on('end', () => {
        const done = () => resolve({ sha256: hash.digest('hex'), size, bytes: out ? null : Buffer.concat(chunks) });
        if (out) out.end(done);
        else done();
      });
    });
  });
}
