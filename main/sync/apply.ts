import type { DocumentRecord } from '../../shared/domain/document';
import { AppError } from '../../shared/errors';
import { todayIso } from '../../shared/text/dates';
import { recordAudit } from '../archive/audit';
import { insertDocument } from '../archive/documentsRepo';
import { addToIncomingRegister } from '../archive/incomingRegister';
import type { Db } from '../db/open';
import { headerReader } from '../intake/headerReader';
import { recordReceipt, recordReply } from '../tracking/tracking';
import { receivedHandling } from '../followup/applyDeadline';
import type { DeadlineRule } from '../followup/deadlines';
import type { LocalOps } from './oplog';

/** What a `document.publish` op carries: the record as the sender archived it, its files, and what it answers. */
export type PublishBody = {
  document: Omit<DocumentRecord, 'isSample' | 'createdAt' | 'updatedAt' | 'direction'>;
  attachments: { sha256: string; size: number; mime: string; originalName: string; role: string }[];
  citations: { numberSymbol: string; typeName: string | null; citedOn: string | null }[];
  replyToId: string | null;
  /** Set when the sender read the citations from the document's text, so an empty list means it cites nothing. */
  citationsRead?: true;
  /** The earlier document this one replaces ("Soạn văn bản thay thế"); absent in ops written before it was sent. */
  supersedesId?: string | null;
};

export type ReceiptBody = { documentId: string; arrivalNumber: number; registeredOn: string; receivedAt: string };

/** What applying ops needs besides the op: read once per import, not once per document. */
export type ApplyContext = { senderUnit: string; /** The sender as the register names it: its name, then its code. */ senderLabel: string; myUnit: string; now: Date; localOps: LocalOps; deadlineRule: DeadlineRule };

/**
 * The citations the sender recorded. A sender whose version did not read them from the text at issue sent none,
 * and then they are read here, as for a document registered from a file.
 */
function citationsOf(body: PublishBody): PublishBody['citations'] {
  if (body.citations.length || body.citationsRead) return body.citations;
  return headerReader.readCitations(body.document.body, body.document.numberSymbol);
}

/**
 * A directive or report arrives: it enters the archive as an incoming document with the next số đến, linked to
 * the directive it answers, and a receipt op goes back to the sender in the next bundle. Applying twice is
 * impossible (the op log keys on origin and sequence), and a document already archived is not duplicated.
 */
export function applyPublish(db: Db, body: PublishBody, ctx: ApplyContext): boolean {
  const doc = body.document;
  if (db.prepare('SELECT 1 FROM documents WHERE id = ?').get(doc.id)) return false;
  const stamp = ctx.now.toISOString();
  try {
    insertDocument(db, { ...doc, direction: 'incoming', originUnit: ctx.senderUnit, citations: citationsOf(body) }, ctx.now);
  } catch (error) {
    // Already archived (entered by hand, or from a file, before the bundle came): not added twice.
    if (error instanceof AppError && error.code === 'DUPLICATE_DOCUMENT') return false;
    throw error;
  }
  const insertBlob = db.prepare('INSERT OR IGNORE INTO blobs (sha256, size, created_at) VALUES (?, ?, ?)');
  const insertAttachment = db.prepare('INSERT INTO attachments (document_id, sha256, size, mime, original_name, role, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)');
  for (const a of body.attachments) {
    insertBlob.run(a.sha256, a.size, stamp);
    insertAttachment.run(doc.id, a.sha256, a.size, a.mime, a.originalName, a.role === 'issued' ? 'original' : a.role, stamp);
  }
  const registeredOn = todayIso(ctx.now);
  const answered = body.replyToId ? (db.prepare('SELECT direction FROM documents WHERE id = ?').pluck().get(body.replyToId) as string | undefined) : undefined;
  const handling = receivedHandling(ctx.deadlineRule, registeredOn, doc, answered === 'outgoing');
  const entry = addToIncomingRegister(db, doc.id, { arrivedOn: registeredOn, channel: 'bundle', recipient: '', note: `Nhận qua gói trao đổi từ ${ctx.senderLabel}`, ...handling }, ctx.now);
  if (body.replyToId && answered) recordReply(db, doc.id, body.replyToId, ctx.now);
  // The replaced document is shown as such here too, when this office has it.
  if (body.supersedesId) db.prepare('UPDATE documents SET supersedes_id = ? WHERE id = ? AND EXISTS (SELECT 1 FROM documents WHERE id = ?)').run(body.supersedesId, doc.id, body.supersedesId);
  recordAudit(db, { action: 'incoming.received', entity: 'document', entityId: doc.id, detail: { from: ctx.senderUnit, ...entry } }, ctx.now);
  ctx.localOps.append('document.receipt', [ctx.senderUnit], { documentId: doc.id, arrivalNumber: entry.arrivalNumber, registeredOn, receivedAt: stamp } satisfies ReceiptBody, ctx.now);
  return true;
}

export function applyReceipt(db: Db, body: ReceiptBody, ctx: ApplyContext): void {
  recordReceipt(db, { directiveId: body.documentId, unitCode: ctx.senderUnit, deliveredAt: body.receivedAt, arrivalNumber: body.arrivalNumber, registeredOn: body.registeredOn });
}
