import Database from 'better-sqlite3';
import { AppError } from '../../shared/errors';
import { checkMigrationOrder, LATEST_SCHEMA_VERSION, MIGRATIONS } from './migrations/index';
import type { Migration } from './migrations/types';

export type Db = Database.Database;

export type OpenOptions = {
  readonly readonly?: boolean;
  /** Path to a better_sqlite3.node built for another ABI (the Electron build). */
  readonly nativeBinding?: string;
  /** Called with the file path before pending migrations run, so a backup can be taken first. */
  readonly beforeMigrate?: (fromVersion: number, toVersion: number) => void;
  readonly migrations?: readonly Migration[];
};

export function applyPragmas(db: Db): void {
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  // FULL: a saved draft or registration must survive a power cut, not only a crash of the program.
  db.pragma('synchronous = FULL');
  db.pragma('busy_timeout = 5000');
}

/** Runs every pending migration in one transaction; refuses a database written by a newer program. */
export function migrate(db: Db, migrations: readonly Migration[] = MIGRATIONS, beforeMigrate?: OpenOptions['beforeMigrate']): void {
  checkMigrationOrder(migrations);
  const latest = migrations.at(-1)?.version ?? 0;
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > latest) throw new AppError('DATABASE_TOO_NEW', { detail: `schema ${current} > ${latest}` });
  const pending = migrations.filter((m) => m.version > current);
  if (pending.length === 0) return;
  beforeMigrate?.(current, latest);
  db.transaction(() => {
    for (const m of pending) m.up(db);
    db.pragma(`user_version = ${latest}`);
  }).immediate();
}

/** Opens (creating if needed) an office database with the house pragmas and the schema up to date. */
export function openDatabase(file: string, options: OpenOptions = {}): Db {
  const db = new Database(file, {
    readonly: options.readonly ?? false,
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
  });
  try {
    applyPragmas(db);
    if (!options.readonly) migrate(db, options.migrations ?? MIGRATIONS, options.beforeMigrate);
    return db;
  } catch (error) {
    db.close();
    if (error instanceof AppError) throw error;
    if (error instanceof Error && /not a database|malformed/i.test(error.message)) {
      throw new AppError('DATABASE_CORRUPT', { detail: error.message });
    }
    throw error;
  }
}

export { LATEST_SCHEMA_VERSION };
