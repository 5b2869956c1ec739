import type { Migration } from './types';

/** The units an issued document was sent to (by bundle), each tracked for receipt and reply. */
export const migration: Migration = {
  version: 220,
  name: 'recipients',
  up(db) {
    db.exec(`
      CREATE TABLE document_recipients (
        document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        unit_code TEXT NOT NULL,
        unit_name TEXT NOT NULL,
        PRIMARY KEY (document_id, unit_code)
      ) STRICT;
      CREATE INDEX document_recipients_unit ON document_recipients (unit_code);
    `);
  },
};
