import type { Migration } from './types';

/**
 * The words of the search index in a table of their own (see main/archive/searchWords.ts), filled from the
 * index itself so it holds exactly the words FTS5 tokenised.
 */
export const migration: Migration = {
  version: 420,
  name: 'search-words',
  up(db) {
    db.exec(`
      CREATE TABLE search_words (word TEXT PRIMARY KEY) WITHOUT ROWID, STRICT;
      CREATE VIRTUAL TABLE temp.documents_vocabulary USING fts5vocab(main, documents_fts, 'col');
      INSERT OR IGNORE INTO search_words (word) SELECT term FROM temp.documents_vocabulary WHERE col != 'tags';
      DROP TABLE temp.documents_vocabulary;
    `);
  },
};
