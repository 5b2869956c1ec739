import type { Migration } from './types';

/** The archive core: office settings, units, documents with their search index, citations, attachments. */
export const migration: Migration = {
  version: 10,
  name: 'archive',
  up(db) {
    db.exec(`
      CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;

      CREATE TABLE units (
        id TEXT PRIMARY KEY,
        code TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        short_name TEXT,
        parent_id TEXT REFERENCES units(id),
        kind TEXT NOT NULL DEFAULT 'other',
        place TEXT,
        contact TEXT,
        active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
        created_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE documents (
        id TEXT PRIMARY KEY,
        direction TEXT NOT NULL CHECK (direction IN ('incoming', 'outgoing')),
        type_id TEXT NOT NULL,
        number_text TEXT,
        number INTEGER,
        symbol TEXT,
        number_symbol TEXT,
        number_symbol_key TEXT,
        issuer TEXT NOT NULL,
        issuer_key TEXT NOT NULL,
        parent_issuer TEXT,
        place TEXT,
        issued_on TEXT,
        issued_year INTEGER,
        subject TEXT NOT NULL,
        body TEXT NOT NULL DEFAULT '',
        addressees TEXT NOT NULL DEFAULT '[]',
        distribution TEXT NOT NULL DEFAULT '[]',
        signer_name TEXT,
        signer_title TEXT,
        signing_authority TEXT,
        urgency TEXT NOT NULL DEFAULT 'normal',
        secrecy TEXT NOT NULL DEFAULT 'none',
        report_deadline TEXT,
        origin_unit TEXT,
        supersedes_id TEXT REFERENCES documents(id),
        is_sample INTEGER NOT NULL DEFAULT 0 CHECK (is_sample IN (0, 1)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      -- Số/ký hiệu is unique per issuer and year (NĐ 30 Điều 15.1); the same key is the duplicate check at intake.
      CREATE UNIQUE INDEX documents_number_unique
        ON documents (direction, issuer_key, issued_year, number_symbol_key)
        WHERE number_symbol_key IS NOT NULL;
      CREATE INDEX documents_issued_on ON documents (issued_on DESC);
      CREATE INDEX documents_number_symbol_key ON documents (number_symbol_key);
      CREATE INDEX documents_type ON documents (type_id, issued_on DESC);

      -- Folded text (see shared/text/fold.ts) is indexed; the original stays in documents for display.
      CREATE VIRTUAL TABLE documents_fts USING fts5(
        number_symbol, subject, issuer, body,
        tokenize = 'unicode61 remove_diacritics 2',
        content = '',
        contentless_delete = 1
      );

      CREATE TABLE citations (
        document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        number_symbol TEXT NOT NULL,
        number_symbol_key TEXT NOT NULL,
        type_name TEXT,
        cited_on TEXT,
        PRIMARY KEY (document_id, position)
      ) STRICT;
      CREATE INDEX citations_key ON citations (number_symbol_key);

      CREATE TABLE blobs (
        sha256 TEXT PRIMARY KEY,
        size INTEGER NOT NULL,
        created_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE attachments (
        id INTEGER PRIMARY KEY,
        document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        sha256 TEXT NOT NULL REFERENCES blobs(sha256),
        size INTEGER NOT NULL,
        mime TEXT NOT NULL,
        original_name TEXT NOT NULL,
        role TEXT NOT NULL DEFAULT 'original',
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX attachments_document ON attachments (document_id);
      CREATE INDEX attachments_sha ON attachments (sha256);

      CREATE TABLE audit (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        actor TEXT NOT NULL DEFAULT '',
        action TEXT NOT NULL,
        entity TEXT NOT NULL,
        entity_id TEXT NOT NULL,
        detail TEXT NOT NULL DEFAULT '{}'
      ) STRICT;
      CREATE INDEX audit_entity ON audit (entity, entity_id, id);
    `);
  },
};
