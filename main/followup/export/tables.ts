import type { HandlingReport, RegisterKind, RegisterPreview } from '../../../shared/ipc/followup';
import { INCOMING_STATUS_LABELS } from '../../../shared/ipc/archiveTypes';
import { formatShortDate, todayIso } from '../../../shared/text/dates';
import { joinList } from '../../../shared/text/lists';
import { listIncomingRegister } from '../../archive/incomingRegister';
import type { Db } from '../../db/open';
import { listOutgoingRegister } from '../../drafting/outgoingRegister';
import { followupRegister, handlingReport } from '../queries';

/**
 * A register as a printable table: the columns of NĐ 30 Phụ lục IV and one row of cells per entry. A cell keeps its
 * value (a number, an ISO date in a `date` column, text, or null when empty) so a spreadsheet can sort and filter it;
 * `cellText` gives what the printed page shows.
 */
export type RegisterColumn = { label: string; width: number; center?: boolean; kind?: 'date' | 'number' };
export type RegisterCell = string | number | null;
/**
 * `totalRow`: the last row sums the others and prints in bold. `documentIds`: the document of each row, when rows are
 * documents. `years` and `numbers` fill the heading of a sổ (NĐ 30 Phụ lục IV): "Năm …", "Từ số … đến số …".
 */
export type RegisterTable = {
  title: string;
  period: string;
  /** The report's totals in one sentence. */
  summary?: string;
  years: string;
  numbers?: { first: string; last: string } | null;
  columns: RegisterColumn[];
  rows: RegisterCell[][];
  totalRow?: boolean;
  documentIds?: string[];
};

function numberRange(numbers: string[]): { first: string; last: string } | null {
  const first = numbers[0];
  const last = numbers.at(-1);
  return first === undefined || last === undefined ? null : { first, last };
}

/** One line of a sổ's heading under the office's name; each format gives the three kinds their own type. */
export type HeadingLine = { text: string; kind: 'title' | 'year' | 'period' };

/** The period, followed by a report's totals. */
const periodLine = (table: RegisterTable) => [table.period, table.summary].filter(Boolean).join('. ');

/** The heading of a sổ (NĐ 30 Phụ lục IV): its name, the year, the period and the numbers it holds. */
export function headingLines(table: RegisterTable): HeadingLine[] {
  const lines: HeadingLine[] = [{ text: table.title, kind: 'title' }, { text: `Năm ${table.years}`, kind: 'year' }, { text: periodLine(table), kind: 'period' }];
  if (table.numbers) lines.push({ text: `Từ số ${table.numbers.first} đến số ${table.numbers.last}`, kind: 'period' });
  return lines;
}

export function cellText(cell: RegisterCell, column: RegisterColumn | undefined): string {
  if (cell === null) return '';
  if (column?.kind === 'date' && typeof cell === 'string') return formatShortDate(cell);
  return String(cell);
}

const d = (date: string | null) => (date ? formatShortDate(date) : '');

function yearsBetween(from: string, to: string): number[] {
  const out: number[] = [];
  for (let y = Number(from.slice(0, 4)); y <= Number(to.slice(0, 4)); y++) out.push(y);
  return out;
}

type HandlerLine = HandlingReport['byHandler'][number];

function sumHandlers(lines: HandlerLine[]): HandlerLine {
  const sum = { handler: 'Tổng cộng', total: 0, done: 0, doneLate: 0, open: 0, overdue: 0 };
  for (const l of lines) for (const k of ['total', 'done', 'doneLate', 'open', 'overdue'] as const) sum[k] += l[k];
  return sum;
}

