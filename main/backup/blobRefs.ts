import type { Db } from '../db/open';
import { hashedTables, quoteIdent } from '../db/stateHash';
import { isSha256 } from './layout';

type ColumnRow = { name: string };

/** The exchange journals name bundle files by their hash; those files live in the inbox and the exports folder, not among the blobs. */
const BUNDLE_JOURNALS = ['imported_bundles', 'exported_bundles'];

/**
 * Every blob the database refers to. By convention a column holding a blob's hash is named `sha256` or ends in
 * `_sha256`, so tables added later (drafts, sync) are covered without changing this file.
 */
export function referencedBlobs(db: Db): string[] {
  const found = new Set<string>();
  for (const table of hashedTables(db, BUNDLE_JOURNALS)) {
    const columns = (db.prepare(`PRAGMA main.table_info(${quoteIdent(table)})`).all() as ColumnRow[])
      .map((c) => c.name)
      .filter((name) => name === 'sha256' || name.endsWith('_sha256'));
    for (const column of columns) {
      const values = db.prepare(`SELECT DISTINCT ${quoteIdent(column)} FROM main.${quoteIdent(table)}`).pluck().all() as unknown[];
      for (const value of values) if (typeof value === 'string' && isSha256(value)) found.add(value);
    }
  }
  return [...found].sort();
}
