import { useEffect, useState } from 'react';
import type { OutgoingRegisterView as Row } from '../../../shared/ipc/drafting';
import { joinList } from '../../../shared/text/lists';
import { api, errorMessage } from '../api/client';
import { ErrorBanner } from '../components/ErrorBanner';
import { showDate } from '../components/format';
import { navigate } from '../stores/navigation';

const HEADERS = ['Số, ký hiệu', 'Ngày tháng văn bản', 'Tên loại và trích yếu nội dung', 'Người ký', 'Nơi nhận', 'Đơn vị, người nhận bản lưu', 'Số lượng bản', 'Ngày chuyển', 'Ký nhận', 'Ghi chú'];

/** Sổ đăng ký văn bản đi: the 10 columns of NĐ 30 Phụ lục IV. */
export function OutgoingRegisterView() {
  const [year, setYear] = useState(new Date().getFullYear());
  const [rows, setRows] = useState<Row[]>([]);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    api.invoke('register:outgoing:list', { year }).then(setRows, (e: unknown) => setError(errorMessage(e)));
  }, [year]);
  return (
    <section className="view" aria-labelledby="outgoing-title">
      <header className="view-header">
        <h1 id="outgoing-title">Sổ đăng ký văn bản đi</h1>
        <label>
          Năm <input type="number" aria-label="Năm của sổ đi" value={year} onChange={(e) => setYear(Number(e.target.value) || new Date().getFullYear())} />
        </label>
      </header>
      <ErrorBanner message={error} />
      <table className="register-table" data-testid="outgoing-register">
        <thead>
          <tr>
            {HEADERS.map((h) => (
              <th key={h}>{h}</th>
            ))}
          </tr>
          <tr className="col-numbers">
            {HEADERS.map((_, i) => (
              <th key={i}>({i + 1})</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.documentId} className="doc-row" onClick={() => navigate({ name: 'document', id: r.documentId })}>
              <td>{r.numberSymbol}</td>
              <td>{showDate(r.issuedOn)}</td>
              <td>
                <strong>{r.typeName}</strong> {r.subject}
                {r.replyToNumberSymbol ? <div className="muted">Trả lời văn bản số {r.replyToNumberSymbol}</div> : null}
              </td>
              <td>{r.signerName}</td>
              <td>{joinList(r.distribution)}</td>
              <td>{r.fileCopyHolder}</td>
              <td>{r.copies}</td>
              <td>{showDate(r.sentOn)}</td>
              <td>{r.receiverSignature}</td>
              <td>{r.note}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {rows.length === 0 ? <p className="empty">Chưa có văn bản đi nào trong năm {year}.</p> : null}
    </section>
  );
}
