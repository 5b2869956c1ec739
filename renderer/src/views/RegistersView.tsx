import { useEffect, useState } from 'react';
import { PERIOD_REVERSED, REGISTER_KINDS, type RegisterKind, type RegisterPreview } from '../../../shared/ipc/followup';
import { todayIso } from '../../../shared/text/dates';
import { api, errorMessage } from '../api/client';
import { DateInput } from '../components/DateInput';
import { ErrorBanner } from '../components/ErrorBanner';
import { Field } from '../components/Field';
import { navigate } from '../stores/navigation';

const LABELS: Record<RegisterKind, string> = {
  incoming: 'Sổ đăng ký văn bản đến',
  outgoing: 'Sổ đăng ký văn bản đi',
  followup: 'Sổ theo dõi giải quyết văn bản đến',
  report: 'Báo cáo tình hình giải quyết văn bản đến',
};

const TEST_IDS: Record<RegisterKind, string> = { incoming: 'incoming-register', outgoing: 'outgoing-register', followup: 'followup-register', report: 'handling-report' };

/** The chosen register as it will be printed: title, period, numbered columns, one row per entry. */
function PreviewTable({ kind, preview }: { kind: RegisterKind; preview: RegisterPreview }) {
  return (
    <section aria-label={LABELS[kind]} data-testid={TEST_IDS[kind]}>
      <h2>{LABELS[kind]}</h2>
      <p className="muted">{preview.period}</p>
      {preview.rows.length === 0 ? (
        <p className="muted" role="status">Không có văn bản nào trong kỳ này.</p>
      ) : (
        <table className="register-table">
          <thead>
            <tr>
              {preview.columns.map((c, i) => (
                <th key={i}>{c.label}</th>
              ))}
            </tr>
            <tr className="col-numbers">
              {preview.columns.map((_, i) => (
                <th key={i}>({i + 1})</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {preview.rows.map((r, n) => {
              const id = r.documentId;
              const total = preview.totalRow && n === preview.rows.length - 1;
              return (
                <tr key={id ?? n} className={id ? 'doc-row' : total ? 'total-row' : undefined} onClick={id ? () => navigate({ name: 'document', id }) : undefined}>
                  {r.cells.map((text, i) => (
                    <td key={i} className={preview.columns[i]?.center ? 'center' : undefined}>
                      {text}
                    </td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}

/** In sổ: the registers an office must print and bind, for a chosen period, previewed then saved as DOCX or XLSX. */
export function RegistersView() {
  const year = new Date().getFullYear();
  const [from, setFrom] = useState(`${year}-01-01`);
  const [to, setTo] = useState(todayIso());
  const [register, setRegister] = useState<RegisterKind>('followup');
  const [preview, setPreview] = useState<RegisterPreview | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const periodError = from && to && from > to ? PERIOD_REVERSED : undefined;
  const periodComplete = Boolean(from && to) && !periodError;
  useEffect(() => {
    setMessage(null);
    setPreview(null);
    setLoadError(null);
    if (!periodComplete) return;
    let current = true;
    api.invoke('registers:preview', { register, from, to }).then(
      (p) => current && setPreview(p),
      (e: unknown) => current && setLoadError(errorMessage(e)),
    );
    return () => {
      current = false;
    };
  }, [register, from, to, periodComplete]);
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
      <div className="toolbar registers-toolbar">
        <Field label="Sổ">
          <select aria-label="Loại sổ" value={register} onChange={(e) => setRegister(e.target.value as RegisterKind)}>
            {REGISTER_KINDS.map((k) => (
              <option key={k} value={k}>
                {LABELS[k]}
              </option>
            ))}
          </select>
        </Field>
        <Field label="Từ ngày" hint={from ? undefined : 'Chọn ngày đầu kỳ.'}>
          <DateInput value={from} onChange={setFrom} />
        </Field>
        <Field label="Đến ngày" error={periodError} hint={to ? undefined : 'Chọn ngày cuối kỳ.'}>
          <DateInput value={to} onChange={setTo} />
        </Field>
        <button type="button" disabled={!periodComplete} onClick={() => void exportAs('docx')}>
          Xuất Word (DOCX)
        </button>
        <button type="button" disabled={!periodComplete} onClick={() => void exportAs('xlsx')}>
          Xuất Excel (XLSX)
        </button>
      </div>
      {message ? message.ok ? <div className="banner banner-ok" role="status">{message.text}</div> : <ErrorBanner message={message.text} /> : null}
      <ErrorBanner message={loadError} />
      {preview ? <PreviewTable kind={register} preview={preview} /> : null}
    </section>
  );
}
