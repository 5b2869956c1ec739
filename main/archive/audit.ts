import type { Db } from '../db/open';

export type AuditEntry = { action: string; entity: string; entityId: string; detail?: Record<string, unknown>; actor?: string };

/** Appends to the audit trail; called inside the same transaction as the change it records. */
export function recordAudit(db: Db, entry: AuditEntry, now: Date = new Date()): void {
  db.prepare('INSERT INTO audit (at, actor, action, entity, entity_id, detail) VALUES (?, ?, ?, ?, ?, ?)').run(
    now.toISOString(),
    entry.actor ?? '',
    entry.action,
    entry.entity,
    entry.entityId,
    JSON.stringify(entry.detail ?? {}),
  );
}

export type AuditRecord = { id: number; at: string; actor: string; action: string; detail: Record<string, unknown> };

export function listAudit(db: Db, entity: string, entityId: string): AuditRecord[] {
  const rows = db
    .prepare('SELECT id, at, actor, action, detail FROM audit WHERE entity = ? AND entity_id = ? ORDER BY id')
    .all(entity, entityId) as { id: number; at: string; actor: string; action: string; detail: string }[];
  return rows.map((r) => ({ ...r, detail: JSON.parse(r.detail) as Record<string, unknown> }));
}
