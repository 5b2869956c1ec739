import { documentTypeName } from '../../shared/domain/documentTypes';
import { AppError } from '../../shared/errors';
import type { IncomingRegisterRow, IncomingStatus } from '../../shared/ipc/archiveTypes';
import { todayIso } from '../../shared/text/dates';
import type { Db } from '../db/open';
import { recordAudit } from './audit';
import { deadlineRule, receivedHandling } from '../followup/applyDeadline';

export type ArrivalInput = {
  arrivedOn: string;
  channel: string;
  recipient: string;
  note: string;
  handlingDeadline?: string | null;
  deadlineSource?: string;
  /** 'noAction' for a document that asks nothing of the office; open ('pending') otherwise. */
  status?: IncomingStatus;
};

/**
 * Số đến run consecutively through the calendar year of arrival and restart at 1 on 1 January (NĐ 30 Điều 22.2).
 * The sample documents are numbered in a register of their own, so they never take or shift the office's numbers.
 */
export function nextArrivalNumber(db: Db, year: number, isSample = false): number {
  const row = db.prepare('SELECT MAX(arrival_number) AS n FROM incoming WHERE year = ? AND is_sample = ?').get(year, isSample ? 1 : 0) as { n: number | null };
  return (row.n ?? 0) + 1;
}

