import type { Migration } from './types';

/**
 * Drafts of outgoing documents: local to this office, never synced, autosaved. The content is the JSON draft
 * model (shared/domain/draft.ts); `revision` rises with every save so a stale save is noticed.
 */
export const migration: Migration = {
  version: 200,
  name: 'drafts',
  up(db) {
    db.exec(`
      CREATE TABLE drafts (
        id TEXT PRIMARY KEY,
        type_id TEXT NOT NULL,
        content TEXT NOT NULL,
        reply_to_id TEXT REFERENCES documents(id) ON DELETE SET NULL,
        revision INTEGER NOT NULL DEFAULT 1,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX drafts_updated ON drafts (updated_at DESC);
    `);
  },
};
