import { randomBytes } from 'node:crypto';
import { mkdirSync, renameSync, rmSync } from 'node:fs';
import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { BackupInfo } from '../../shared/backup/types';
import { fsyncDirectorySync, tempPathFor } from '../fsutil/atomicWrite';
import { snapshotDatabaseSync, writeBackupArchive, type SqliteOptions } from './archive';
import { pruneBackups } from './create';
import { backupFileName, dataPaths, fileStamp, parseFileStamp } from './layout';

const PENDING = /^pending-pre-migration-(\d{8}T\d{6}Z)-[0-9a-f]{6}\.sqlite$/;

/**
 * The `beforeMigrate` hook for openDatabase. Migrations run synchronously inside openDatabase, so the hook takes
 * a synchronous, consistent snapshot (VACUUM INTO from a second connection) into `<dataDir>/backups/`;
 * completePendingBackups later packs it with the blobs into a regular verified backup. A brand-new database
 * (version 0) has nothing to protect and is skipped.
 */
export function preMigrationBackupHook(dataDir: string, options: SqliteOptions & { now?: () => Date } = {}): (fromVersion: number, toVersion: number) => void {
  return (fromVersion) => {
    if (fromVersion === 0) return;
    const { dbFile, backupsDir } = dataPaths(dataDir);
    mkdirSync(backupsDir, { recursive: true });
    const at = options.now?.() ?? new Date();
    const name = `pending-pre-migration-${fileStamp(at)}-${randomBytes(3).toString('hex')}.sqlite`;
    const temp = tempPathFor(join(backupsDir, name));
    try {
      snapshotDatabaseSync(dbFile, temp, options);
      renameSync(temp, join(backupsDir, name));
      fsyncDirectorySync(backupsDir);
    } catch (error) {
      rmSync(temp, { force: true });
      throw error;
    }
  };
}

export type PendingBackupsResult = { readonly created: BackupInfo[]; readonly failed: { file: string; error: string }[] };

/**
 * Turns pre-migration snapshots into regular backups. A snapshot that cannot be packed is left where it is:
 * it may be the only copy of the data as it was before the migration.
 */
export async function completePendingBackups(dataDir: string, options: SqliteOptions = {}): Promise<PendingBackupsResult> {
  const { backupsDir, blobsDir } = dataPaths(dataDir);
  const names = await readdir(backupsDir).catch(() => [] as string[]);
  const created: BackupInfo[] = [];
  const failed: { file: string; error: string }[] = [];
  for (const name of names) {
    const m = PENDING.exec(name);
    const createdAt = m ? parseFileStamp(m[1] ?? '') : null;
    if (!createdAt) continue;
    const snapshotFile = join(backupsDir, name);
    try {
      const target = join(backupsDir, backupFileName('pre-migration', createdAt));
      created.push(await writeBackupArchive({ snapshotFile, blobsDir, target, kind: 'pre-migration', createdAt, ...options }));
      await rm(snapshotFile, { force: true });
    } catch (error) {
      failed.push({ file: snapshotFile, error: error instanceof Error ? error.message : String(error) });
    }
  }
  if (created.length > 0) await pruneBackups(dataDir);
  return { created, failed };
}
