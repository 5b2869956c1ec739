import { createHash } from 'node:crypto';
import type { Db } from '../db/open';
import { canonicalJson } from './canonical';
import { partitionOf } from './certificates';
import { device } from './device';

export const GENESIS = '0'.repeat(64);

export type OpKind = 'document.publish' | 'document.receipt';

/** An op as it travels: full for its recipients, redacted (hash only) for others so each chain stays whole. */
export type WireOp =
  | { origin: string; seq: number; prev: string; hash: string; partition: string; kind: OpKind; recipients: string[]; body: unknown; createdAt: string }
  | { origin: string; seq: number; prev: string; hash: string; redacted: true };

export function opHash(op: { origin: string; seq: number; prev: string; partition: string; kind: string; recipients: string[]; body: unknown; createdAt: string }): string {
  const rest = canonicalJson({ origin: op.origin, seq: op.seq, prev: op.prev, partition: op.partition, kind: op.kind, recipients: op.recipients, createdAt: op.createdAt });
  // "body" sorts before every other key, so the canonical op is the body's canonical text followed by the rest.
  const core = op.body === undefined ? rest : `{"body":${canonicalBody(op.body)},${rest.slice(1)}`;
  return createHash('sha256').update(core).digest('hex');
}

const bodies = new WeakMap<object, string>();

/** The canonical text of an op's body, computed once per body object (hashing and storing an op both need it). */
export function canonicalBody(body: unknown): string {
  if (body === null || typeof body !== 'object') return canonicalJson(body);
  let text = bodies.get(body);
  if (text === undefined) {
    text = canonicalJson(body);
    bodies.set(body, text);
  }
  return text;
}

export type LocalOps = { append(kind: OpKind, recipients: string[], body: unknown, now?: Date): { origin: string; seq: number } | null };

/**
 * This device's op log, for appending inside the caller's transaction (the outbox pattern: the domain write and
 * its op commit together). The device and the head of its chain are read once, so a bundle import that answers
 * thousands of documents with a receipt each does not read them again for every op. Use it within one
 * transaction only.
 */
export function localOps(db: Db): LocalOps {
  const d = device(db);
  let head: { seq: number; hash: string } | null = null;
  return {
    append(kind, recipients, body, now = new Date()) {
      if (!d.unit_code) return null;
      if (!head) {
        const last = db.prepare('SELECT op_hash FROM oplog WHERE origin = ? ORDER BY seq DESC LIMIT 1').get(d.device_id) as { op_hash: string } | undefined;
        head = { seq: d.next_seq - 1, hash: last?.op_hash ?? GENESIS };
        db.prepare('INSERT INTO origin_units (origin, unit_code) VALUES (?, ?) ON CONFLICT (origin) DO NOTHING').run(d.device_id, d.unit_code);
      }
      const op = { origin: d.device_id, seq: head.seq + 1, prev: head.hash, partition: partitionOf(d.unit_code), kind, recipients: [...new Set(recipients)].sort(), body, createdAt: now.toISOString() };
      const hash = opHash(op);
      db.prepare('INSERT INTO oplog (origin, seq, op_hash, prev_op_hash, partition, kind, recipients, body, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)').run(
        op.origin, op.seq, hash, op.prev, op.partition, kind, JSON.stringify(op.recipients), canonicalBody(body), op.createdAt,
      );
      db.prepare('UPDATE sync_device SET next_seq = ? WHERE id = 1').run(op.seq + 1);
      head = { seq: op.seq, hash };
      return { origin: op.origin, seq: op.seq };
    },
  };
}

/** Appends one local op in the caller's transaction; null when this installation is not set up for exchange yet. */
export function appendOp(db: Db, kind: OpKind, recipients: string[], body: unknown, now = new Date()): { origin: string; seq: number } | null {
  return localOps(db).append(kind, recipients, body, now);
}

type OpRow = { origin: string; seq: number; op_hash: string; prev_op_hash: string; partition: string; kind: OpKind; recipients: string; body: string | null; created_at: string };

/** Everything of this device's log a peer has not acknowledged, full where addressed to it. */
export function opsForPeer(db: Db, peerUnit: string): WireOp[] {
  const d = device(db);
  const acked = (db.prepare('SELECT acked_seq FROM peer_acks WHERE peer_unit = ? AND origin = ?').get(peerUnit, d.device_id) as { acked_seq: number } | undefined)?.acked_seq ?? 0;
  const rows = db.prepare('SELECT * FROM oplog WHERE origin = ? AND seq > ? ORDER BY seq').all(d.device_id, acked) as OpRow[];
  return rows.map((r) => {
    const recipients = JSON.parse(r.recipients) as string[];
    if (!recipients.includes(peerUnit) || r.body === null) return { origin: r.origin, seq: r.seq, prev: r.prev_op_hash, hash: r.op_hash, redacted: true as const };
    return { origin: r.origin, seq: r.seq, prev: r.prev_op_hash, hash: r.op_hash, partition: r.partition, kind: r.kind, recipients, body: JSON.parse(r.body) as unknown, createdAt: r.created_at };
  });
}

/** Blobs the full ops for a peer refer to. */
export function blobsOf(ops: WireOp[]): string[] {
  const out = new Set<string>();
  for (const op of ops) {
    if ('redacted' in op || op.kind !== 'document.publish') continue;
    for (const a of (op.body as { attachments?: { sha256: string }[] }).attachments ?? []) out.add(a.sha256);
  }
  return [...out];
}
