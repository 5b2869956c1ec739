import type { BackupErrorCode } from './messages';

/** Why a backup was taken; automatic kinds live in `<dataDir>/backups/` under the rotation policy. */
export const BACKUP_KINDS = ['daily', 'pre-migration', 'pre-import', 'manual'] as const;
export type BackupKind = (typeof BACKUP_KINDS)[number];

/** One backup file as listed to the clerk (JSON: it crosses IPC). */
export type BackupInfo = {
  readonly file: string;
  readonly kind: BackupKind;
  /** ISO timestamp (UTC) of when the backup was taken. */
  readonly createdAt: string;
  readonly sizeBytes: number;
  readonly schemaVersion: number;
  readonly documentCount: number;
  readonly blobCount: number;
  /** Blobs referenced by the database that could not be included (missing or damaged on disk). */
  readonly missingBlobs: readonly string[];
};

/** A backup as listed: details from its manifest, `readable` false when the file is not a readable backup. */
export type BackupListItem = {
  readonly file: string;
  readonly readable: boolean;
  readonly info: BackupInfo | null;
};

export type BackupProblem = {
  readonly code: BackupErrorCode;
  /** The entry or blob concerned, when there is one. */
  readonly subject?: string;
  readonly detail?: string;
};

export type VerifyReport = {
  readonly ok: boolean;
  readonly file: string;
  readonly info: BackupInfo | null;
  readonly problems: readonly BackupProblem[];
};

export type DatabaseHealth = 'ok' | 'absent' | 'damaged' | 'unreadable';

/** The start-up check: what is wrong, and the backup the clerk is offered when something is. */
export type IntegrityReport = {
  readonly ok: boolean;
  readonly checkedAt: string;
  readonly database: DatabaseHealth;
  /** First lines of PRAGMA quick_check (or the open error) when the database is not ok. */
  readonly databaseMessages: readonly string[];
  readonly missingBlobs: readonly string[];
  readonly damagedBlobs: readonly string[];
  readonly problems: readonly BackupProblem[];
  readonly latestGoodBackup: BackupInfo | null;
};

export type RestoreResult = {
  readonly restoredFrom: string;
  readonly info: BackupInfo;
  /** Where the data that was replaced now lives (never deleted); null on an empty installation. */
  readonly replacedDir: string | null;
  /** The new sync identity epoch written by markRestoredIdentity. */
  readonly identityEpoch: string;
};

export type QuarantineResult = {
  readonly dir: string | null;
  readonly moved: readonly string[];
};
