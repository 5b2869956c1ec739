import { randomBytes } from 'node:crypto';
import { readdirSync, rmSync } from 'node:fs';
import { mkdir, readdir, rm, stat, statfs } from 'node:fs/promises';
import { join } from 'node:path';
import { BackupError } from '../../shared/backup/messages';
import type { BackupInfo, BackupKind, BackupListItem } from '../../shared/backup/types';
import type { Db } from '../db/open';
import { removeStaleTempFiles } from '../fsutil/atomicWrite';
import { folderProblem } from '../fsutil/folderProblem';
import { openRaw, snapshotDatabase, writeBackupArchive, type SqliteOptions } from './archive';
import { referencedBlobs } from './blobRefs';
import { backupFileName, blobFile, dataPaths, parseBackupFileName } from './layout';
import { backupsToPrune, DEFAULT_ROTATION, officeDay, type RotationPolicy } from './rotation';
import { readBackupInfo, verifyBackup } from './verify';

export type CreateBackupOptions = SqliteOptions & {
  readonly kind: BackupKind;
  readonly now?: Date;
  readonly rotation?: RotationPolicy;
};

/**
 * Takes a backup of the live database and its blobs into `<dataDir>/backups/`, verified, then applies the
 * rotation. Used daily, before a migration or a bundle import, and on request.
 */
export async function createBackup(db: Db, dataDir: string, options: CreateBackupOptions): Promise<BackupInfo> {
  const { backupsDir } = dataPaths(dataDir);
  await mkdir(backupsDir, { recursive: true });
  const now = options.now ?? new Date();
  const info = await writeBackupTo(db, dataDir, join(backupsDir, backupFileName(options.kind, now)), options.kind, now, options);
  await pruneBackups(dataDir, options.rotation);
  return info;
}

/** "Sao lưu ra USB": the same verified file, written into a folder the clerk chose, after a free-space check. */
export async function exportBackupTo(db: Db, dataDir: string, folder: string, options: SqliteOptions & { now?: Date } = {}): Promise<BackupInfo> {
  const now = options.now ?? new Date();
  const needed = await estimateBackupBytes(db, dataDir);
  let free: number;
  try {
    const fs = await statfs(folder);
    free = fs.bavail * fs.bsize;
  } catch (error) {
    throw new BackupError('BACKUP_DESTINATION_UNWRITABLE', (error as Error).message);
  }
  if (!hasRoomFor(needed, free)) throw new BackupError('BACKUP_NO_SPACE', `need ${needed} bytes, ${free} free`);
  try {
    return await writeBackupTo(db, dataDir, join(folder, backupFileName('manual', now)), 'manual', now, options);
  } catch (error) {
    throw asDestinationError(error);
  }
}

/** Room for the file plus a margin: FAT32 sticks report free space loosely and the ZIP adds headers. */
export function hasRoomFor(neededBytes: number, freeBytes: number): boolean {
  return freeBytes >= neededBytes * 1.05 + 1024 * 1024;
}

/** Upper bound of a backup's size: the database file plus every referenced blob (ZIP only shrinks the database). */
export async function estimateBackupBytes(db: Db, dataDir: string): Promise<number> {
  const { blobsDir } = dataPaths(dataDir);
  const pageCount = db.pragma('page_count', { simple: true }) as number;
  const pageSize = db.pragma('page_size', { simple: true }) as number;
  let total = pageCount * pageSize;
  for (const sha of referencedBlobs(db)) {
    total += await stat(blobFile(blobsDir, sha)).then((s) => s.size, () => 0);
  }
  return total;
}