/** Enters a document in the incoming register with the next số đến. Call inside the registering transaction. */
export function addToIncomingRegister(db: Db, documentId: string, arrival: ArrivalInput, now: Date = new Date()): { year: number; arrivalNumber: number } {
  const year = Number(arrival.arrivedOn.slice(0, 4));
  // One read of the document for both the register it is numbered in and its deadline: this runs per document of
  // a bulk import or a bundle.
  const document = db.prepare('SELECT is_sample, type_id, report_deadline, urgency FROM documents WHERE id = ?').get(documentId) as
    | { is_sample: number; type_id: string; report_deadline: string | null; urgency: string }
    | undefined;
  if (!document) throw new AppError('NOT_FOUND');
  const isSample = document.is_sample === 1;
  const arrivalNumber = nextArrivalNumber(db, year, isSample);
  // Every way in (by hand, from a file, from a bundle) gets its thời hạn giải quyết here, by one rule: a báo cáo
  // that sets no deadline of its own asks nothing of the office. A bundle, which knows what a document answers,
  // brings its handling worked out.
  const byRule =
    arrival.handlingDeadline === undefined
      ? receivedHandling(deadlineRule(db), arrival.arrivedOn, { typeId: document.type_id, reportDeadline: document.report_deadline, urgency: document.urgency }, false)
      : null;
  const deadline = byRule ? byRule.handlingDeadline : (arrival.handlingDeadline ?? null);
  db.prepare(
    `INSERT INTO incoming (document_id, is_sample, year, arrival_number, arrived_on, channel, recipient, note, handling_deadline,
      deadline_source, status, registered_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    documentId,
    isSample ? 1 : 0,
    year,
    arrivalNumber,
    arrival.arrivedOn,
    arrival.channel,
    arrival.recipient,
    arrival.note,
    deadline,
    byRule?.deadlineSource ?? arrival.deadlineSource ?? (deadline ? 'manual' : 'none'),
    arrival.status ?? byRule?.status ?? 'pending',
    now.toISOString(),
  );
  return { year, arrivalNumber };
}

export type IncomingUpdate = { recipient?: string; note?: string; transferredOn?: string; receiverSignature?: string };

/** Fills in or corrects columns 7 to 10 of an entry, with the changes kept in the audit trail; returns them. */
export function updateIncomingEntry(db: Db, documentId: string, update: IncomingUpdate, now: Date = new Date()): Record<string, unknown> {
  return db.transaction(() => {
    const found = db
      .prepare('SELECT recipient, note, transferred_on, receiver_signature, cancelled_on FROM incoming WHERE document_id = ?')
      .get(documentId) as { recipient: string; note: string; transferred_on: string | null; receiver_signature: string; cancelled_on: string | null } | undefined;
    if (!found) throw new AppError('NOT_FOUND');
    if (found.cancelled_on) throw new AppError('ENTRY_CANCELLED');
    const { cancelled_on: _cancelled, ...current } = found;
    const next = {
      recipient: update.recipient ?? current.recipient,
      note: update.note ?? current.note,
      transferred_on: update.transferredOn === undefined ? current.transferred_on : update.transferredOn || null,
      receiver_signature: update.receiverSignature ?? current.receiver_signature,
    };
    const changed: Record<string, unknown> = {};
    for (const key of Object.keys(next) as (keyof typeof next)[]) {
      if (next[key] !== current[key]) changed[key] = { from: current[key], to: next[key] };
    }
    if (Object.keys(changed).length === 0) return changed;
    db.prepare(
      'UPDATE incoming SET recipient = ?, note = ?, transferred_on = ?, receiver_signature = ? WHERE document_id = ?',
    ).run(next.recipient, next.note, next.transferred_on, next.receiver_signature, documentId);
    recordAudit(db, { action: 'incoming.updated', entity: 'document', entityId: documentId, detail: changed }, now);
    return changed;
  })();
}

/**
 * An entry registered by mistake (a document that was not for this office, registered twice on paper…): the
 * số đến is never given again, so the entry stays in the sổ, marked cancelled with the reason, and leaves the
 * to-do lists ("Không cần xử lý"). The document itself is kept, as the sổ refers to it.
 */
export function cancelIncomingEntry(db: Db, documentId: string, reason: string, now: Date = new Date()): void {
  db.transaction(() => {
    const current = db.prepare('SELECT arrival_number, year, status, cancelled_on FROM incoming WHERE document_id = ?').get(documentId) as
      | { arrival_number: number; year: number; status: string; cancelled_on: string | null }
      | undefined;
    if (!current) throw new AppError('NOT_FOUND');
    if (current.cancelled_on) throw new AppError('ENTRY_CANCELLED');
    const on = todayIso(now);
    db.prepare("UPDATE incoming SET cancelled_on = ?, cancel_reason = ?, status = 'noAction' WHERE document_id = ?").run(on, reason, documentId);
    recordAudit(
      db,
      {
        action: 'incoming.cancelled',
        entity: 'document',
        entityId: documentId,
        detail: { arrivalNumber: current.arrival_number, year: current.year, reason, status: { from: current.status, to: 'noAction' } },
      },
      now,
    );
  })();
}

/** Ghi chú of a cancelled entry says so first, as a clerk writes it in a paper register; every sổ shows it so. */
export function registerNote(note: string, cancelledOn: string | null, reason: string): string {
  if (!cancelledOn) return note;
  return [`Đã hủy số đến (vào sổ nhầm): ${reason}`, note].filter(Boolean).join('. ');
}

/** The 10 columns of the sổ đăng ký văn bản đến (Phụ lục IV), in register order; the samples are no part of it. */
export function listIncomingRegister(db: Db, year: number, from?: string, to?: string): IncomingRegisterRow[] {
  const rows = db
    .prepare(
      `SELECT i.document_id, i.arrived_on, i.arrival_number, d.issuer, d.number_symbol, d.issued_on, d.type_id, d.subject,
         i.recipient, i.transferred_on, i.receiver_signature, i.note, i.cancelled_on, i.cancel_reason
       FROM incoming i JOIN documents d ON d.id = i.document_id
       WHERE i.is_sample = 0 AND i.year = ? AND (? IS NULL OR i.arrived_on >= ?) AND (? IS NULL OR i.arrived_on <= ?)
       ORDER BY i.arrival_number`,
    )
    .all(year, from ?? null, from ?? null, to ?? null, to ?? null) as {
    document_id: string;
    arrived_on: string;
    arrival_number: number;
    issuer: string;
    number_symbol: string | null;
    issued_on: string | null;
    type_id: string;
    subject: string;
    recipient: string;
    transferred_on: string | null;
    receiver_signature: string;
    note: string;
    cancelled_on: string | null;
    cancel_reason: string;
  }[];
  return rows.map((r) => ({
    documentId: r.document_id,
    arrivedOn: r.arrived_on,
    arrivalNumber: r.arrival_number,
    issuer: r.issuer,
    numberSymbol: r.number_symbol,
    issuedOn: r.issued_on,
    typeName: documentTypeName(r.type_id),
    subject: r.subject,
    recipient: r.recipient,
    transferredOn: r.transferred_on,
    receiverSignature: r.receiver_signature,
    note: registerNote(r.note, r.cancelled_on, r.cancel_reason),
  }));
}
