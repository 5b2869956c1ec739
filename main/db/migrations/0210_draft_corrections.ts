import type { Migration } from './types';

/**
 * A draft may replace an issued document: issued documents are never edited, a correction is a new one. The
 * issued draft content is kept with the register entry so a replacement starts from it.
 */
export const migration: Migration = {
  version: 210,
  name: 'draft-corrections',
  up(db) {
    db.exec(`
      ALTER TABLE drafts ADD COLUMN supersedes_id TEXT REFERENCES documents(id) ON DELETE SET NULL;
      ALTER TABLE outgoing ADD COLUMN draft_content TEXT;
    `);
  },
};
