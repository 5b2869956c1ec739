import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { insertDocument } from '../../main/archive/documentsRepo';
import { exportBundle } from '../../main/sync/exportBundle';
import { importBundle } from '../../main/sync/importBundle';
import { publishIssued } from '../../main/sync/publish';
import { setUpNetwork } from '../integration/sync/offices';
import { corpus, rng } from './corpus';

/** Export and import of one bundle of `docs` directives (the first `files` with an attached file), next to raw inserts. */
export async function bundleThroughput(dir: string, docs: number, files: number, fileBytes: number) {
  mkdirSync(dir, { recursive: true });
  const { province, offices } = setUpNetwork(join(dir, 'net'), ['CD-B']);
  const office = offices[0]!;
  const random = rng(3);
  let bytes = 0;
  let i = 0;
  province.db.transaction(() => {
    for (const d of corpus(docs, 99)) {
      const id = insertDocument(province.db, { ...d.document, direction: 'outgoing' });
      province.db.prepare("INSERT INTO document_recipients (document_id, unit_code, unit_name) VALUES (?, 'CD-B', 'Công đoàn B')").run(id);
      if (i++ < files) {
        const content = new Uint8Array(fileBytes).map(() => Math.floor(random() * 256));
        const blob = province.blobs.put(content);
        bytes += blob.size;
        province.db.prepare('INSERT OR IGNORE INTO blobs (sha256, size, created_at) VALUES (?, ?, ?)').run(blob.sha256, blob.size, new Date().toISOString());
        province.db.prepare("INSERT INTO attachments (document_id, sha256, size, mime, original_name, role, created_at) VALUES (?, ?, ?, 'application/pdf', 'phu-luc.pdf', 'annex', ?)").run(id, blob.sha256, blob.size, new Date().toISOString());
      }
      publishIssued(province.db, id, null);
    }
  })();
  const usb = join(dir, 'usb');
  mkdirSync(usb);
  let start = performance.now();
  const [bundle] = await exportBundle(province.db, province.blobs, 'CD-B', usb);
  const exportSeconds = (performance.now() - start) / 1000;
  start = performance.now();
  const imported = await importBundle(office.db, office.blobs, office.dir, bundle!.path);
  const importSeconds = (performance.now() - start) / 1000;
  if (imported.documentsAdded !== docs) throw new Error(`bundle import added ${imported.documentsAdded} of ${docs}`);

  // The physical reference: the same number of rows of the same size, inserted in one transaction.
  const raw = new Database(join(dir, 'raw.sqlite'));
  raw.pragma('journal_mode = WAL');
  raw.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, subject TEXT, body TEXT)');
  const rows = [...corpus(docs, 99)].map((d) => [d.document.subject, d.document.body] as const);
  start = performance.now();
  const insert = raw.prepare('INSERT INTO t (subject, body) VALUES (?, ?)');
  raw.transaction(() => {
    for (const [s, b] of rows) insert.run(s, b);
  })();
  const rawSeconds = (performance.now() - start) / 1000;
  raw.close();
  return {
    docs,
    files,
    bytes,
    exportSeconds,
    importSeconds,
    exportDocsPerSecond: docs / exportSeconds,
    importDocsPerSecond: docs / importSeconds,
    rawInsertPerSecond: docs / rawSeconds,
    importVsRaw: docs / importSeconds / (docs / rawSeconds),
  };
}
