import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, openSync, readdirSync, renameSync, rmSync, writeSync } from 'node:fs';
import { open, readdir, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Readable } from 'node:stream';

/**
 * Crash-proof writes: the content goes to a temporary file in the target's folder (so the final rename never
 * crosses file systems), is flushed to the disk, and only then takes the real name. A crash at any moment
 * leaves either the old file or the new one under the real name, never half of one.
 */

export type AtomicWriteOptions = {
  /** File mode for a newly created file; defaults to 0o644 minus the umask. */
  readonly mode?: number;
};

export type AtomicSource = Readable | NodeJS.ReadableStream | AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>;

const TEMP_PATTERN = /^\..+\.[0-9a-f]{12}\.tmp$/;
const isWindows = process.platform === 'win32';

/** The temporary name used while `target` is being written: hidden, unique, recognisable by TEMP_PATTERN. */
export function tempPathFor(target: string): string {
  return join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
}

export function isAtomicTempName(name: string): boolean {
  return TEMP_PATTERN.test(name);
}

export async function writeFileAtomic(target: string, data: Uint8Array | string, options: AtomicWriteOptions = {}): Promise<void> {
  await writeFileAtomicFrom(target, [typeof data === 'string' ? Buffer.from(data, 'utf8') : data], options);
}

/** Streams `source` into `target` atomically: for ZIP outputs, large copies, anything not held in memory. */
export async function writeFileAtomicFrom(target: string, source: AtomicSource, options: AtomicWriteOptions = {}): Promise<void> {
  const temp = tempPathFor(target);
  const handle = await open(temp, 'wx', options.mode ?? 0o644);
  let closed = false;
  try {
    // Writing through the handle (not a WriteStream) keeps the descriptor ours until it has been fsynced.
    for await (const chunk of source as AsyncIterable<Uint8Array | string>) {
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
      let offset = 0;
      while (offset < bytes.byteLength) {
        const { bytesWritten } = await handle.write(bytes, offset, bytes.byteLength - offset);
        offset += bytesWritten;
      }
    }
    await handle.sync();
    await handle.close();
    closed = true;
    await renameWithRetry(temp, target);
  } catch (error) {
    if (!closed) await handle.close().catch(() => undefined);
    await rm(temp, { force: true }).catch(() => undefined);
    throw error;
  }
  await fsyncDirectory(dirname(target));
}

/** The synchronous form, for the few places that cannot await (the pre-migration hook). */
export function writeFileAtomicSync(target: string, data: Uint8Array | string, options: AtomicWriteOptions = {}): void {
  const temp = tempPathFor(target);
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  const fd = openSync(temp, 'wx', options.mode ?? 0o644);
  let closed = false;
  try {
    let offset = 0;
    while (offset < bytes.byteLength) offset += writeSync(fd, bytes, offset, bytes.byteLength - offset);
    fsyncSync(fd);
    closeSync(fd);
    closed = true;
    renameSync(temp, target);
  } catch (error) {
    if (!closed) closeSync(fd);
    rmSync(temp, { force: true });
    throw error;
  }
  fsyncDirectorySync(dirname(target));
}

/**
 * Makes a rename (or a newly created entry) in `dir` durable. Windows has no directory handles to flush and
 * NTFS journals renames itself, so it is skipped there.
 */
export async function fsyncDirectory(dir: string): Promise<void> {
  if (isWindows) return;
  const handle = await open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

export function fsyncDirectorySync(dir: string): void {
  if (isWindows) return;
  const fd = openSync(dir, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Flushes a finished file that was written by other means (SQLite's backup, VACUUM INTO). */
export async function fsyncFile(file: string): Promise<void> {
  const handle = await open(file, 'r+');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Renames and makes the rename durable; used to move whole files or folders into or out of place. */
export async function durableRename(from: string, to: string): Promise<void> {
  await renameWithRetry(from, to);
  await fsyncDirectory(dirname(to));
  if (dirname(from) !== dirname(to)) await fsyncDirectory(dirname(from));
}

/** Removes temporaries left in `dir` by a crash during an atomic write. Returns the names removed. */
export async function removeStaleTempFiles(dir: string): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return [];
  }
  const stale = names.filter(isAtomicTempName);
  for (const name of stale) await rm(join(dir, name), { force: true });
  return stale;
}

export function removeStaleTempFilesSync(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  const stale = names.filter(isAtomicTempName);
  for (const name of stale) rmSync(join(dir, name), { force: true });
  return stale;
}

// Antivirus and indexers on Windows hold new files open for a moment; a rename then fails with EPERM/EBUSY.
async function renameWithRetry(from: string, to: string): Promise<void> {
  for (let attempt = 0; ; attempt += 1) {
    try {
      await rename(from, to);
      return;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const transient = isWindows && (code === 'EPERM' || code === 'EACCES' || code === 'EBUSY');
      if (!transient || attempt >= 8) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50 * (attempt + 1)));
    }
  }
}
