import { closeSync, fsyncSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { insertDocument } from '../../main/archive/documentsRepo';
import { searchTags } from '../../main/archive/searchTags';
import { openDatabase, type Db } from '../../main/db/open';
import { exportBundle } from '../../main/sync/exportBundle';
import { importBundle } from '../../main/sync/importBundle';
import { publishIssued } from '../../main/sync/publish';
import { foldText } from '../../shared/text/fold';
import { setUpNetwork } from '../integration/sync/offices';
import { corpus, rng, type BenchDocument } from './corpus';

const seconds = (since: number) => (performance.now() - since) / 1000;

/** One province → office bundle of `docs` directives, the first `files` of them with an attached file. */
async function exchange(dir: string, documents: BenchDocument[], files: number, fileBytes: number) {
  mkdirSync(dir, { recursive: true });
  const { province, offices } = setUpNetwork(join(dir, 'net'), ['CD-B']);
  const office = offices[0]!;
  const random = rng(3);
  const blobs: Uint8Array[] = [];
  province.db.transaction(() => {
    documents.forEach((d, i) => {
      const id = insertDocument(province.db, { ...d.document, direction: 'outgoing' });
      province.db.prepare("INSERT INTO document_recipients (document_id, unit_code, unit_name) VALUES (?, 'CD-B', 'Công đoàn B')").run(id);
      if (i < files) {
        const content = new Uint8Array(fileBytes).map(() => Math.floor(random() * 256));
        blobs.push(content);
        const blob = province.blobs.put(content);
        province.db.prepare('INSERT OR IGNORE INTO blobs (sha256, size, created_at) VALUES (?, ?, ?)').run(blob.sha256, blob.size, new Date().toISOString());
        province.db.prepare("INSERT INTO attachments (document_id, sha256, size, mime, original_name, role, created_at) VALUES (?, ?, ?, 'application/pdf', 'phu-luc.pdf', 'annex', ?)").run(id, blob.sha256, blob.size, new Date().toISOString());
      }
      publishIssued(province.db, id, null);
    });
  })();
  const usb = join(dir, 'usb');
  mkdirSync(usb);
  let start = performance.now();
  const [bundle] = await exportBundle(province.db, province.blobs, 'CD-B', usb);
  const exportSeconds = seconds(start);
  const before = snapshot(office.db);
  start = performance.now();
  const imported = await importBundle(office.db, office.blobs, office.dir, bundle!.path);
  const importSeconds = seconds(start);
  if (imported.documentsAdded !== documents.length) throw new Error(`bundle import added ${imported.documentsAdded} of ${documents.length}`);
  return { exportSeconds, importSeconds, blobs, rawSameRowsSeconds: rawSameRows(join(dir, 'raw-same-rows.sqlite'), office.db, before) };
}

type Snapshot = Map<string, Set<string>>;

/** Every row of every table but the search index's own, as JSON, to tell afterwards which rows a step wrote. */
function snapshot(db: Db): Snapshot {
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'documents_fts%' ORDER BY rowid").pluck().all() as string[];
  return new Map(tables.map((t) => [t, new Set((db.prepare(`SELECT * FROM ${t}`).raw().all() as unknown[][]).map((r) => JSON.stringify(r)))]));
}

/**
 * The physical reference for an import: exactly the rows the import wrote (documents, their search entries with
 * the text already folded, register entries, op log, audit, receipts…), inserted straight into an empty archive
 * of the same schema, prepared once, in one transaction, with the archive's pragmas. Nothing is read from the
 * bundle, parsed, verified, numbered or computed.
 */
function rawSameRows(file: string, office: Db, before: Snapshot): number {
  const after = snapshot(office);
  const written = [...after].map(([table, rows]) => {
    const columns = (office.prepare(`SELECT * FROM ${table} LIMIT 0`).columns() as { name: string }[]).map((c) => c.name);
    return { table, columns, rows: [...rows].filter((r) => !before.get(table)?.has(r)).map((r) => JSON.parse(r) as unknown[]) };
  });
  const documents = office.prepare('SELECT id, number_symbol, subject, issuer, body, type_id, issued_year FROM documents').all() as {
    id: string; number_symbol: string | null; subject: string; issuer: string; body: string; type_id: string; issued_year: number | null;
  }[];
  const index = new Map(documents.map((d) => [d.id, [foldText(d.number_symbol ?? ''), foldText(d.subject), foldText(d.issuer), foldText(d.body), searchTags(d.type_id, d.issued_year)]]));
  const db = openDatabase(file);
  db.pragma('foreign_keys = OFF');
  const inserts = written.map((w) => ({ ...w, statement: db.prepare(`INSERT OR REPLACE INTO ${w.table} (${w.columns.join(', ')}) VALUES (${w.columns.map(() => '?').join(', ')})`) }));
  const insertIndexRow = db.prepare('INSERT INTO documents_fts (rowid, number_symbol, subject, issuer, body, tags) VALUES (?, ?, ?, ?, ?, ?)');
  const start = performance.now();
  db.transaction(() => {
    for (const { table, statement, rows } of inserts) {
      for (const row of rows) {
        const info = statement.run(...row);
        if (table === 'documents') insertIndexRow.run(info.lastInsertRowid, ...(index.get(row[0] as string) as string[]));
      }
    }
  })();
  const took = seconds(start);
  db.close();
  return took;
}

/** The floor of all: two text columns of the same documents into a table with no index at all. */
function rawBareInsert(file: string, documents: BenchDocument[]): number {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, subject TEXT, body TEXT)');
  const insert = db.prepare('INSERT INTO t (subject, body) VALUES (?, ?)');
  const start = performance.now();
  db.transaction(() => {
    for (const { document } of documents) insert.run(document.subject, document.body);
  })();
  const took = seconds(start);
  db.close();
  return took;
}

