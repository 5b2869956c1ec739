import { documentTypeName, SECRECY_LABELS, URGENCY_LABELS, type Secrecy, type Urgency } from '../../shared/domain/documentTypes';
import { AppError } from '../../shared/errors';
import { INCOMING_STATUS_LABELS, type IncomingStatus } from '../../shared/ipc/archiveTypes';
import type { FollowupRow, HandlingReport, HistoryEntry, TodoItem, TodoList } from '../../shared/ipc/followup';
import { addDays, daysBetween, formatShortDate, todayIso, weekdayOf } from '../../shared/text/dates';
import { listAudit, recordAudit } from '../archive/audit';
import { registerNote } from '../archive/incomingRegister';
import { SUMMARY_COLUMNS, toSummary, type SummaryRow } from '../archive/rows';
import type { Db } from '../db/open';
import { defaultDeadline } from './applyDeadline';

/** How many documents each group of the to-do list shows; the full numbers come with it. */
export const TODO_LIST_LIMIT = 100;

// A document replaced by a newer one ("thay thế") is no longer to be handled: its replacement is.
const OPEN = `FROM documents d JOIN incoming i ON i.document_id = d.id WHERE i.status IN ('pending', 'inProgress') AND d.is_sample = 0
  AND NOT EXISTS (SELECT 1 FROM documents n WHERE n.supersedes_id = d.id)`;
const URGENT_FIRST = `CASE d.urgency WHEN 'flash' THEN 0 WHEN 'veryUrgent' THEN 1 WHEN 'urgent' THEN 2 ELSE 3 END`;

/** Open documents matching `where`, urgent first then by deadline, at most `limit`, with their full count. */
export function openDocuments(db: Db, where: string, params: unknown[], today: string, limit = TODO_LIST_LIMIT): { items: TodoItem[]; count: number } {
  const rows = db
    .prepare(
      `SELECT ${SUMMARY_COLUMNS}, i.handler, i.handling_deadline ${OPEN} AND ${where}
       ORDER BY ${URGENT_FIRST}, i.handling_deadline IS NULL, i.handling_deadline, i.arrival_number LIMIT ${limit}`,
    )
    .all(...params) as (SummaryRow & { handler: string; handling_deadline: string | null })[];
  const count = (db.prepare(`SELECT COUNT(*) AS n ${OPEN} AND ${where}`).get(...params) as { n: number }).n;
  return {
    count,
    items: rows.map((r) => ({ ...toSummary(r), handler: r.handler, handlingDeadline: r.handling_deadline, daysLeft: r.handling_deadline ? daysBetween(today, r.handling_deadline) : null })),
  };
}

/**
 * Việc cần làm: open documents by deadline, urgent ones first within each group. The query does the grouping and
 * the limit, so an archive with thousands of open documents answers as fast as one with ten.
 */
export function todoList(db: Db, today = todayIso()): TodoList {
  const endOfWeek = addDays(today, (7 - weekdayOf(today)) % 7);
  const overdue = openDocuments(db, 'i.handling_deadline < ?', [today], today);
  const thisWeek = openDocuments(db, 'i.handling_deadline BETWEEN ? AND ?', [today, endOfWeek], today);
  const later = openDocuments(db, '(i.handling_deadline IS NULL OR i.handling_deadline > ?)', [endOfWeek], today);
  return { today, overdue: overdue.items, thisWeek: thisWeek.items, later: later.items, counts: { overdue: overdue.count, thisWeek: thisWeek.count, later: later.count } };
}

export type HandlingChange = { handler?: string; handlingDeadline?: string; status?: IncomingStatus };

/**
 * Changes handler, deadline or status in one transaction, recording each change with its old and new value. A
 * deadline equal to the office's rule (after "Tính lại thời hạn") keeps the rule as its source; any other is manual.
 */
export function setHandling(db: Db, id: string, change: HandlingChange, now = new Date()): void {
  db.transaction(() => {
    const current = db.prepare('SELECT handler, handling_deadline, status, arrived_on, cancelled_on FROM incoming WHERE document_id = ?').get(id) as
      | { handler: string; handling_deadline: string | null; status: IncomingStatus; arrived_on: string; cancelled_on: string | null }
      | undefined;
    if (!current) throw new AppError('NOT_FOUND');
    if (current.cancelled_on) throw new AppError('ENTRY_CANCELLED');
    const before = { handler: current.handler, handling_deadline: current.handling_deadline, status: current.status };
    const next = {
      handler: change.handler ?? current.handler,
      handling_deadline: change.handlingDeadline === undefined ? current.handling_deadline : change.handlingDeadline || null,
      status: change.status ?? current.status,
    };
    const changed: Record<string, { from: unknown; to: unknown }> = {};
    for (const key of Object.keys(next) as (keyof typeof next)[]) if (next[key] !== before[key]) changed[key] = { from: before[key], to: next[key] };
    if (Object.keys(changed).length === 0) return;
    const byRule = defaultDeadline(db, id, current.arrived_on);
    const source = byRule && byRule.deadline === next.handling_deadline ? byRule.source : 'manual';
    db.prepare('UPDATE incoming SET handler = ?, handling_deadline = ?, status = ?, deadline_source = CASE WHEN ? THEN ? ELSE deadline_source END WHERE document_id = ?').run(
      next.handler, next.handling_deadline, next.status, changed.handling_deadline ? 1 : 0, source, id,
    );
    recordAudit(db, { action: 'handling.changed', entity: 'document', entityId: id, detail: changed }, now);
  })();
}

