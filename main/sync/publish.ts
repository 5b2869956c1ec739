import { getDocument } from '../archive/documentsRepo';
import type { Db } from '../db/open';
import type { PublishBody } from './apply';
import { appendOp } from './oplog';

/**
 * Puts an issued document in the next bundle of every unit it goes to: the recipients chosen when issuing a
 * directive, and the office a reply answers (the unit its directive came from). Call inside the issuing
 * transaction; does nothing when there is no one to send to or exchange is not set up.
 */
export function publishIssued(db: Db, documentId: string, replyToId: string | null): boolean {
  const recipients = (db.prepare('SELECT unit_code FROM document_recipients WHERE document_id = ?').all(documentId) as { unit_code: string }[]).map((r) => r.unit_code);
  const answered = replyToId ? (db.prepare('SELECT origin_unit FROM documents WHERE id = ?').get(replyToId) as { origin_unit: string | null } | undefined)?.origin_unit : null;
  if (answered) recipients.push(answered);
  if (recipients.length === 0) return false;
  const { isSample: _sample, createdAt: _created, updatedAt: _updated, direction: _direction, ...document } = getDocument(db, documentId);
  const attachments = db
    .prepare('SELECT sha256, size, mime, original_name AS originalName, role FROM attachments WHERE document_id = ? ORDER BY id')
    .all(documentId) as PublishBody['attachments'];
  const citations = db
    .prepare('SELECT number_symbol AS numberSymbol, type_name AS typeName, cited_on AS citedOn FROM citations WHERE document_id = ? ORDER BY position')
    .all(documentId) as PublishBody['citations'];
  const supersedesId = db.prepare('SELECT supersedes_id FROM documents WHERE id = ?').pluck().get(documentId) as string | null;
  // Issuing reads the citations from the text (main/drafting/issue.ts), so the receiver need not read them again.
  const body: PublishBody = { document, attachments, citations, citationsRead: true, replyToId, ...(supersedesId ? { supersedesId } : {}) };
  return appendOp(db, 'document.publish', recipients, body) !== null;
}
