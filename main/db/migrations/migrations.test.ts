import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/errors';
import { migrate, openDatabase } from '../open';
import { checkMigrationOrder, LATEST_SCHEMA_VERSION, MIGRATIONS } from './index';

const dirs: string[] = [];
function tempFile(): string {
  const dir = mkdtempSync(join(tmpdir(), 'vanthu-mig-'));
  dirs.push(dir);
  return join(dir, 'office.sqlite');
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function tables(db: Database.Database): string[] {
  return (db.prepare("SELECT name FROM sqlite_master WHERE type IN ('table') ORDER BY name").all() as { name: string }[]).map(
    (r) => r.name,
  );
}

function schema(db: Database.Database): string {
  return (db.prepare('SELECT sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY name').all() as { sql: string }[]).map((r) => r.sql).join('\n');
}

describe('migrations', () => {
  it('rise in steps of 10', () => {
    expect(() => checkMigrationOrder(MIGRATIONS)).not.toThrow();
    expect(() => checkMigrationOrder([...MIGRATIONS, { version: 15, name: 'x', up() {} }])).toThrow();
  });

  it('open a new file with WAL, foreign keys and the latest user_version', () => {
    const db = openDatabase(tempFile());
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    db.close();
  });

  it.each(MIGRATIONS.map((m) => [m.version, m.name, m] as const))('migration %i (%s) applies on top of the previous ones', (version, _name, m) => {
    const db = new Database(tempFile());
    const before = MIGRATIONS.filter((x) => x.version < version);
    migrate(db, before);
    const schemaBefore = schema(db);
    migrate(db, [...before, m]);
    expect(db.pragma('user_version', { simple: true })).toBe(version);
    if (m.dataOnly) expect(schema(db), 'a data-only migration keeps the schema').toBe(schemaBefore);
    else expect(schema(db), 'the migration changes the schema').not.toBe(schemaBefore);
    for (const t of tables(db).filter((t) => !t.includes('_fts'))) {
      const sql = (db.prepare('SELECT sql FROM sqlite_master WHERE name = ?').get(t) as { sql: string }).sql;
      expect(sql, `${t} is STRICT`).toMatch(/STRICT\s*$/);
    }
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
  });

  it('refuses a database newer than the program and leaves it untouched', () => {
    const file = tempFile();
    const raw = new Database(file);
    raw.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 10}`);
    raw.close();
    expect(() => openDatabase(file)).toThrow(AppError);
    const again = new Database(file);
    expect(again.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION + 10);
    expect(tables(again)).toEqual([]);
    again.close();
  });

  it('drops the citations of a document’s own number (430)', () => {
    const db = new Database(tempFile());
    migrate(db, MIGRATIONS.filter((m) => m.version < 430));
    const now = '2026-01-01T00:00:00Z';
    db.prepare(
      `INSERT INTO documents (id, direction, type_id, number_symbol, number_symbol_key, issuer, issuer_key, subject, created_at, updated_at)
       VALUES ('d1', 'incoming', 'notice', '108/TB-LĐLĐ', '108/tb-ldld', 'LĐLĐ TỈNH', 'ldld tinh', 'Thông báo', ?, ?)`,
    ).run(now, now);
    const cite = db.prepare("INSERT INTO citations (document_id, position, number_symbol, number_symbol_key) VALUES ('d1', ?, ?, ?)");
    cite.run(0, '108/TB-LĐLĐ', '108/tb-ldld');
    cite.run(1, '02-NQ/TW', '02-nq/tw');
    migrate(db);
    expect(db.prepare('SELECT number_symbol FROM citations ORDER BY position').pluck().all()).toEqual(['02-NQ/TW']);
    db.close();
  });

  it('keeps existing sổ đến entries open and uncancelled (460)', () => {
    const db = new Database(tempFile());
    migrate(db, MIGRATIONS.filter((m) => m.version < 460));
    const now = '2026-01-01T00:00:00Z';
    db.prepare(
      `INSERT INTO documents (id, direction, type_id, issuer, issuer_key, subject, created_at, updated_at)
       VALUES ('d1', 'incoming', 'notice', 'LĐLĐ TỈNH', 'ldld tinh', 'Thông báo', ?, ?)`,
    ).run(now, now);
    db.prepare("INSERT INTO incoming (document_id, year, arrival_number, arrived_on, registered_at) VALUES ('d1', 2026, 1, '2026-01-01', ?)").run(now);
    migrate(db);
    expect(db.prepare('SELECT status, cancelled_on, cancel_reason FROM incoming').get()).toEqual({ status: 'pending', cancelled_on: null, cancel_reason: '' });
    db.close();
  });

  it('keeps Party-style numbers as printed and links their citations (450)', () => {
    const db = new Database(tempFile());
    migrate(db, MIGRATIONS.filter((m) => m.version < 450));
    const now = '2026-01-01T00:00:00Z';
    const insert = db.prepare(
      `INSERT INTO documents (id, direction, type_id, number_text, symbol, number_symbol, number_symbol_key, issuer, issuer_key, issued_year, subject, created_at, updated_at)
       VALUES (?, 'incoming', ?, ?, ?, ?, ?, ?, ?, 2026, 'Trích yếu', ?, ?)`,
    );
    insert.run('gm', 'invitation', '45', 'GM/ĐU', '45/GM/ĐU', '45/gm/du', 'Đảng ủy xã', 'dang uy xa', now, now);
    insert.run('tb', 'notice', '108', 'TB-LĐLĐ', '108/TB-LĐLĐ', '108/tb-ldld', 'LĐLĐ tỉnh', 'ldld tinh', now, now);
    // The same invitation, stored once more under the other spelling's key: both rows stay.
    insert.run('gm2', 'invitation', '45', 'GM/ĐU', '45-GM/ĐU', '45-gm/du', 'Đảng ủy xã', 'dang uy xa', now, now);
    const cite = db.prepare('INSERT INTO citations (document_id, position, number_symbol, number_symbol_key) VALUES (?, ?, ?, ?)');
    cite.run('tb', 0, '45-GM/ĐU', '45-gm/du');
    cite.run('gm', 0, '45-GM/ĐU', '45-gm/du');
    cite.run('gm', 1, '02-NQ/TW', '02-nq/tw');
    migrate(db);
    const rows = db.prepare('SELECT id, number_symbol, number_symbol_key FROM documents ORDER BY id').all();
    expect(rows).toEqual([
      { id: 'gm', number_symbol: '45-GM/ĐU', number_symbol_key: '45/gm/du' },
      { id: 'gm2', number_symbol: '45-GM/ĐU', number_symbol_key: '45-gm/du' },
      { id: 'tb', number_symbol: '108/TB-LĐLĐ', number_symbol_key: '108/tb-ldld' },
    ]);
    expect(db.prepare('SELECT document_id, number_symbol, number_symbol_key FROM citations ORDER BY document_id, position').all()).toEqual([
      { document_id: 'gm', number_symbol: '02-NQ/TW', number_symbol_key: '2/nq/tw' },
      { document_id: 'tb', number_symbol: '45-GM/ĐU', number_symbol_key: '45/gm/du' },
    ]);
    db.close();
  });

  it('rolls back every pending migration when one fails', () => {
    const db = new Database(tempFile());
    const broken = { version: LATEST_SCHEMA_VERSION + 10, name: 'broken', up: (d: Database.Database) => d.exec('CREATE TABLE nope (') };
    expect(() => migrate(db, [...MIGRATIONS, broken])).toThrow();
    expect(db.pragma('user_version', { simple: true })).toBe(0);
    expect(tables(db)).toEqual([]);
    db.close();
  });
});