/**
 * The deadline the office's rule gives this document (the directive's own deadline, else N days after arrival),
 * to fill the form after a deadline typed by hand; nothing is saved until the clerk presses "Lưu xử lý".
 */
export function ruleDeadline(db: Db, id: string): string {
  const entry = db.prepare('SELECT arrived_on FROM incoming WHERE document_id = ?').get(id) as { arrived_on: string } | undefined;
  const computed = entry ? defaultDeadline(db, id, entry.arrived_on) : null;
  if (!computed) throw new AppError('NOT_FOUND');
  return computed.deadline;
}

/**
 * Column (6), Số, ký hiệu văn bản trả lời, of every entry that arrived in the period: the replies this office issued
 * and the reports linked by bundle, read in one query rather than one per entry.
 */
function repliesBetween(db: Db, from: string, to: string): Map<string, string> {
  const rows = db
    .prepare(
      `SELECT o.reply_to_id AS answered, d.number_symbol, d.issued_on FROM outgoing o JOIN documents d ON d.id = o.document_id
         JOIN incoming i ON i.document_id = o.reply_to_id WHERE i.is_sample = 0 AND i.arrived_on BETWEEN ? AND ?
       UNION SELECT l.to_id, d.number_symbol, d.issued_on FROM document_links l JOIN documents d ON d.id = l.from_id
         JOIN incoming i ON i.document_id = l.to_id WHERE l.kind = 'reply' AND i.is_sample = 0 AND i.arrived_on BETWEEN ? AND ?
       ORDER BY 1, 3, 2`,
    )
    .all(from, to, from, to) as { answered: string; number_symbol: string | null; issued_on: string | null }[];
  const replies = new Map<string, string[]>();
  for (const r of rows) {
    const list = replies.get(r.answered) ?? [];
    list.push(`${r.number_symbol ?? ''}${r.issued_on ? ` (${formatShortDate(r.issued_on)})` : ''}`);
    replies.set(r.answered, list);
  }
  return new Map([...replies].map(([id, list]) => [id, list.join('; ')]));
}

/** The sổ theo dõi giải quyết văn bản đến for documents that arrived in a period, kept from the data; samples left out. */
export function followupRegister(db: Db, from: string, to: string, today = todayIso()): FollowupRow[] {
  const rows = db
    .prepare(
      `SELECT d.id, d.type_id, d.number_symbol, d.issued_on, d.issuer, i.arrival_number, i.recipient, i.handler, i.handling_deadline, i.status, i.note,
         i.cancelled_on, i.cancel_reason
       FROM incoming i JOIN documents d ON d.id = i.document_id WHERE i.is_sample = 0 AND i.arrived_on BETWEEN ? AND ? ORDER BY i.year, i.arrival_number`,
    )
    .all(from, to) as {
    id: string; type_id: string; number_symbol: string | null; issued_on: string | null; issuer: string; arrival_number: number; recipient: string; handler: string;
    handling_deadline: string | null; status: IncomingStatus; note: string; cancelled_on: string | null; cancel_reason: string;
  }[];
  const replies = repliesBetween(db, from, to);
  return rows.map((r) => {
    const late = r.handling_deadline !== null && r.handling_deadline < today && (r.status === 'pending' || r.status === 'inProgress');
    return {
      documentId: r.id,
      arrivalNumber: r.arrival_number,
      description: `${documentTypeName(r.type_id)} ${r.number_symbol ?? ''}${r.issued_on ? ` ngày ${formatShortDate(r.issued_on)}` : ''} của ${r.issuer}`.replace(/\s+/g, ' '),
      recipient: [r.recipient, r.handler].filter(Boolean).join(' / '),
      handlingDeadline: r.handling_deadline,
      progress: `${INCOMING_STATUS_LABELS[r.status]}${late ? ' (quá hạn)' : ''}`,
      replies: replies.get(r.id) ?? '',
      note: registerNote(r.note, r.cancelled_on, r.cancel_reason),
    };
  });
}

