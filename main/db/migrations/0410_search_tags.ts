import { foldText } from '../../../shared/text/fold';
import { searchTags } from '../../archive/searchTags';
import type { Migration } from './types';


/**
 * The search index gains a `tags` column (type and year as words): a filtered query then intersects short lists
 * inside FTS5 instead of checking rows one by one. The index is contentless, so it is rebuilt from the documents.
 */
export const migration: Migration = {
  version: 410,
  name: 'search-tags',
  up(db) {
    db.exec(`
      DROP TABLE documents_fts;
      CREATE VIRTUAL TABLE documents_fts USING fts5(
        number_symbol, subject, issuer, body, tags,
        tokenize = 'unicode61 remove_diacritics 2',
        content = '',
        contentless_delete = 1
      );
    `);
    const insert = db.prepare('INSERT INTO documents_fts (rowid, number_symbol, subject, issuer, body, tags) VALUES (?, ?, ?, ?, ?, ?)');
    // In pages: SQLite cannot insert on a connection while a statement of it is still being read.
    const page = db.prepare('SELECT rowid AS r, number_symbol, subject, issuer, body, type_id, issued_year FROM documents WHERE rowid > ? ORDER BY rowid LIMIT 1000');
    for (let last = 0; ; ) {
      const rows = page.all(last) as { r: number; number_symbol: string | null; subject: string; issuer: string; body: string; type_id: string; issued_year: number | null }[];
      if (rows.length === 0) break;
      for (const d of rows) insert.run(d.r, foldText(d.number_symbol ?? ''), foldText(d.subject), foldText(d.issuer), foldText(d.body), searchTags(d.type_id, d.issued_year));
      last = (rows.at(-1) as { r: number }).r;
    }
  },
};
