import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import yauzl from 'yauzl';

export type ZipEntryHead = {
  readonly name: string;
  readonly size: number;
  readonly encrypted: boolean;
};

/** Called once per entry, in central-directory order; `open` gives the inflated bytes, size-checked by yauzl. */
export type ZipEntryVisitor = (entry: ZipEntryHead, open: () => Promise<Readable>) => Promise<void>;

/** Reads a ZIP through its central directory, one entry at a time, so memory stays flat whatever its size. */
export async function visitZipEntries(file: string, visit: ZipEntryVisitor): Promise<void> {
  const zip = await yauzl.openPromise(file, { lazyEntries: true, autoClose: false, validateEntrySizes: true, strictFileNames: true });
  try {
    await new Promise<void>((resolve, reject) => {
      zip.on('error', reject);
      zip.on('end', () => resolve());
      zip.on('entry', (entry: yauzl.Entry) => {
        const head: ZipEntryHead = { name: entry.fileName, size: entry.uncompressedSize, encrypted: entry.isEncrypted() };
        visit(head, () => zip.openReadStreamPromise(entry)).then(() => zip.readEntry(), reject);
      });
      zip.readEntry();
    });
  } finally {
    zip.close();
  }
}

export type Digest = { readonly sha256: string; readonly size: number };

/** Hashes a stream to its end, handing each chunk to `onChunk` (e.g. a file being written) as it passes. */
export async function digestStream(stream: Readable, onChunk?: (chunk: Buffer) => Promise<void>): Promise<Digest> {
  const hash = createHash('sha256');
  let size = 0;
  for await (const chunk of stream) {
    const bytes = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as Uint8Array);
    hash.update(bytes);
    size += bytes.byteLength;
    if (onChunk) await onChunk(bytes);
  }
  return { sha256: hash.digest('hex'), size };
}

export async function digestFile(file: string): Promise<Digest> {
  return digestStream(createReadStream(file));
}

export async function readAll(stream: Readable, limit: number): Promise<Buffer | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const bytes = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as Uint8Array);
    size += bytes.byteLength;
    if (size > limit) {
      stream.destroy();
      return null;
    }
    chunks.push(bytes);
  }
  return Buffer.concat(chunks);
}