/** Báo cáo tình hình giải quyết văn bản đến: counts by status, and per handler how many were late; samples left out. */
export function handlingReport(db: Db, from: string, to: string, today = todayIso()): HandlingReport {
  const rows = db
    .prepare(
      `SELECT i.document_id, i.handler, i.status, i.handling_deadline,
         (SELECT MAX(a.at) FROM audit a WHERE a.entity = 'document' AND a.entity_id = i.document_id AND a.action = 'handling.changed' AND a.detail LIKE '%"status"%') AS changed_at
       FROM incoming i WHERE i.is_sample = 0 AND i.arrived_on BETWEEN ? AND ?`,
    )
    .all(from, to) as { handler: string; status: IncomingStatus; handling_deadline: string | null; changed_at: string | null }[];
  const byStatus: Record<IncomingStatus, number> = { pending: 0, inProgress: 0, done: 0, noAction: 0 };
  const handlers = new Map<string, HandlingReport['byHandler'][number]>();
  for (const r of rows) {
    byStatus[r.status]++;
    const name = r.handler || 'Chưa giao';
    const h = handlers.get(name) ?? { handler: name, total: 0, done: 0, doneLate: 0, open: 0, overdue: 0 };
    h.total++;
    if (r.status === 'done' || r.status === 'noAction') {
      h.done++;
      if (r.status === 'done' && r.handling_deadline && r.changed_at && r.changed_at.slice(0, 10) > r.handling_deadline) h.doneLate++;
    } else {
      h.open++;
      if (r.handling_deadline && r.handling_deadline < today) h.overdue++;
    }
    handlers.set(name, h);
  }
  return { from, to, total: rows.length, byStatus, byHandler: [...handlers.values()].sort((a, b) => b.overdue - a.overdue || a.handler.localeCompare(b.handler, 'vi')) };
}

const ACTION_LABELS: Record<string, string> = {
  'incoming.registered': 'Vào sổ văn bản đến',
  'incoming.received': 'Nhận qua gói trao đổi',
  'incoming.updated': 'Sửa thông tin sổ đến',
  'incoming.cancelled': 'Hủy số đến (vào sổ nhầm)',
  'document.updated': 'Sửa thông tin văn bản',
  'incoming.replied': 'Đã trả lời',
  'handling.changed': 'Thay đổi xử lý',
  'outgoing.issued': 'Ban hành, cấp số',
  'reply.issued': 'Ban hành văn bản trả lời',
};

const FIELD_LABELS: Record<string, string> = {
  handler: 'Người xử lý',
  handling_deadline: 'Thời hạn',
  status: 'Tình trạng',
  recipient: 'Đơn vị/người nhận',
  note: 'Ghi chú',
  transferred_on: 'Ngày chuyển',
  receiver_signature: 'Ký nhận',
  typeId: 'Loại văn bản',
  numberText: 'Số',
  symbol: 'Ký hiệu',
  issuer: 'Cơ quan ban hành',
  parentIssuer: 'Cơ quan chủ quản',
  place: 'Địa danh',
  issuedOn: 'Ngày ban hành',
  subject: 'Trích yếu',
  body: 'Toàn văn',
  addressees: 'Kính gửi',
  distribution: 'Nơi nhận',
  signerName: 'Người ký',
  signerTitle: 'Chức vụ người ký',
  signingAuthority: 'Quyền hạn ký',
  urgency: 'Độ khẩn',
  secrecy: 'Độ mật',
  reportDeadline: 'Hạn báo cáo',
};

function show(field: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return '(trống)';
  if (field === 'status') return INCOMING_STATUS_LABELS[value as IncomingStatus] ?? String(value);
  if (field === 'urgency') return URGENCY_LABELS[value as Urgency] ?? String(value);
  if (field === 'secrecy') return SECRECY_LABELS[value as Secrecy] ?? String(value);
  if (field === 'typeId') return documentTypeName(String(value));
  if (Array.isArray(value)) return value.length ? value.join('; ') : '(trống)';
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return formatShortDate(value);
  return String(value);
}

type AuditRow = { id: number; at: string; action: string; detail: Record<string, unknown> };

/** Replies issued by this office that answer the document: they belong to the directive's story too. */
function repliesIssued(db: Db, id: string): AuditRow[] {
  const rows = db
    .prepare("SELECT id, at, 'reply.issued' AS action, detail FROM audit WHERE action = 'outgoing.issued' AND json_extract(detail, '$.replyTo') = ? ORDER BY id")
    .all(id) as { id: number; at: string; action: string; detail: string }[];
  return rows.map((r) => ({ ...r, detail: JSON.parse(r.detail) as Record<string, unknown> }));
}

/** The document's history as the clerk reads it: when, what, from what to what. */
export function documentHistory(db: Db, id: string): HistoryEntry[] {
  const entries = [...listAudit(db, 'document', id), ...repliesIssued(db, id)].sort((a, b) => a.id - b.id);
  return entries.map((a) => {
    const details = Object.entries(a.detail).flatMap(([k, v]) =>
      v && typeof v === 'object' && 'to' in v && 'from' in v ? [`${FIELD_LABELS[k] ?? k}: ${show(k, v.from)} → ${show(k, v.to)}`] : [],
    );
    if (a.action === 'incoming.cancelled') details.push(`Số đến ${String(a.detail.arrivalNumber ?? '')}`, `Lý do: ${String(a.detail.reason ?? '')}`);
    if (a.action === 'incoming.registered' || a.action === 'incoming.received') details.push(`Số đến ${String(a.detail.arrivalNumber ?? '')}`);
    if (a.action === 'outgoing.issued' || a.action === 'reply.issued') details.push(`Số, ký hiệu ${String(a.detail.numberSymbol ?? '')}`);
    return { at: a.at, action: a.action, label: ACTION_LABELS[a.action] ?? a.action, details };
  });
}
