import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { BACKUP_KINDS, type BackupKind } from '../../shared/backup/types';

/** Where things live in an office's data folder. */
export type DataPaths = {
  readonly dataDir: string;
  readonly dbFile: string;
  readonly blobsDir: string;
  readonly backupsDir: string;
};

export const DB_FILE_NAME = 'office.sqlite';
/** SQLite's companions of the database file; they belong to it and always move with it. */
export const DB_COMPANION_SUFFIXES = ['-wal', '-shm', '-journal'] as const;

const SHA256 = /^[0-9a-f]{64}$/;

export function dataPaths(dataDir: string): DataPaths {
  return {
    dataDir,
    dbFile: join(dataDir, DB_FILE_NAME),
    blobsDir: join(dataDir, 'blobs'),
    backupsDir: join(dataDir, 'backups'),
  };
}

export function isSha256(value: string): boolean {
  return SHA256.test(value);
}

/** The blob's path relative to the blobs folder, with forward slashes: also its name inside a backup. */
export function blobRelativePath(sha256: string): string {
  if (!isSha256(sha256)) throw new Error(`Not a SHA-256 hex digest: ${sha256}`);
  return `${sha256.slice(0, 2)}/${sha256.slice(2, 4)}/${sha256}`;
}

export function blobFile(blobsDir: string, sha256: string): string {
  return join(blobsDir, ...blobRelativePath(sha256).split('/'));
}

/** Compact UTC stamp for folder and file names: 20250301T080000Z. */
export function fileStamp(at: Date): string {
  return at.toISOString().replace(/\.\d{3}Z$/, 'Z').replaceAll(/[-:]/g, '');
}

export function parseFileStamp(stamp: string): Date | null {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(stamp);
  if (!m) return null;
  const date = new Date(`${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}Z`);
  return Number.isNaN(date.getTime()) ? null : date;
}

const BACKUP_NAME = /^vanthu-([a-z-]+)-(\d{8}T\d{6}Z)-([0-9a-f]{4})\.zip$/;

/** vanthu-<kind>-<UTC stamp>-<4 hex>.zip: sortable, and the kind and time are readable without opening it. */
export function backupFileName(kind: BackupKind, at: Date): string {
  return `vanthu-${kind}-${fileStamp(at)}-${randomBytes(2).toString('hex')}.zip`;
}

export type ParsedBackupName = { readonly kind: BackupKind; readonly createdAt: Date };

export function parseBackupFileName(name: string): ParsedBackupName | null {
  const m = BACKUP_NAME.exec(name);
  if (!m) return null;
  const kind = BACKUP_KINDS.find((k) => k === m[1]);
  const createdAt = parseFileStamp(m[2] ?? '');
  return kind && createdAt ? { kind, createdAt } : null;
}
