import type { Migration } from './types';

/**
 * Bundle exchange (docs: sync.md 5.1): this device's identity and keys, the append-only op log of every origin,
 * what has been applied (vv_applied) and what peers acknowledged (peer_acks), ops waiting for a gap to fill,
 * and the journals of imported and exported bundles.
 */
export const migration: Migration = {
  version: 400,
  name: 'sync',
  up(db) {
    db.exec(`
      CREATE TABLE sync_device (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        device_id TEXT NOT NULL,
        epoch TEXT NOT NULL,
        unit_code TEXT,
        unit_name TEXT,
        role TEXT NOT NULL DEFAULT 'office',
        next_seq INTEGER NOT NULL DEFAULT 1,
        public_key TEXT,
        private_key_pem TEXT,
        certificate TEXT,
        root_public_key TEXT,
        revocations TEXT,
        crl_version INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE oplog (
        origin TEXT NOT NULL,
        seq INTEGER NOT NULL CHECK (seq > 0),
        op_hash TEXT NOT NULL,
        prev_op_hash TEXT NOT NULL,
        partition TEXT NOT NULL,
        kind TEXT NOT NULL,
        recipients TEXT NOT NULL DEFAULT '[]',
        body TEXT,
        created_at TEXT NOT NULL,
        PRIMARY KEY (origin, seq)
      ) STRICT;

      CREATE TABLE vv_applied (
        origin TEXT PRIMARY KEY,
        seq INTEGER NOT NULL,
        last_hash TEXT NOT NULL
      ) STRICT;

      CREATE TABLE pending_ops (
        origin TEXT NOT NULL,
        seq INTEGER NOT NULL,
        op TEXT NOT NULL,
        sender_unit TEXT NOT NULL,
        PRIMARY KEY (origin, seq)
      ) STRICT;

      CREATE TABLE peer_acks (
        peer_unit TEXT NOT NULL,
        origin TEXT NOT NULL,
        acked_seq INTEGER NOT NULL,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (peer_unit, origin)
      ) STRICT;

      CREATE TABLE origin_units (
        origin TEXT PRIMARY KEY,
        unit_code TEXT NOT NULL
      ) STRICT;

      CREATE TABLE imported_bundles (
        sha256 TEXT PRIMARY KEY,
        bundle_id TEXT,
        file_name TEXT NOT NULL,
        sender_unit TEXT,
        status TEXT NOT NULL CHECK (status IN ('applied', 'duplicate', 'rejected')),
        reason_code TEXT,
        ops_applied INTEGER NOT NULL DEFAULT 0,
        ops_pending INTEGER NOT NULL DEFAULT 0,
        documents_added INTEGER NOT NULL DEFAULT 0,
        received_at TEXT NOT NULL
      ) STRICT;
      CREATE UNIQUE INDEX imported_bundles_id ON imported_bundles (bundle_id) WHERE bundle_id IS NOT NULL AND status = 'applied';

      CREATE TABLE exported_bundles (
        bundle_id TEXT PRIMARY KEY,
        peer_unit TEXT NOT NULL,
        path TEXT NOT NULL,
        sha256 TEXT NOT NULL,
        size INTEGER NOT NULL,
        from_seq INTEGER NOT NULL,
        to_seq INTEGER NOT NULL,
        created_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE sync_alerts (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        kind TEXT NOT NULL,
        detail TEXT NOT NULL
      ) STRICT;
    `);
  },
};
