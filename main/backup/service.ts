import { BackupError } from '../../shared/backup/messages';
import type { BackupInfo, BackupListItem, IntegrityReport, QuarantineResult, RestoreResult, VerifyReport } from '../../shared/backup/types';
import type { Db } from '../db/open';
import { removeStaleTempFilesSync } from '../fsutil/atomicWrite';
import type { SqliteOptions } from './archive';
import { createBackup, exportBackupTo, listBackups, removeStaleStaging, runDailyBackupIfDue } from './create';
import { checkIntegrity, quarantineDamaged } from './integrity';
import { dataPaths } from './layout';
import { completePendingBackups, type PendingBackupsResult } from './migrationHook';
import { finishInterruptedRestore, restoreBackup } from './restore';
import type { RotationPolicy } from './rotation';
import { verifyBackup } from './verify';
import { runInWorker } from '../workers/runInWorker';

export type BackupServiceDeps = SqliteOptions & {
  readonly dataDir: string;
  readonly getDb: () => Db;
  /** Closes the live database before a restore swaps the files; required for restore. */
  readonly closeDb?: () => void;
  /** Opens the (restored) database again, migrations included. */
  readonly reopenDb?: () => void;
  readonly rotation?: RotationPolicy;
  /** Runs the integrity check in a worker thread, so the window is answered while every page is read. */
  readonly inWorker?: boolean;
};

/** Every input and output is plain JSON: these calls travel over IPC and HTTP unchanged. */
export type BackupService = {
  create(input: { kind?: 'manual' | 'pre-import' }): Promise<BackupInfo>;
  exportTo(input: { folder: string }): Promise<BackupInfo>;
  /** Backups in the data folder, or in `folder` (a USB stick) when given. */
  list(input?: { folder?: string }): Promise<BackupListItem[]>;
  verify(input: { file: string }): Promise<VerifyReport>;
  restore(input: { file: string; confirmed: boolean }): Promise<RestoreResult>;
  checkIntegrity(input?: { hashBlobs?: boolean }): Promise<IntegrityReport>;
  quarantine(): Promise<QuarantineResult>;
  runDailyBackupIfDue(now?: string): Promise<BackupInfo | null>;
  completePendingBackups(): Promise<PendingBackupsResult>;
};

export function createBackupService(deps: BackupServiceDeps): BackupService {
  const sqlite: SqliteOptions = deps.nativeBinding ? { nativeBinding: deps.nativeBinding } : {};
  // Every page of the archive is read: in a worker thread when asked, so the window is answered meanwhile.
  const check = (hashBlobs: boolean): Promise<IntegrityReport> => {
    const options = { ...sqlite, hashBlobs };
    return deps.inWorker
      ? runInWorker<IntegrityReport>('integrityWorker', { dataDir: deps.dataDir, options }, 'Luồng kiểm tra kho dừng bất thường')
      : checkIntegrity(deps.dataDir, options);
  };
  let running = false;
  // One backup or restore at a time: two restores, or a backup during a restore, would race on the same files.
  const exclusive = async <T>(work: () => Promise<T>): Promise<T> => {
    if (running) throw new BackupError('BACKUP_BUSY');
    running = true;
    try {
      return await work();
    } finally {
      running = false;
    }
  };

  return {
    create: ({ kind = 'manual' }) =>
      exclusive(() => createBackup(deps.getDb(), deps.dataDir, { ...sqlite, kind, ...(deps.rotation ? { rotation: deps.rotation } : {}) })),
    exportTo: ({ folder }) => exclusive(() => exportBackupTo(deps.getDb(), deps.dataDir, folder, sqlite)),
    list: (input) => listBackups(input?.folder ?? dataPaths(deps.dataDir).backupsDir),
    verify: ({ file }) => verifyBackup(file),
    restore: ({ file, confirmed }) =>
      exclusive(async () => {
        if (confirmed !== true) throw new BackupError('RESTORE_NOT_CONFIRMED');
        if (!deps.closeDb || !deps.reopenDb) throw new BackupError('RESTORE_DATABASE_IN_USE');
        // Checked before the database is closed, so a bad file never interrupts the clerk's work.
        const report = await verifyBackup(file);
        const first = report.problems[0];
        if (first) throw new BackupError(first.code, first.subject);
        deps.closeDb();
        try {
          return await restoreBackup(file, deps.dataDir, sqlite);
        } finally {
          deps.reopenDb();
        }
      }),
    checkIntegrity: (input) => check(input?.hashBlobs ?? false),
    quarantine: () =>
      exclusive(async () => {
        const report = await check(true);
        if (report.database === 'damaged' || report.database === 'unreadable') deps.closeDb?.();
        return quarantineDamaged(deps.dataDir, report);
      }),
    runDailyBackupIfDue: (now) => exclusive(() => runDailyBackupIfDue(deps.getDb(), deps.dataDir, now ? new Date(now) : new Date(), sqlite)),
    completePendingBackups: () => exclusive(() => completePendingBackups(deps.dataDir, sqlite)),
  };
}

/**
 * Housekeeping before the database is opened at start (synchronous, so it fits a synchronous composition root):
 * finish a restore a crash interrupted, then sweep the temporaries of interrupted backups. Returns true when a
 * restore was completed.
 */
export function recoverDataDirAtStart(dataDir: string): boolean {
  const finished = finishInterruptedRestore(dataDir);
  removeStaleStaging(dataDir);
  removeStaleTempFilesSync(dataPaths(dataDir).backupsDir);
  return finished;
}
