import { useEffect, useState } from 'react';
import { REGISTER_KINDS, type FollowupRow, type HandlingReport, type RegisterKind } from '../../../shared/ipc/followup';
import { INCOMING_STATUS_LABELS, type IncomingStatus } from '../../../shared/ipc/archiveTypes';
import { todayIso } from '../../../shared/text/dates';
import { api, errorMessage } from '../api/client';
import { ErrorBanner } from '../components/ErrorBanner';
import { showDate } from '../components/format';
import { navigate } from '../stores/navigation';

const LABELS: Record<RegisterKind, string> = {
  incoming: 'Sổ đăng ký văn bản đến',
  outgoing: 'Sổ đăng ký văn bản đi',
  followup: 'Sổ theo dõi giải quyết văn bản đến',
  report: 'Báo cáo tình hình giải quyết văn bản đến',
};

const STATUS_ORDER: IncomingStatus[] = ['pending', 'inProgress', 'done', 'noAction'];

/** Tình hình giải quyết: totals by status and, per handler, how many were handled and how many are late. */
function ReportTable({ report }: { report: HandlingReport }) {
  return (
    <section aria-label="Tình hình giải quyết văn bản đến" data-testid="handling-report">
      <h2>Tình hình giải quyết văn bản đến</h2>
      <p>
        Tổng số {report.total} văn bản đến trong kỳ:{' '}
        {STATUS_ORDER.map((s) => `${INCOMING_STATUS_LABELS[s]} ${report.byStatus[s]}`).join(', ')}.
      </p>
      {report.byHandler.length ? (
        <table className="register-table">
          <thead>
            <tr>
              <th>Đơn vị, người xử lý</th>
              <th>Tổng số</th>
              <th>Đã giải quyết</th>
              <th>Trong đó quá hạn</th>
              <th>Chưa giải quyết</th>
              <th>Trong đó quá hạn</th>
            </tr>
          </thead>
          <tbody>
            {report.byHandler.map((h) => (
              <tr key={h.handler}>
                <td>{h.handler}</td>
                <td>{h.total}</td>
                <td>{h.done}</td>
                <td>{h.doneLate}</td>
                <td>{h.open}</td>
                <td className={h.overdue ? 'late' : undefined}>{h.overdue}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}

/** In sổ: the registers an office must print and bind, for a chosen period, as DOCX or XLSX. */
export function RegistersView() {
  const year = new Date().getFullYear();
  const [from, setFrom] = useState(`${year}-01-01`);
  const [to, setTo] = useState(todayIso());
  const [register, setRegister] = useState<RegisterKind>('followup');
  const [rows, setRows] = useState<FollowupRow[]>([]);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [report, setReport] = useState<HandlingReport | null>(null);
  useEffect(() => {
    if (!from || !to || from > to) return;
    api.invoke('followup:register', { from, to }).then(setRows, () => setRows([]));
    api.invoke('followup:report', { from, to }).then(setReport, () => setReport(null));
  }, [from, to]);
  async function exportAs(format: 'docx' | 'xlsx') {
    try {
      const file = await api.invoke('registers:export', { register, format, from, to });
      if (file) setMessage({ ok: true, text: `Đã xuất: ${file.path}` });
    } catch (e) {
      setMessage({ ok: false, text: errorMessage(e) });
    }
  }
  return (
    <section className="view" aria-labelledby="registers-title">
      <h1 id="registers-title">In sổ và báo cáo</h1>
      <div className="toolbar">
        <label>
          Sổ{' '}
          <select aria-label="Loại sổ" value={register} onChange={(e) => setRegister(e.target.value as RegisterKind)}>
            {REGISTER_KINDS.map((k) => (
              <option key={k} value={k}>
                {LABELS[k]}
              </option>
            ))}
          </select>
        </label>
        <label>
          Từ ngày <input type="date" aria-label="Từ ngày" value={from} onChange={(e) => setFrom(e.target.value)} />
        </label>
        <label>
          đến ngày <input type="date" aria-label="Đến ngày" value={to} onChange={(e) => setTo(e.target.value)} />
        </label>
        <button type="button" onClick={() => void exportAs('docx')}>
          Xuất Word (DOCX)
        </button>
        <button type="button" onClick={() => void exportAs('xlsx')}>
          Xuất Excel (XLSX)
        </button>
      </div>
      {message ? message.ok ? <div className="banner banner-ok" role="status">{message.text}</div> : <ErrorBanner message={message.text} /> : null}
      {report ? <ReportTable report={report} /> : null}
      <h2>Sổ theo dõi giải quyết văn bản đến</h2>
      <table className="register-table" data-testid="followup-register">
        <thead>
          <tr>
            <th>Số đến</th>
            <th>Tên loại, số, ký hiệu, ngày và cơ quan ban hành</th>
            <th>Đơn vị hoặc người nhận</th>
            <th>Thời hạn giải quyết</th>
            <th>Tiến độ giải quyết</th>
            <th>Số, ký hiệu văn bản trả lời</th>
            <th>Ghi chú</th>
          </tr>
          <tr className="col-numbers">
            {Array.from({ length: 7 }, (_, i) => (
              <th key={i}>({i + 1})</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.documentId} className="doc-row" onClick={() => navigate({ name: 'document', id: r.documentId })}>
              <td>{r.arrivalNumber}</td>
              <td>{r.description}</td>
              <td>{r.recipient}</td>
              <td>{showDate(r.handlingDeadline)}</td>
              <td>{r.progress}</td>
              <td>{r.replies}</td>
              <td>{r.note}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
