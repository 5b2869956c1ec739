import { documentTypeName } from '../../shared/domain/documentTypes';
import { AppError } from '../../shared/errors';
import type { DirectiveTracking, IssuedDirective, RecipientState, RecipientTracking, TrackingOverview, UnitOverview } from '../../shared/ipc/tracking';
import { todayIso } from '../../shared/text/dates';
import type { Db } from '../db/open';
import { deadlineRule } from '../followup/applyDeadline';
import { nextWorkingDay } from '../followup/deadlines';

/** A receipt came back from a recipient: it got the directive and registered it under this số đến. */
export function recordReceipt(db: Db, receipt: { directiveId: string; unitCode: string; deliveredAt: string; arrivalNumber: number | null; registeredOn: string | null }): void {
  db.prepare(
    `UPDATE document_recipients SET delivered_at = COALESCE(delivered_at, ?), arrival_number = COALESCE(?, arrival_number),
       registered_on = COALESCE(?, registered_on) WHERE document_id = ? AND unit_code = ?`,
  ).run(receipt.deliveredAt, receipt.arrivalNumber, receipt.registeredOn, receipt.directiveId, receipt.unitCode);
}

/** A report from a unit answers a directive. */
export function recordReply(db: Db, replyId: string, directiveId: string, now = new Date()): void {
  db.prepare("INSERT OR IGNORE INTO document_links (from_id, to_id, kind, created_at) VALUES (?, ?, 'reply', ?)").run(replyId, directiveId, now.toISOString());
}

type RecipientRow = {
  unit_code: string; unit_name: string; delivered_at: string | null; arrival_number: number | null; registered_on: string | null; reminded_at: string | null;
  reply_id: string | null; reply_number: string | null; reply_issued: string | null;
};

function stateOf(row: RecipientRow, deadline: string | null, today: string): RecipientState {
  if (row.reply_id) return deadline && row.reply_issued && row.reply_issued > deadline ? 'repliedLate' : 'replied';
  if (deadline && today > deadline) return 'overdue';
  if (row.arrival_number !== null) return 'registered';
  return row.delivered_at ? 'delivered' : 'sent';
}

const emptyCounts = (): Record<RecipientState, number> => ({ sent: 0, delivered: 0, registered: 0, replied: 0, repliedLate: 0, overdue: 0 });

type DirectiveRow = { id: string; type_id: string; number_symbol: string | null; issued_on: string | null; subject: string; report_deadline: string | null };

type Calendar = ReturnType<typeof deadlineRule>['calendar'];

function recipientsOf(db: Db, directive: DirectiveRow, today: string, calendar: Calendar): RecipientTracking[] {
  // A report due on a day off is on time the next working day (Bộ luật Dân sự 2015, Điều 148), as the receiving
  // office's own deadline says.
  const dueBy = directive.report_deadline ? nextWorkingDay(directive.report_deadline, calendar) : null;
  // The reply of a unit is the earliest report from that unit linked to the directive.
  const rows = db
    .prepare(
      `SELECT x.*, reply.number_symbol AS reply_number, reply.issued_on AS reply_issued FROM (
         SELECT r.unit_code, r.unit_name, r.delivered_at, r.arrival_number, r.registered_on, r.reminded_at,
           (SELECT d.id FROM document_links l JOIN documents d ON d.id = l.from_id
              WHERE l.to_id = r.document_id AND l.kind = 'reply' AND d.origin_unit = r.unit_code ORDER BY d.issued_on LIMIT 1) AS reply_id
         FROM document_recipients r WHERE r.document_id = ?
       ) x LEFT JOIN documents reply ON reply.id = x.reply_id
       ORDER BY x.unit_name`,
    )
    .all(directive.id) as RecipientRow[];
  return rows.map((r) => ({
    unitCode: r.unit_code,
    unitName: r.unit_name,
    state: stateOf(r, dueBy, today),
    deliveredAt: r.delivered_at,
    arrivalNumber: r.arrival_number,
    registeredOn: r.registered_on,
    reply: r.reply_id ? { id: r.reply_id, numberSymbol: r.reply_number, issuedOn: r.reply_issued } : null,
    remindedAt: r.reminded_at,
  }));
}

function directiveRow(db: Db, id: string): DirectiveRow {
  const row = db.prepare('SELECT id, type_id, number_symbol, issued_on, subject, report_deadline FROM documents WHERE id = ?').get(id) as DirectiveRow | undefined;
  if (!row) throw new AppError('NOT_FOUND');
  return row;
}

export function directiveTracking(db: Db, id: string, today = todayIso()): DirectiveTracking {
  return trackingOf(db, directiveRow(db, id), today, deadlineRule(db).calendar);
}

function trackingOf(db: Db, d: DirectiveRow, today: string, calendar: Calendar): DirectiveTracking {
  const recipients = recipientsOf(db, d, today, calendar);
  const counts = emptyCounts();
  for (const r of recipients) counts[r.state]++;
  return { id: d.id, typeName: documentTypeName(d.type_id), numberSymbol: d.number_symbol, issuedOn: d.issued_on, subject: d.subject, reportDeadline: d.report_deadline, recipients, counts };
}

/** Directives in force issued in the period: one replaced by a newer document ("Soạn văn bản thay thế") is not. */
function directivesBetween(db: Db, from?: string, to?: string): DirectiveRow[] {
  return db
    .prepare(
      `SELECT id, type_id, number_symbol, issued_on, subject, report_deadline FROM documents d
       WHERE d.direction = 'outgoing' AND EXISTS (SELECT 1 FROM document_recipients r WHERE r.document_id = d.id)
         AND NOT EXISTS (SELECT 1 FROM documents n WHERE n.supersedes_id = d.id)
         AND (? IS NULL OR d.issued_on >= ?) AND (? IS NULL OR d.issued_on <= ?)
       ORDER BY d.issued_on DESC`,
    )
    .all(from ?? null, from ?? null, to ?? null, to ?? null) as DirectiveRow[];
}

export function issuedDirectives(db: Db, from?: string, to?: string, today = todayIso()): IssuedDirective[] {
  // The office's working calendar is read once for the whole list.
  const { calendar } = deadlineRule(db);
  return directivesBetween(db, from, to).map((d) => {
    const t = trackingOf(db, d, today, calendar);
    return { id: t.id, typeName: t.typeName, numberSymbol: t.numberSymbol, issuedOn: t.issuedOn, subject: t.subject, reportDeadline: t.reportDeadline, counts: t.counts, recipientCount: t.recipients.length };
  });
}

/** Per unit, across the directives issued in a period: what was due, answered on time, late, still missing. */
export function trackingOverview(db: Db, from: string, to: string, today = todayIso()): TrackingOverview {
  const directives = directivesBetween(db, from, to);
  const units = new Map<string, UnitOverview>();
  const { calendar } = deadlineRule(db);
  for (const d of directives) {
    for (const r of recipientsOf(db, d, today, calendar)) {
      const u = units.get(r.unitCode) ?? { unitCode: r.unitCode, unitName: r.unitName, directives: 0, due: 0, repliedOnTime: 0, repliedLate: 0, overdue: 0, pending: 0 };
      u.directives++;
      if (d.report_deadline) u.due++;
      if (r.state === 'replied') u.repliedOnTime++;
      else if (r.state === 'repliedLate') u.repliedLate++;
      else if (r.state === 'overdue') u.overdue++;
      else if (d.report_deadline) u.pending++;
      units.set(r.unitCode, u);
    }
  }
  return { from, to, directives: directives.length, units: [...units.values()].sort((a, b) => b.overdue - a.overdue || a.unitName.localeCompare(b.unitName, 'vi')) };
}
