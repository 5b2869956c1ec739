import type { Statement } from 'better-sqlite3';
import type { Db } from './open';

/**
 * The same connection, with `prepare` remembered by SQL text for the life of the returned object. Applying a
 * bundle or importing an old archive runs the archive's insert functions once per document, each preparing its
 * statements again; compiling them once makes such a run several times cheaper. A statement's output mode (pluck,
 * raw, expand) is reset on every hand-out, because callers set it on the statement itself.
 */
export function withStatementCache(db: Db): Db {
  const cache = new Map<string, Statement>();
  const prepare = (sql: string): Statement => {
    let statement = cache.get(sql);
    if (!statement) {
      statement = db.prepare(sql);
      cache.set(sql, statement);
    }
    if (statement.reader) statement.pluck(false).expand(false).raw(false);
    return statement;
  };
  return new Proxy(db, {
    get(target, property) {
      if (property === 'prepare') return prepare;
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}
