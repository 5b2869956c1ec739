import { useEffect, useState } from 'react';
import type { IncomingRegisterRow } from '../../../shared/ipc/archiveTypes';
import { api, errorMessage } from '../api/client';
import { ErrorBanner } from '../components/ErrorBanner';
import { showDate } from '../components/format';
import { navigate } from '../stores/navigation';

const FIRST_YEAR = 1945;
const LAST_YEAR = 2200;

/** The year being typed, once it is a whole year the register can have; "2", "20", "202" are not yet. */
function typedYear(text: string): number | null {
  if (!/^\d{4}$/.test(text.trim())) return null;
  const year = Number(text);
  return year >= FIRST_YEAR && year <= LAST_YEAR ? year : null;
}

/** Sổ đăng ký văn bản đến: the 10 columns of NĐ 30 Phụ lục IV. */
export function IncomingRegisterView() {
  const [year, setYear] = useState(new Date().getFullYear());
  const [yearText, setYearText] = useState(String(year));
  const [rows, setRows] = useState<IncomingRegisterRow[]>([]);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    api.invoke('register:incoming:list', { year }).then(
      (r) => {
        setRows(r);
        setError(null);
      },
      (e: unknown) => setError(errorMessage(e)),
    );
  }, [year]);

  return (
    <section className="view" aria-labelledby="register-title">
      <header className="view-header">
        <h1 id="register-title">Sổ đăng ký văn bản đến</h1>
        <label>
          Năm{' '}
          <input
            type="number"
            aria-label="Năm của sổ"
            value={yearText}
            min={FIRST_YEAR}
            max={LAST_YEAR}
            onChange={(e) => {
              setYearText(e.target.value);
              const typed = typedYear(e.target.value);
              if (typed !== null) setYear(typed);
            }}
            // A year left unfinished goes back to the register shown.
            onBlur={() => setYearText(String(year))}
          />
        </label>
        <button type="button" className="primary" onClick={() => navigate({ name: 'manualEntry' })}>
          + Vào sổ văn bản giấy
        </button>
      </header>
      <ErrorBanner message={error} />
      <table className="register-table" data-testid="incoming-register">
        <thead>
          <tr>
            <th>Ngày đến</th>
            <th>Số đến</th>
            <th>Tác giả</th>
            <th>Số, ký hiệu</th>
            <th>Ngày tháng văn bản</th>
            <th>Tên loại và trích yếu nội dung</th>
            <th>Đơn vị hoặc người nhận</th>
            <th>Ngày chuyển</th>
            <th>Ký nhận</th>
            <th>Ghi chú</th>
          </tr>
          <tr className="col-numbers">
            {Array.from({ length: 10 }, (_, i) => (
              <th key={i}>({i + 1})</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.documentId} onClick={() => navigate({ name: 'document', id: r.documentId })} className="doc-row">
              <td>{showDate(r.arrivedOn)}</td>
              <td>{r.arrivalNumber}</td>
              <td>{r.issuer}</td>
              <td>{r.numberSymbol ?? '—'}</td>
              <td>{showDate(r.issuedOn)}</td>
              <td>
                <strong>{r.typeName}</strong> {r.subject}
              </td>
              <td>{r.recipient}</td>
              <td>{showDate(r.transferredOn)}</td>
              <td>{r.receiverSignature}</td>
              <td>{r.note}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {rows.length === 0 ? <p className="empty">Chưa có văn bản nào vào sổ năm {year}.</p> : null}
    </section>
  );
}
