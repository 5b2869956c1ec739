import type { Migration } from './types';

/**
 * Tracking a directive at the province: per recipient, when its receipt came back (delivered, and the số đến it
 * was registered under), and which report answered it (document_links, kind 'reply').
 */
export const migration: Migration = {
  version: 230,
  name: 'tracking',
  up(db) {
    db.exec(`
      ALTER TABLE document_recipients ADD COLUMN delivered_at TEXT;
      ALTER TABLE document_recipients ADD COLUMN registered_on TEXT;
      ALTER TABLE document_recipients ADD COLUMN arrival_number INTEGER;
      ALTER TABLE document_recipients ADD COLUMN reminded_at TEXT;

      CREATE TABLE document_links (
        from_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        to_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('reply', 'reminder')),
        created_at TEXT NOT NULL,
        PRIMARY KEY (from_id, to_id, kind)
      ) STRICT;
      CREATE INDEX document_links_to ON document_links (to_id, kind);
    `);
  },
};
