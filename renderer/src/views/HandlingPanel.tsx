import { useEffect, useState } from 'react';
import { INCOMING_STATUS_LABELS, type IncomingEntry, type IncomingStatus } from '../../../shared/ipc/archiveTypes';
import type { HistoryEntry } from '../../../shared/ipc/followup';
import { api, errorMessage } from '../api/client';
import { DateInput } from '../components/DateInput';
import { Field } from '../components/Field';

/** Xử lý văn bản đến: handler, deadline and status, each change kept in the document's history. */
export function HandlingPanel({ id, incoming, onSaved }: { id: string; incoming: IncomingEntry; onSaved: () => void }) {
  const [handler, setHandler] = useState(incoming.handler);
  const [deadline, setDeadline] = useState(incoming.handlingDeadline ?? '');
  const [status, setStatus] = useState<IncomingStatus>(incoming.status);
  const [history, setHistory] = useState<HistoryEntry[]>([]);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const loadHistory = () => api.invoke('followup:history', { id }).then(setHistory, () => undefined);
  // The entry comes back new after every change on the page (register, fields, cancelling): the history follows.
  useEffect(() => {
    void loadHistory();
  }, [id, incoming]);
  const cancelled = incoming.cancelledOn !== null;
  async function save() {
    try {
      await api.invoke('followup:setHandling', { id, handler, handlingDeadline: deadline, status });
      setMessage({ ok: true, text: 'Đã lưu.' });
      onSaved();
    } catch (e) {
      setMessage({ ok: false, text: errorMessage(e) });
    }
  }
  /** Fills the field with the rule's deadline; like any other change it is saved with "Lưu xử lý". */
  async function resetToRule() {
    try {
      const result = await api.invoke('followup:ruleDeadline', { id });
      setDeadline(result.handlingDeadline);
      setMessage({ ok: true, text: 'Đã điền thời hạn theo quy định; bấm “Lưu xử lý” để lưu.' });
    } catch (e) {
      setMessage({ ok: false, text: errorMessage(e) });
    }
  }
  return (
    <section className="card" aria-label="Xử lý văn bản">
      <h2>Xử lý văn bản</h2>
      {cancelled ? <p className="muted">Số đến đã hủy: văn bản không cần xử lý.</p> : <>
      <Field label="Đơn vị/người xử lý">
        <input value={handler} onChange={(e) => setHandler(e.target.value)} />
      </Field>
      <Field label="Thời hạn giải quyết">
        <DateInput value={deadline} onChange={setDeadline} />
      </Field>
      <button type="button" className="link" onClick={() => void resetToRule()}>
        Tính lại thời hạn theo quy định của cơ quan
      </button>
      <Field label="Tình trạng xử lý">
        <select value={status} onChange={(e) => setStatus(e.target.value as IncomingStatus)}>
          {(Object.keys(INCOMING_STATUS_LABELS) as IncomingStatus[]).map((s) => (
            <option key={s} value={s}>
              {INCOMING_STATUS_LABELS[s]}
            </option>
          ))}
        </select>
      </Field>
      <div className="actions" style={{ marginTop: 8 }}>
        <button type="button" className="primary" onClick={() => void save()}>
          Lưu xử lý
        </button>
        {message ? <span className={message.ok ? 'save-state' : 'field-error'} role="status">{message.text}</span> : null}
      </div>
      </>}
      <h2 style={{ marginTop: 12 }}>Lịch sử</h2>
      <ol className="history" data-testid="history">
        {history.map((h, i) => (
          <li key={i}>
            <span className="muted">{new Date(h.at).toLocaleString('vi-VN')}</span> {h.label}
            {h.details.length ? `: ${h.details.join('; ')}` : ''}
          </li>
        ))}
      </ol>
    </section>
  );
}
