import { rm } from 'node:fs/promises';
import Database from 'better-sqlite3';
import yazl from 'yazl';
import { BackupError } from '../../shared/backup/messages';
import type { BackupInfo, BackupKind } from '../../shared/backup/types';
import type { Db } from '../db/open';
import { fsyncFile, writeFileAtomicFrom } from '../fsutil/atomicWrite';
import { referencedBlobs } from './blobRefs';
import { blobFile, blobRelativePath, DB_FILE_NAME } from './layout';
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, MANIFEST_NAME, serializeManifest, type BackupManifest, type ManifestEntry } from './manifest';
import { verifyBackup } from './verify';
import { digestFile } from './zipRead';

export type SqliteOptions = {
  /** better_sqlite3.node built for Electron, as for openDatabase. */
  readonly nativeBinding?: string;
};

export function openRaw(file: string, options: SqliteOptions & { readonly?: boolean } = {}): Db {
  return new Database(file, {
    fileMustExist: true,
    readonly: options.readonly ?? false,
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
  });
}

/**
 * A consistent copy of the live database through SQLite's online backup, while the program keeps working.
 * The copy is switched to rollback-journal mode so it is one self-contained file.
 */
export async function snapshotDatabase(db: Db, target: string, options: SqliteOptions = {}): Promise<void> {
  await db.backup(target);
  const copy = openRaw(target, options);
  try {
    copy.pragma('journal_mode = DELETE');
  } finally {
    copy.close();
  }
  await fsyncFile(target);
}

/** The same for code that cannot await (the pre-migration hook): VACUUM INTO through a second connection. */
export function snapshotDatabaseSync(sourceFile: string, target: string, options: SqliteOptions = {}): void {
  const source = openRaw(sourceFile, { ...options, readonly: true });
  try {
    source.prepare('VACUUM INTO ?').run(target);
  } finally {
    source.close();
  }
}

export type SnapshotFacts = {
  readonly schemaVersion: number;
  readonly documentCount: number;
  readonly blobs: readonly string[];
};

/** Checks a snapshot before it is archived: a damaged database must never push good backups out of rotation. */
export function readSnapshotFacts(file: string, options: SqliteOptions = {}): SnapshotFacts {
  const db = openRaw(file, options);
  try {
    const check = db.pragma('quick_check', { simple: true });
    if (check !== 'ok') throw new BackupError('BACKUP_SOURCE_DAMAGED', String(check));
    const hasDocuments = db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'documents'").get() !== undefined;
    return {
      schemaVersion: db.pragma('user_version', { simple: true }) as number,
      documentCount: hasDocuments ? (db.prepare('SELECT count(*) FROM documents').pluck().get() as number) : 0,
      blobs: referencedBlobs(db),
    };
  } catch (error) {
    if (error instanceof BackupError) throw error;
    throw new BackupError('BACKUP_SOURCE_DAMAGED', error instanceof Error ? error.message : String(error));
  } finally {
    db.close();
  }
}

export type ArchiveRequest = {
  readonly snapshotFile: string;
  readonly blobsDir: string;
  readonly target: string;
  readonly kind: BackupKind;
  readonly createdAt: Date;
} & SqliteOptions;

/**
 * Packs a database snapshot and the blobs it refers to into one ZIP with a manifest of SHA-256 sums, writes it
 * atomically, then reads every byte back and checks it before reporting success.
 */
export async function writeBackupArchive(request: ArchiveRequest): Promise<BackupInfo> {
  const facts = readSnapshotFacts(request.snapshotFile, request);
  const zip = new yazl.ZipFile();
  const entries: ManifestEntry[] = [];
  const missingBlobs: string[] = [];

  const dbDigest = await digestFile(request.snapshotFile);
  entries.push({ name: DB_FILE_NAME, ...dbDigest });
  zip.addFile(request.snapshotFile, DB_FILE_NAME, { compress: true });

  for (const sha of facts.blobs) {
    const path = blobFile(request.blobsDir, sha);
    const digest = await digestFile(path).catch(() => null);
    // A blob that is gone or no longer matches its name is reported, not copied: the backup must only hold truth.
    if (!digest || digest.sha256 !== sha) {
      missingBlobs.push(sha);
      continue;
    }
    const name = `blobs/${blobRelativePath(sha)}`;
    entries.push({ name, ...digest });
    // DOCX and PDF are already compressed; deflating them again costs time for nothing.
    zip.addFile(path, name, { compress: false });
  }

  const manifest: BackupManifest = {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    kind: request.kind,
    createdAt: request.createdAt.toISOString(),
    schemaVersion: facts.schemaVersion,
    documentCount: facts.documentCount,
    blobCount: entries.length - 1,
    missingBlobs,
    entries,
  };
  zip.addBuffer(serializeManifest(manifest), MANIFEST_NAME);
  zip.end();
  await writeFileAtomicFrom(request.target, zip.outputStream);

  const report = await verifyBackup(request.target);
  // Only the bytes are in question here; a schema this program cannot restore is not damage.
  const damage = report.problems.filter((p) => p.code !== 'BACKUP_TOO_NEW');
  if (damage.length > 0 || !report.info) {
    await rm(request.target, { force: true });
    throw new BackupError('BACKUP_VERIFY_FAILED', damage.map((p) => `${p.subject ?? ''} ${p.detail ?? p.code}`).join('; '));
  }
  return report.info;
}
