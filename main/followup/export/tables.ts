import type { RegisterKind } from '../../../shared/ipc/followup';
import { INCOMING_STATUS_LABELS } from '../../../shared/ipc/archiveTypes';
import { formatShortDate } from '../../../shared/text/dates';
import { listIncomingRegister } from '../../archive/incomingRegister';
import type { Db } from '../../db/open';
import { listOutgoingRegister } from '../../drafting/outgoingRegister';
import { followupRegister, handlingReport } from '../queries';

/** A register as a printable table: the columns of NĐ 30 Phụ lục IV and one row of text cells per entry. */
export type RegisterTable = { title: string; period: string; columns: { label: string; width: number }[]; rows: string[][] };

const d = (date: string | null) => (date ? formatShortDate(date) : '');

function yearsBetween(from: string, to: string): number[] {
  const out: number[] = [];
  for (let y = Number(from.slice(0, 4)); y <= Number(to.slice(0, 4)); y++) out.push(y);
  return out;
}

export function registerTable(db: Db, kind: RegisterKind, from: string, to: string): RegisterTable {
  const period = `Từ ngày ${d(from)} đến ngày ${d(to)}`;
  switch (kind) {
    case 'incoming':
      return {
        title: 'SỔ ĐĂNG KÝ VĂN BẢN ĐẾN',
        period,
        columns: [
          { label: 'Ngày đến', width: 10.5 }, { label: 'Số đến', width: 5 }, { label: 'Tác giả', width: 14 }, { label: 'Số, ký hiệu văn bản', width: 11 },
          { label: 'Ngày tháng văn bản', width: 10.5 }, { label: 'Tên loại và trích yếu nội dung văn bản', width: 23 }, { label: 'Đơn vị hoặc người nhận', width: 11 },
          { label: 'Ngày chuyển', width: 10.5 }, { label: 'Ký nhận', width: 7 }, { label: 'Ghi chú', width: 7 },
        ],
        rows: yearsBetween(from, to)
          .flatMap((y) => listIncomingRegister(db, y, from, to))
          .map((r) => [d(r.arrivedOn), String(r.arrivalNumber), r.issuer, r.numberSymbol ?? '', d(r.issuedOn), `${r.typeName}: ${r.subject}`, r.recipient, d(r.transferredOn), r.receiverSignature, r.note]),
      };
    case 'outgoing':
      return {
        title: 'SỔ ĐĂNG KÝ VĂN BẢN ĐI',
        period,
        columns: [
          { label: 'Số, ký hiệu văn bản', width: 11 }, { label: 'Ngày tháng văn bản', width: 10.5 }, { label: 'Tên loại và trích yếu nội dung văn bản', width: 24 },
          { label: 'Người ký', width: 11 }, { label: 'Nơi nhận văn bản', width: 15 }, { label: 'Đơn vị, người nhận bản lưu', width: 9 }, { label: 'Số lượng bản', width: 6 },
          { label: 'Ngày chuyển', width: 10.5 }, { label: 'Ký nhận', width: 7 }, { label: 'Ghi chú', width: 6 },
        ],
        rows: yearsBetween(from, to)
          .flatMap((y) => listOutgoingRegister(db, y, from, to))
          .map((r) => [r.numberSymbol, d(r.issuedOn), `${r.typeName}: ${r.subject}`, r.signerName, r.distribution.join('; '), r.fileCopyHolder, String(r.copies), d(r.sentOn), r.receiverSignature, r.note]),
      };
    case 'followup':
      return {
        title: 'SỔ THEO DÕI GIẢI QUYẾT VĂN BẢN ĐẾN',
        period,
        columns: [
          { label: 'Số đến', width: 6 }, { label: 'Tên loại, số, ký hiệu, ngày, tháng và tên cơ quan ban hành văn bản', width: 30 }, { label: 'Đơn vị hoặc người nhận', width: 14 },
          { label: 'Thời hạn giải quyết', width: 11 }, { label: 'Tiến độ giải quyết', width: 13 }, { label: 'Số, ký hiệu văn bản trả lời', width: 15 }, { label: 'Ghi chú', width: 12 },
        ],
        rows: followupRegister(db, from, to).map((r) => [String(r.arrivalNumber), r.description, r.recipient, d(r.handlingDeadline), r.progress, r.replies, r.note]),
      };
    case 'report': {
      const report = handlingReport(db, from, to);
      const s = report.byStatus;
      return {
        title: 'BÁO CÁO TÌNH HÌNH GIẢI QUYẾT VĂN BẢN ĐẾN',
        period: `${period}. Tổng số ${report.total} văn bản: ${INCOMING_STATUS_LABELS.done} ${s.done}, ${INCOMING_STATUS_LABELS.inProgress} ${s.inProgress}, ${INCOMING_STATUS_LABELS.pending} ${s.pending}, ${INCOMING_STATUS_LABELS.noAction} ${s.noAction}.`,
        columns: [
          { label: 'Đơn vị, người xử lý', width: 30 }, { label: 'Tổng số', width: 10 }, { label: 'Đã giải quyết', width: 12 }, { label: 'Trong đó quá hạn', width: 12 },
          { label: 'Chưa giải quyết', width: 12 }, { label: 'Trong đó quá hạn', width: 12 },
        ],
        rows: report.byHandler.map((h) => [h.handler, String(h.total), String(h.done), String(h.doneLate), String(h.open), String(h.overdue)]),
      };
    }
  }
}
