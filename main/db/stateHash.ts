import { createHash, type Hash } from 'node:crypto';
import type { Database } from 'better-sqlite3';

export type StateHashOptions = {
  /** Tables left out of the hash, e.g. per-device bookkeeping when two offices are compared. */
  readonly skipTables?: readonly string[];
};

type TableListRow = { schema: string; name: string; type: string };
type ColumnRow = { name: string; pk: number };

/**
 * SHA-256 over a canonical dump of every ordinary table: what two databases hold, independent of the order rows
 * were written in, of page layout and of the search index (FTS tables are derived data and are skipped).
 */
export function stateHash(db: Database, options: StateHashOptions = {}): string {
  const hash = createHash('sha256');
  for (const table of hashedTables(db, options.skipTables ?? [])) hashTable(db, table, hash);
  return hash.digest('hex');
}

/** The tables stateHash covers, sorted by name. */
export function hashedTables(db: Database, skip: readonly string[] = []): string[] {
  const rows = db.prepare('PRAGMA main.table_list').all() as TableListRow[];
  return rows
    .filter((r) => r.schema === 'main' && r.type === 'table' && !r.name.startsWith('sqlite_') && !skip.includes(r.name))
    .map((r) => r.name)
    .sort();
}

function hashTable(db: Database, table: string, hash: Hash): void {
  const columns = db.prepare(`PRAGMA main.table_info(${quoteIdent(table)})`).all() as ColumnRow[];
  const names = columns.map((c) => c.name);
  const keyColumns = columns
    .filter((c) => c.pk > 0)
    .sort((a, b) => a.pk - b.pk)
    .map((c) => c.name);
  // Without a declared key every column takes part in the order, so equal contents always dump identically.
  const orderBy = (keyColumns.length > 0 ? keyColumns : names).map(quoteIdent).join(', ');
  hash.update(`table ${JSON.stringify(table)} ${JSON.stringify(names)}\n`);
  const select = db.prepare(`SELECT ${names.map(quoteIdent).join(', ')} FROM main.${quoteIdent(table)} ORDER BY ${orderBy}`);
  for (const row of select.raw(true).safeIntegers(true).iterate() as IterableIterator<unknown[]>) {
    hash.update(row.map(encodeValue).join('\u001f'));
    hash.update('\n');
  }
}

function encodeValue(value: unknown): string {
  if (value === null) return 'n';
  if (typeof value === 'bigint') return `i${value.toString()}`;
  if (typeof value === 'number') return `r${Object.is(value, -0) ? '0' : String(value)}`;
  if (typeof value === 'string') return `t${JSON.stringify(value)}`;
  if (value instanceof Uint8Array) return `b${Buffer.from(value).toString('hex')}`;
  throw new Error(`Unexpected SQLite value of type ${typeof value}`);
}

export function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}
