import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { inflateRawSync } from 'node:zlib';
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
 * Reads one entry into memory: its stored bytes in one read, then inflated in one call that stops one byte past
 * `limit`, so a bomb costs no more memory than an honest entry of the limit. Streaming the inflate in small
 * chunks takes five times as long for the ops of a large bundle.
 */
function readEntryToMemory(zip: yauzl.ZipFile, info: ZipEntryInfo, limit: number): Promise<{ sha256: string; size: number; bytes: Buffer }> {
  return new Promise((resolve, reject) => {
    const deflated = info.entry.compressionMethod === 8;
    // yauzl takes the option only for compressed entries; a stored entry is read as it is anyway.
    zip.openReadStream(info.entry, deflated ? { decompress: false } : {}, (error, stream) => {
      if (error || !stream) return reject(new SyncError('BUNDLE_UNREADABLE', error?.message));
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('error', (e: Error) => reject(new SyncError('BUNDLE_UNREADABLE', e.message)));
      stream.on('end', () => {
        let bytes: Buffer;
        try {
          const stored = Buffer.concat(chunks);
          bytes = deflated ? inflateRawSync(stored, { maxOutputLength: limit + 1 }) : stored;
        } catch (e) {
          const tooLong = (e as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE';
          return reject(new SyncError(tooLong ? 'BUNDLE_ENTRY_MISMATCH' : 'BUNDLE_UNREADABLE', tooLong ? `${info.name}: dài hơn khai báo` : (e as Error).message));
        }
        if (bytes.length > limit) return reject(new SyncError('BUNDLE_ENTRY_MISMATCH', `${info.name}: dài hơn khai báo`));
        resolve({ sha256: createHash('sha256').update(bytes).digest('hex'), size: bytes.length, bytes });
      });
    });
  });
}

/**
 * Reads one entry, never more than `limit` real bytes, and hashes it: into memory, or streamed to `toFile` (an
 * attached file may be far larger than what should be held in memory).
 */
export function readEntry(zip: yauzl.ZipFile, info: ZipEntryInfo, limit: number, toFile?: string): Promise<{ sha256: string; size: number; bytes: Buffer | null }> {
  return toFile ? streamEntryToFile(zip, info, limit, toFile) : readEntryToMemory(zip, info, limit);
}

function streamEntryToFile(zip: yauzl.ZipFile, info: ZipEntryInfo, limit: number, toFile: string): Promise<{ sha256: string; size: number; bytes: null }> {
  return new Promise((resolve, reject) => {
    zip.openReadStream(info.entry, (error, stream) => {
      if (error || !stream) return reject(new SyncError('BUNDLE_UNREADABLE', error?.message));
      const hash = createHash('sha256');
      let size = 0;
      const out = createWriteStream(toFile, { flags: 'wx' });
      // The file opens asynchronously: if reading fails first and the staging folder is removed, the open fails
      // later, and that error must reject this entry, not escape as an unhandled event that stops the process.
      out.on('error', (e: Error) => {
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
        out.write(chunk);
      });
      stream.on('error', (e: Error) => {
        out.destroy();
        reject(e instanceof SyncError ? e : new SyncError('BUNDLE_UNREADABLE', e.message));
      });
      stream.on('end', () => out.end(() => resolve({ sha256: hash.digest('hex'), size, bytes: null })));
    });
  });
}