async function writeBackupTo(db: Db, dataDir: string, target: string, kind: BackupKind, now: Date, options: SqliteOptions): Promise<BackupInfo> {
  const { backupsDir, blobsDir } = dataPaths(dataDir);
  const staging = join(backupsDir, `.staging-${randomBytes(6).toString('hex')}`);
  await mkdir(staging, { recursive: true });
  try {
    const snapshotFile = join(staging, 'office.sqlite');
    await snapshotDatabase(db, snapshotFile, options);
    return await writeBackupArchive({ snapshotFile, blobsDir, target, kind, createdAt: now, ...options });
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

function asDestinationError(error: unknown): unknown {
  const problem = folderProblem(error);
  if (problem === 'full') return new BackupError('BACKUP_NO_SPACE', (error as Error).message);
  if (problem) return new BackupError('BACKUP_DESTINATION_UNWRITABLE', (error as Error).message);
  return error;
}

/** Backups in a folder (the data folder's by default), newest first, read from their names only. */
export async function listBackupFiles(folder: string): Promise<{ file: string; name: string; kind: BackupKind; createdAt: Date }[]> {
  let names: string[];
  try {
    names = await readdir(folder);
  } catch {
    return [];
  }
  return names
    .flatMap((name) => {
      const parsed = parseBackupFileName(name);
      return parsed ? [{ file: join(folder, name), name, ...parsed }] : [];
    })
    .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || b.name.localeCompare(a.name));
}

/** Backups in a folder with their details read from the manifests (not hashed: call verifyBackup before use). */
export async function listBackups(folder: string): Promise<BackupListItem[]> {
  const result: BackupListItem[] = [];
  for (const f of await listBackupFiles(folder)) {
    const info = await readBackupInfo(f.file);
    result.push({ file: f.file, readable: info !== null, info });
  }
  return result;
}

/** The newest backup in the data folder that verifies completely, or null. */
export async function latestGoodBackup(dataDir: string): Promise<BackupInfo | null> {
  for (const f of await listBackupFiles(dataPaths(dataDir).backupsDir)) {
    const report = await verifyBackup(f.file);
    if (report.ok && report.info) return report.info;
  }
  return null;
}

/** Deletes backups the rotation no longer keeps, and temporaries left by a crash. Returns the names deleted. */
export async function pruneBackups(dataDir: string, policy: RotationPolicy = DEFAULT_ROTATION): Promise<string[]> {
  const { backupsDir } = dataPaths(dataDir);
  await removeStaleTempFiles(backupsDir);
  const files = await listBackupFiles(backupsDir);
  const doomed = backupsToPrune(files, policy);
  for (const name of doomed) await rm(join(backupsDir, name), { force: true });
  return doomed;
}

/** Removes staging folders of backups interrupted by a crash (they hold only copies). */
export function removeStaleStaging(dataDir: string): string[] {
  const { backupsDir } = dataPaths(dataDir);
  let names: string[];
  try {
    names = readdirSync(backupsDir);
  } catch {
    return [];
  }
  const stale = names.filter((n) => /^\.staging-[0-9a-f]{12}$/.test(n));
  for (const name of stale) rmSync(join(backupsDir, name), { recursive: true, force: true });
  return stale;
}

/** Takes today's daily backup unless one already exists for this office day. Returns it, or null if not due. */
export async function runDailyBackupIfDue(db: Db, dataDir: string, now: Date = new Date(), options: SqliteOptions = {}): Promise<BackupInfo | null> {
  const today = officeDay(now);
  const existing = await listBackupFiles(dataPaths(dataDir).backupsDir);
  if (existing.some((f) => f.kind === 'daily' && officeDay(f.createdAt) === today)) return null;
  return createBackup(db, dataDir, { ...options, kind: 'daily', now });
}

/** Opens a database file only to take a backup of it (e.g. before a restore replaces it). */
export async function backupDatabaseFile(dataDir: string, kind: BackupKind, options: SqliteOptions & { now?: Date } = {}): Promise<BackupInfo> {
  const db = openRaw(dataPaths(dataDir).dbFile, options);
  try {
    return await createBackup(db, dataDir, { ...options, kind });
  } finally {
    db.close();
  }
}
