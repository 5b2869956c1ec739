import { createHash, randomBytes } from 'node:crypto';
import { closeSync, copyFileSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { fsyncDirectorySync } from '../fsutil/atomicWrite';

const SHA256 = /^[0-9a-f]{64}$/;

/** Content-addressed files under `<dataDir>/blobs/ab/cd/<sha256>`; names never come from user input. */
export type BlobStore = {
  readonly root: string;
  pathOf(sha256: string): string;
  has(sha256: string): boolean;
  put(bytes: Uint8Array): { sha256: string; size: number };
  read(sha256: string): Uint8Array;
  /** Moves a file already verified to hash to `sha256` into the store (same volume); keeps an existing copy. */
  adopt(sha256: string, file: string): void;
};

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export function createBlobStore(dataDir: string): BlobStore {
  const root = join(dataDir, 'blobs');
  const pathOf = (sha256: string): string => {
    if (!SHA256.test(sha256)) throw new Error(`Not a SHA-256 hex digest: ${sha256}`);
    return join(root, sha256.slice(0, 2), sha256.slice(2, 4), sha256);
  };
  return {
    root,
    pathOf,
    has: (sha256) => existsSync(pathOf(sha256)),
    put(bytes) {
      const sha256 = sha256Hex(bytes);
      const target = pathOf(sha256);
      if (existsSync(target)) return { sha256, size: bytes.byteLength };
      const dir = join(root, sha256.slice(0, 2), sha256.slice(2, 4));
      mkdirSync(dir, { recursive: true });
      const temp = join(dir, `.${sha256}.${randomBytes(6).toString('hex')}.part`);
      try {
        const fd = openSync(temp, 'wx');
        try {
          writeSync(fd, bytes);
          fsyncSync(fd);
        } finally {
          closeSync(fd);
        }
        renameSync(temp, target);
        fsyncDirectorySync(dir);
      } catch (error) {
        rmSync(temp, { force: true });
        throw error;
      }
      return { sha256, size: bytes.byteLength };
    },
    adopt(sha256, file) {
      const target = pathOf(sha256);
      if (existsSync(target)) return;
      const dir = join(root, sha256.slice(0, 2), sha256.slice(2, 4));
      mkdirSync(dir, { recursive: true });
      try {
        renameSync(file, target);
      } catch {
        copyFileSync(file, `${target}.part`);
        renameSync(`${target}.part`, target);
      }
      fsyncDirectorySync(dir);
    },
    read(sha256) {
      const bytes = readFileSync(pathOf(sha256));
      if (sha256Hex(bytes) !== sha256) throw new Error(`Blob ${sha256} is damaged: its content no longer matches its hash.`);
      return bytes;
    },
  };
}
