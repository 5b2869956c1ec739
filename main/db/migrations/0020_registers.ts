import type { Migration } from './types';

/**
 * The registers of NĐ 30 Phụ lục IV: incoming (sổ đến: số đến per year) and outgoing (sổ đi: register number
 * per year and sequence). Handling fields (handler, deadline, status) live with the incoming entry.
 */
export const migration: Migration = {
  version: 20,
  name: 'registers',
  up(db) {
    db.exec(`
      CREATE TABLE incoming (
        document_id TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
        year INTEGER NOT NULL,
        arrival_number INTEGER NOT NULL CHECK (arrival_number > 0),
        arrived_on TEXT NOT NULL,
        channel TEXT NOT NULL DEFAULT 'paper',
        recipient TEXT NOT NULL DEFAULT '',
        transferred_on TEXT,
        receiver_signature TEXT NOT NULL DEFAULT '',
        note TEXT NOT NULL DEFAULT '',
        handler TEXT NOT NULL DEFAULT '',
        handling_deadline TEXT,
        deadline_source TEXT NOT NULL DEFAULT 'none',
        status TEXT NOT NULL DEFAULT 'pending'
          CHECK (status IN ('pending', 'inProgress', 'done', 'noAction')),
        registered_at TEXT NOT NULL,
        UNIQUE (year, arrival_number)
      ) STRICT;
      CREATE INDEX incoming_deadline ON incoming (status, handling_deadline);

      CREATE TABLE outgoing (
        document_id TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
        year INTEGER NOT NULL,
        sequence_key TEXT NOT NULL DEFAULT 'all',
        register_number INTEGER NOT NULL CHECK (register_number > 0),
        status TEXT NOT NULL DEFAULT 'issued' CHECK (status IN ('issued', 'sent')),
        reply_to_id TEXT REFERENCES documents(id),
        copies INTEGER NOT NULL DEFAULT 1,
        file_copy_holder TEXT NOT NULL DEFAULT '',
        sent_on TEXT,
        receiver_signature TEXT NOT NULL DEFAULT '',
        note TEXT NOT NULL DEFAULT '',
        issued_at TEXT NOT NULL,
        UNIQUE (year, sequence_key, register_number)
      ) STRICT;
      CREATE INDEX outgoing_reply_to ON outgoing (reply_to_id);
    `);
  },
};
