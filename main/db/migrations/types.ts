import type { Database } from 'better-sqlite3';

/**
 * One schema step. Versions go up in steps of 10 and each file holds one migration; `up` runs inside the
 * transaction that applies every pending migration, so it must be synchronous and must not commit.
 */
export type Migration = {
  readonly version: number;
  readonly name: string;
  /** Set on a step that corrects rows and leaves the schema as it was. */
  readonly dataOnly?: true;
  up(db: Database): void;
};
