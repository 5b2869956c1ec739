import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmdirSync, rmSync } from 'node:fs';
import { mkdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { BackupError } from '../../shared/backup/messages';
import type { RestoreResult } from '../../shared/backup/types';
import { fsyncDirectorySync, writeFileAtomicSync } from '../fsutil/atomicWrite';
import { openRaw, type SqliteOptions } from './archive';
import { markRestoredIdentity } from './identity';
import { DB_COMPANION_SUFFIXES, DB_FILE_NAME, dataPaths, fileStamp } from './layout';
import { infoFromManifest } from './manifest';
import { readBackup } from './verify';

const JOURNAL_NAME = 'restore-journal.json';

/** What a swap moves, recorded before the first rename so a crash midway can be finished at the next start. */
type RestoreJournal = { readonly staging: string; readonly replacedDir: string };

/**
 * Restores a backup file into `dataDir`. The live database must be closed. The backup is unpacked into a staging
 * folder, checked byte by byte and with integrity_check, given a fresh sync identity, and only then swapped in;
 * whatever it replaces is moved to `<dataDir>/replaced-<time>/`, never deleted.
 */
export async function restoreBackup(file: string, dataDir: string, options: SqliteOptions & { now?: Date } = {}): Promise<RestoreResult> {
  const now = options.now ?? new Date();
  await mkdir(dataDir, { recursive: true });
  finishInterruptedRestore(dataDir);
  const staging = join(dataDir, `.restore-${fileStamp(now)}-${randomBytes(3).toString('hex')}`);
  await mkdir(staging);
  let identityEpoch: string;
  let reading: Awaited<ReturnType<typeof readBackup>>;
  try {
    reading = await readBackup(file, staging);
    const first = reading.problems[0];
    if (first || !reading.manifest) throw new BackupError(first?.code ?? 'BACKUP_FILE_INVALID', first ? `${first.subject ?? ''} ${first.detail ?? ''}`.trim() : undefined);
    identityEpoch = prepareStagedDatabase(join(staging, DB_FILE_NAME), now, options);
    await mkdir(join(staging, 'blobs'), { recursive: true });
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
  const hadData = existsSync(dataPaths(dataDir).dbFile) || existsSync(dataPaths(dataDir).blobsDir);
  const journal: RestoreJournal = { staging, replacedDir: join(dataDir, `replaced-${fileStamp(now)}-${randomBytes(3).toString('hex')}`) };
  writeFileAtomicSync(join(dataDir, JOURNAL_NAME), JSON.stringify(journal));
  applySwap(dataDir, journal);
  const info = infoFromManifest(file, (await stat(file)).size, reading.manifest);
  return { restoredFrom: file, info, replacedDir: hadData ? journal.replacedDir : null, identityEpoch };
}

function prepareStagedDatabase(dbFile: string, now: Date, options: SqliteOptions): string {
  const db = openRaw(dbFile, options);
  try {
    const check = db.pragma('integrity_check', { simple: true });
    if (check !== 'ok') throw new BackupError('BACKUP_FILE_DAMAGED', `integrity_check: ${String(check)}`);
    const epoch = markRestoredIdentity(db, 'restore', now);
    db.pragma('journal_mode = DELETE');
    return epoch;
  } finally {
    db.close();
  }
}

/**
 * Completes a restore that a crash interrupted during the swap; a no-op when there is none. Call it at start,
 * before the database is opened: a half-done swap could otherwise look like an empty installation.
 */
export function finishInterruptedRestore(dataDir: string): boolean {
  const journalFile = join(dataDir, JOURNAL_NAME);
  if (!existsSync(journalFile)) return false;
  let journal: RestoreJournal;
  try {
    journal = JSON.parse(readFileSync(journalFile, 'utf8')) as RestoreJournal;
  } catch {
    // The journal is written atomically, so an unreadable one was never acted on.
    rmSync(journalFile, { force: true });
    return false;
  }
  applySwap(dataDir, journal);
  return true;
}

// Each step is guarded by "the staged item is still waiting", so running this again after a crash only does
// what is left. Old WAL/SHM files go aside before the new database arrives: SQLite would replay them into it.
function applySwap(dataDir: string, journal: RestoreJournal): void {
  const { dbFile, blobsDir } = dataPaths(dataDir);
  const stagedDb = join(journal.staging, DB_FILE_NAME);
  const stagedBlobs = join(journal.staging, 'blobs');
  try {
    mkdirSync(journal.replacedDir, { recursive: true });
    if (existsSync(stagedDb)) {
      for (const suffix of ['', ...DB_COMPANION_SUFFIXES]) moveAside(`${dbFile}${suffix}`, join(journal.replacedDir, `${DB_FILE_NAME}${suffix}`));
      renameSync(stagedDb, dbFile);
    }
    if (existsSync(stagedBlobs)) {
      moveAside(blobsDir, join(journal.replacedDir, 'blobs'));
      renameSync(stagedBlobs, blobsDir);
    }
    fsyncDirectorySync(journal.replacedDir);
    fsyncDirectorySync(dataDir);
  } catch (error) {
    throw new BackupError('RESTORE_FAILED', error instanceof Error ? error.message : String(error));
  }
  rmSync(join(dataDir, JOURNAL_NAME), { force: true });
  rmSync(journal.staging, { recursive: true, force: true });
  removeIfEmpty(journal.replacedDir);
}

function moveAside(path: string, target: string): void {
  if (existsSync(path)) renameSync(path, target);
}

function removeIfEmpty(dir: string): void {
  try {
    rmdirSync(dir);
  } catch {
    // Not empty (it holds the replaced data) or already gone: either way nothing to do.
  }
}
