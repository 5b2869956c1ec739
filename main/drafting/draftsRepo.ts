import { randomUUID } from 'node:crypto';
import type { DraftDocument } from '../../shared/domain/draft';
import { AppError } from '../../shared/errors';
import type { Db } from '../db/open';

export type StoredDraft = {
  id: string;
  content: DraftDocument;
  replyToId: string | null;
  supersedesId: string | null;
  revision: number;
  createdAt: string;
  updatedAt: string;
};

type DraftRow = { id: string; content: string; reply_to_id: string | null; supersedes_id: string | null; revision: number; created_at: string; updated_at: string };

const toDraft = (row: DraftRow): StoredDraft => ({
  id: row.id,
  content: JSON.parse(row.content) as DraftDocument,
  replyToId: row.reply_to_id,
  supersedesId: row.supersedes_id,
  revision: row.revision,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

export function createDraft(db: Db, content: DraftDocument, replyToId: string | null, now = new Date(), supersedesId: string | null = null): StoredDraft {
  const id = randomUUID();
  const stamp = now.toISOString();
  db.prepare('INSERT INTO drafts (id, type_id, content, reply_to_id, supersedes_id, revision, created_at, updated_at) VALUES (?, ?, ?, ?, ?, 1, ?, ?)').run(
    id,
    content.typeId,
    JSON.stringify(content),
    replyToId,
    supersedesId,
    stamp,
    stamp,
  );
  return getDraft(db, id);
}

export function getDraft(db: Db, id: string): StoredDraft {
  const row = db.prepare('SELECT * FROM drafts WHERE id = ?').get(id) as DraftRow | undefined;
  if (!row) throw new AppError('NOT_FOUND');
  return toDraft(row);
}

export type DraftSummary = { id: string; typeId: string; subject: string; replyToId: string | null; updatedAt: string };

export function listDrafts(db: Db): DraftSummary[] {
  const rows = db.prepare('SELECT * FROM drafts ORDER BY updated_at DESC').all() as DraftRow[];
  return rows.map((r) => {
    const d = toDraft(r);
    return { id: d.id, typeId: d.content.typeId, subject: d.content.subject, replyToId: d.replyToId, updatedAt: d.updatedAt };
  });
}

/**
 * Autosave: one small transaction per save, committed with synchronous=FULL, so what the clerk saw as saved
 * survives a crash or a power cut. A save based on an older revision than the stored one is refused.
 */
export function saveDraft(db: Db, id: string, content: DraftDocument, baseRevision: number, now = new Date()): { revision: number; savedAt: string } {
  const stamp = now.toISOString();
  const result = db
    .prepare('UPDATE drafts SET content = ?, type_id = ?, revision = revision + 1, updated_at = ? WHERE id = ? AND revision = ?')
    .run(JSON.stringify(content), content.typeId, stamp, id, baseRevision);
  if (result.changes === 0) {
    const exists = db.prepare('SELECT revision FROM drafts WHERE id = ?').get(id) as { revision: number } | undefined;
    throw new AppError(exists ? 'DRAFT_STALE' : 'NOT_FOUND');
  }
  return { revision: baseRevision + 1, savedAt: stamp };
}

export function deleteDraft(db: Db, id: string): void {
  db.prepare('DELETE FROM drafts WHERE id = ?').run(id);
}