export function registerTable(db: Db, kind: RegisterKind, from: string, to: string, today = todayIso()): RegisterTable {
  const period = `Từ ngày ${d(from)} đến ngày ${d(to)}`;
  const years = [...new Set([from.slice(0, 4), to.slice(0, 4)])].join(' - ');
  switch (kind) {
    case 'incoming': {
      const entries = yearsBetween(from, to).flatMap((y) => listIncomingRegister(db, y, from, to));
      return {
        title: 'SỔ ĐĂNG KÝ VĂN BẢN ĐẾN',
        period,
        years,
        numbers: numberRange(entries.map((r) => String(r.arrivalNumber))),
        // Widths weighed on real entries: the trích yếu widest, and Ghi chú wide enough for a note on two lines.
        columns: [
          { label: 'Ngày đến', width: 9.5, center: true, kind: 'date' }, { label: 'Số đến', width: 5, center: true, kind: 'number' }, { label: 'Tác giả', width: 13 }, { label: 'Số, ký hiệu văn bản', width: 10 },
          { label: 'Ngày tháng văn bản', width: 9.5, center: true, kind: 'date' }, { label: 'Tên loại và trích yếu nội dung văn bản', width: 21 }, { label: 'Đơn vị hoặc người nhận', width: 10 },
          { label: 'Ngày chuyển', width: 9.5, center: true, kind: 'date' }, { label: 'Ký nhận', width: 7 }, { label: 'Ghi chú', width: 13 },
        ],
        rows: entries.map((r) => [r.arrivedOn, r.arrivalNumber, r.issuer, r.numberSymbol ?? '', r.issuedOn, `${r.typeName}: ${r.subject}`, r.recipient, r.transferredOn, r.receiverSignature, r.note]),
        documentIds: entries.map((r) => r.documentId),
      };
    }
    case 'outgoing': {
      const entries = yearsBetween(from, to).flatMap((y) => listOutgoingRegister(db, y, from, to));
      return {
        title: 'SỔ ĐĂNG KÝ VĂN BẢN ĐI',
        period,
        years,
        numbers: numberRange(entries.map((r) => r.numberSymbol)),
        columns: [
          { label: 'Số, ký hiệu văn bản', width: 10 }, { label: 'Ngày tháng văn bản', width: 9.5, center: true, kind: 'date' }, { label: 'Tên loại và trích yếu nội dung văn bản', width: 20 },
          { label: 'Người ký', width: 9 }, { label: 'Nơi nhận văn bản', width: 15 }, { label: 'Đơn vị, người nhận bản lưu', width: 9 }, { label: 'Số lượng bản', width: 5, center: true, kind: 'number' },
          { label: 'Ngày chuyển', width: 9.5, center: true, kind: 'date' }, { label: 'Ký nhận', width: 7 }, { label: 'Ghi chú', width: 13 },
        ],
        rows: entries.map((r) => [r.numberSymbol, r.issuedOn, `${r.typeName}: ${r.subject}`, r.signerName, joinList(r.distribution), r.fileCopyHolder, r.copies, r.sentOn, r.receiverSignature, r.note]),
        documentIds: entries.map((r) => r.documentId),
      };
    }
    case 'followup': {
      const entries = followupRegister(db, from, to, today);
      return {
        title: 'SỔ THEO DÕI GIẢI QUYẾT VĂN BẢN ĐẾN',
        period,
        years,
        numbers: numberRange(entries.map((r) => String(r.arrivalNumber))),
        columns: [
          { label: 'Số đến', width: 6, center: true, kind: 'number' }, { label: 'Tên loại, số, ký hiệu, ngày, tháng và tên cơ quan ban hành văn bản', width: 28 }, { label: 'Đơn vị hoặc người nhận', width: 14 },
          { label: 'Thời hạn giải quyết', width: 10, center: true, kind: 'date' }, { label: 'Tiến độ giải quyết', width: 14 }, { label: 'Số, ký hiệu văn bản trả lời', width: 15 }, { label: 'Ghi chú', width: 13 },
        ],
        rows: entries.map((r) => [r.arrivalNumber, r.description, r.recipient, r.handlingDeadline, r.progress, r.replies, r.note]),
        documentIds: entries.map((r) => r.documentId),
      };
    }
    case 'report': {
      const report = handlingReport(db, from, to, today);
      const s = report.byStatus;
      return {
        title: 'BÁO CÁO TÌNH HÌNH GIẢI QUYẾT VĂN BẢN ĐẾN',
        years,
        period,
        summary: `Tổng số ${report.total} văn bản: ${INCOMING_STATUS_LABELS.done} ${s.done}, ${INCOMING_STATUS_LABELS.inProgress} ${s.inProgress}, ${INCOMING_STATUS_LABELS.pending} ${s.pending}, ${INCOMING_STATUS_LABELS.noAction} ${s.noAction}.`,
        columns: [
          { label: 'Đơn vị, người xử lý', width: 30 }, { label: 'Tổng số', width: 10, center: true, kind: 'number' }, { label: 'Đã giải quyết', width: 12, center: true, kind: 'number' },
          { label: 'Trong đó quá hạn', width: 12, center: true, kind: 'number' }, { label: 'Chưa giải quyết', width: 12, center: true, kind: 'number' },
          { label: 'Trong đó quá hạn', width: 12, center: true, kind: 'number' },
        ],
        totalRow: true,
        rows: [...report.byHandler, sumHandlers(report.byHandler)].map((h) => [h.handler, h.total, h.done, h.doneLate, h.open, h.overdue]),
      };
    }
  }
}

/** What the screen shows before printing: the same table, as text. */
export function registerPreview(table: RegisterTable): RegisterPreview {
  return {
    title: table.title,
    period: periodLine(table),
    columns: table.columns.map((c) => ({ label: c.label, center: c.center ?? false })),
    rows: table.rows.map((r, i) => ({ documentId: table.documentIds?.[i] ?? null, cells: r.map((cell, j) => cellText(cell, table.columns[j])) })),
    totalRow: table.totalRow ?? false,
  };
}
