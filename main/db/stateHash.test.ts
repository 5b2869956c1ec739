import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { type Db, openDatabase } from './open';
import { hashedTables, stateHash } from './stateHash';

const dirs: string[] = [];
function newDb(): Db {
  const dir = mkdtempSync(join(tmpdir(), 'vanthu-hash-'));
  dirs.push(dir);
  return openDatabase(join(dir, 'office.sqlite'));
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const NOW = '2025-03-01T08:00:00.000Z';
function addDocument(db: Db, id: string, subject: string): void {
  db.prepare(
    `INSERT INTO documents (id, direction, type_id, issuer, issuer_key, subject, created_at, updated_at)
     VALUES (?, 'incoming', 'notice', 'LĐLĐ tỉnh', 'ldld tinh', ?, ?, ?)`,
  ).run(id, subject, NOW, NOW);
}

describe('stateHash', () => {
  it('is the same whatever order the rows were written in', () => {
    const a = newDb();
    const b = newDb();
    addDocument(a, 'd1', 'Thông báo kết luận');
    addDocument(a, 'd2', 'Kế hoạch tháng Công nhân');
    addDocument(b, 'd2', 'Kế hoạch tháng Công nhân');
    addDocument(b, 'd1', 'Thông báo kết luận');
    a.prepare("INSERT INTO settings (key, value) VALUES ('office.name', 'CĐCS'), ('office.place', 'Huế')").run();
    b.prepare("INSERT INTO settings (key, value) VALUES ('office.place', 'Huế'), ('office.name', 'CĐCS')").run();
    expect(stateHash(a)).toMatch(/^[0-9a-f]{64}$/);
    expect(stateHash(a)).toBe(stateHash(b));
  });

  it('changes with a single character, a type, or a NULL', () => {
    const db = newDb();
    addDocument(db, 'd1', 'Học tập suốt đời');
    const base = stateHash(db);
    db.prepare("UPDATE documents SET subject = 'Học tập suốt đơi' WHERE id = 'd1'").run();
    const edited = stateHash(db);
    expect(edited).not.toBe(base);
    db.prepare("UPDATE documents SET number_text = '' WHERE id = 'd1'").run();
    const emptyText = stateHash(db);
    expect(emptyText).not.toBe(edited);
    db.prepare("UPDATE documents SET number_text = NULL WHERE id = 'd1'").run();
    expect(stateHash(db)).toBe(edited);
  });

  it('ignores the search index and the tables it is told to skip', () => {
    const db = newDb();
    addDocument(db, 'd1', 'Báo cáo');
    const tables = hashedTables(db);
    expect(tables).toContain('documents');
    expect(tables.some((t) => t.startsWith('documents_fts'))).toBe(false);
    const base = stateHash(db);
    const baseWithoutAudit = stateHash(db, { skipTables: ['audit'] });
    expect(baseWithoutAudit).not.toBe(base);
    db.prepare('INSERT INTO documents_fts (rowid, subject) VALUES (1, ?)').run('bao cao');
    expect(stateHash(db)).toBe(base);
    db.prepare("INSERT INTO audit (at, action, entity, entity_id) VALUES (?, 'create', 'document', 'd1')").run(NOW);
    expect(stateHash(db)).not.toBe(base);
    expect(stateHash(db, { skipTables: ['audit'] })).toBe(baseWithoutAudit);
  });

  it('orders keyless tables by every column and tells integers from reals and blobs from text', () => {
    const make = (rows: [unknown, unknown][]): string => {
      const db = new Database(':memory:');
      db.exec('CREATE TABLE loose (a ANY, b ANY) STRICT');
      for (const r of rows) db.prepare('INSERT INTO loose VALUES (?, ?)').run(...r);
      const h = stateHash(db);
      db.close();
      return h;
    };
    expect(make([[1, 'x'], [2, 'y']])).toBe(make([[2, 'y'], [1, 'x']]));
    expect(make([[1, 'x']])).not.toBe(make([[1.5, 'x']]));
    expect(make([[1, 'ab']])).not.toBe(make([[1, Buffer.from('ab')]]));
    expect(make([[2 ** 62, 'big']])).not.toBe(make([[2 ** 62 + 1024, 'big']]));
  });
});
