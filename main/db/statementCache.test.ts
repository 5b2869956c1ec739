import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from './open';
import { createTempDirs } from '../../tests/helpers/tempDir';
import { withStatementCache } from './statementCache';

const temp = createTempDirs('vanthu-stmt-');
afterEach(() => temp.cleanup());

describe('withStatementCache', () => {
  it('compiles each SQL text once and hands it out without the output mode a previous caller set', () => {
    const real = openDatabase(join(temp.make(), 'a.sqlite'));
    const db = withStatementCache(real);
    db.prepare("INSERT INTO settings (key, value) VALUES ('a', 'một')").run();
    const sql = 'SELECT value FROM settings WHERE key = ?';
    expect(db.prepare(sql).pluck().get('a')).toBe('một');
    expect(db.prepare(sql)).toBe(db.prepare(sql));
    expect(db.prepare(sql).get('a')).toEqual({ value: 'một' });
    expect(db.prepare(sql).raw().get('a')).toEqual(['một']);
    expect(db.prepare(sql).all('a')).toEqual([{ value: 'một' }]);
    // Transactions and properties still reach the real connection.
    db.transaction(() => db.prepare("UPDATE settings SET value = 'hai' WHERE key = 'a'").run())();
    expect(real.prepare(sql).pluck().get('a')).toBe('hai');
    expect(db.open).toBe(true);
    real.close();
  });
});
