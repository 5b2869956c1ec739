import type { Migration } from './types';

/**
 * The sample documents get a register of their own. They used to take số đến in the office's sổ đến, so the first
 * real document of a year could not be số 1. Entries already numbered keep their numbers (clerks wrote them on
 * paper); only what comes next changes: the office's next số đến ignores the samples, and a sample no longer holds
 * a number the office needs. SQLite cannot drop a table constraint, so the table is rebuilt with its rowids.
 */
export const migration: Migration = {
  version: 440,
  name: 'sample-register',
  up(db) {
    db.exec(`
      CREATE TABLE incoming_new (
        document_id TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
        is_sample INTEGER NOT NULL DEFAULT 0 CHECK (is_sample IN (0, 1)),
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
        UNIQUE (is_sample, year, arrival_number)
      ) STRICT;
      INSERT INTO incoming_new (rowid, document_id, is_sample, year, arrival_number, arrived_on, channel, recipient, transferred_on,
        receiver_signature, note, handler, handling_deadline, deadline_source, status, registered_at)
      SELECT i.rowid, i.document_id, d.is_sample, i.year, i.arrival_number, i.arrived_on, i.channel, i.recipient, i.transferred_on,
        i.receiver_signature, i.note, i.handler, i.handling_deadline, i.deadline_source, i.status, i.registered_at
      FROM incoming i JOIN documents d ON d.id = i.document_id;
      DROP TABLE incoming;
      ALTER TABLE incoming_new RENAME TO incoming;
      CREATE INDEX incoming_deadline ON incoming (status, handling_deadline);
    `);
  },
};