/** The physical reference for attached files: the same bytes written to new files and synced. */
function rawFileWrites(dir: string, blobs: Uint8Array[]): number {
  mkdirSync(dir, { recursive: true });
  const start = performance.now();
  blobs.forEach((bytes, i) => {
    const fd = openSync(join(dir, String(i)), 'w');
    writeSync(fd, bytes);
    fsyncSync(fd);
    closeSync(fd);
  });
  return seconds(start);
}

/**
 * Bundle export and import throughput. A bundle of `docs` directives alone is compared with the raw inserts of the
 * same documents; a second bundle, with `files` attached files of `fileBytes` each, with raw writes of those files.
 */
export async function bundleThroughput(dir: string, docs: number, files: number, fileBytes: number) {
  const documents = [...corpus(docs, 99)];
  const plain = await exchange(join(dir, 'documents'), documents, 0, 0);
  const raw = plain.rawSameRowsSeconds;
  const bare = rawBareInsert(join(dir, 'raw-bare.sqlite'), documents);
  const withFiles = await exchange(join(dir, 'files'), documents, files, fileBytes);
  const bytes = files * fileBytes;
  const rawFiles = rawFileWrites(join(dir, 'raw-files'), withFiles.blobs);
  return {
    docs,
    exportDocsPerSecond: docs / plain.exportSeconds,
    importDocsPerSecond: docs / plain.importSeconds,
    rawSameRowsPerSecond: docs / raw,
    rawBareInsertPerSecond: docs / bare,
    importVsRawSameRows: raw / plain.importSeconds,
    importVsRawBare: bare / plain.importSeconds,
    withFiles: {
      files,
      bytes,
      exportSeconds: withFiles.exportSeconds,
      importSeconds: withFiles.importSeconds,
      importMegabytesPerSecond: bytes / 1024 ** 2 / withFiles.importSeconds,
      rawFileWriteMegabytesPerSecond: bytes / 1024 ** 2 / rawFiles,
    },
  };
}
