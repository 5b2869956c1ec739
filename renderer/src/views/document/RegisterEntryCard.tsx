import { useState } from 'react';
import { INCOMING_STATUS_LABELS, type IncomingEntry } from '../../../../shared/ipc/archiveTypes';
import { api, errorMessage, fieldErrorsOf } from '../../api/client';
import { DateInput } from '../../components/DateInput';
import { Field } from '../../components/Field';
import { showDate } from '../../components/format';

type Props = { id: string; entry: IncomingEntry; onSaved: () => void };

/**
 * The document's line in the sổ đến: columns (7) to (10) are filled in as the document is handed over, and an
 * entry registered by mistake is cancelled with its reason; its số đến is never given again.
 */
export function RegisterEntryCard({ id, entry, onSaved }: Props) {
  const [recipient, setRecipient] = useState(entry.recipient);
  const [transferredOn, setTransferredOn] = useState(entry.transferredOn ?? '');
  const [receiverSignature, setReceiverSignature] = useState(entry.receiverSignature);
  const [note, setNote] = useState(entry.note);
  const [cancelling, setCancelling] = useState(false);
  const [reason, setReason] = useState('');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  async function run(action: () => Promise<unknown>, done: string) {
    try {
      await action();
      setFieldErrors({});
      setMessage({ ok: true, text: done });
      onSaved();
    } catch (e) {
      setFieldErrors(fieldErrorsOf(e));
      setMessage({ ok: false, text: errorMessage(e) });
    }
  }
  const save = () => run(() => api.invoke('register:incoming:update', { id, recipient, transferredOn, receiverSignature, note }), 'Đã lưu sổ đến.');
  const cancel = () => run(() => api.invoke('register:incoming:cancel', { id, reason }), 'Đã hủy số đến.');
  const status = message ? (
    <span className={message.ok ? 'save-state' : 'field-error'} role="status">
      {message.text}
    </span>
  ) : null;
  return (
    <section className="card" aria-label="Sổ đến">
      <h2>Sổ văn bản đến</h2>
      <p>
        Số đến <strong data-testid="arrival-number">{entry.arrivalNumber}</strong>/{entry.year}, ngày đến {showDate(entry.arrivedOn)}
      </p>
      {entry.cancelledOn ? (
        <>
          <div className="banner banner-warn" role="note" data-testid="entry-cancelled">
            Đã hủy số đến ngày {showDate(entry.cancelledOn)} (vào sổ nhầm). Lý do: {entry.cancelReason}
          </div>
          <p>Đơn vị/người nhận: {entry.recipient || '—'}</p>
          {entry.note ? <p>Ghi chú: {entry.note}</p> : null}
        </>
      ) : (
        <>
          <p>Tình trạng: {INCOMING_STATUS_LABELS[entry.status]}</p>
          <Field label="Đơn vị hoặc người nhận">
            <input value={recipient} onChange={(e) => setRecipient(e.target.value)} />
          </Field>
          <Field label="Ngày chuyển" error={fieldErrors.transferredOn}>
            <DateInput value={transferredOn} onChange={setTransferredOn} />
          </Field>
          <Field label="Ký nhận" hint="Họ tên người nhận văn bản (cột 9 của sổ).">
            <input value={receiverSignature} onChange={(e) => setReceiverSignature(e.target.value)} />
          </Field>
          <Field label="Ghi chú">
            <input value={note} onChange={(e) => setNote(e.target.value)} />
          </Field>
          <div className="actions" style={{ marginTop: 8 }}>
            <button type="button" className="primary" onClick={() => void save()}>
              Lưu sổ đến
            </button>
            {cancelling ? null : (
              <button type="button" onClick={() => setCancelling(true)}>
                Hủy số đến (vào sổ nhầm)…
              </button>
            )}
            {cancelling ? null : status}
          </div>
          {cancelling ? (
            <div className="banner banner-warn" role="group" aria-label="Hủy số đến">
              <div style={{ flex: 1 }}>
                <p>
                  Số đến {entry.arrivalNumber}/{entry.year} sẽ không được cấp lại; dòng này vẫn ở trong sổ, ghi rõ đã hủy và lý do, và văn bản ra khỏi
                  Việc cần làm.
                </p>
                <Field label="Lý do hủy" error={fieldErrors.reason}>
                  <input value={reason} onChange={(e) => setReason(e.target.value)} placeholder="Ví dụ: văn bản gửi nhầm đơn vị, đã vào sổ hai lần" />
                </Field>
                <div className="actions">
                  <button type="button" className="primary" onClick={() => void cancel()}>
                    Xác nhận hủy số đến
                  </button>
                  <button type="button" onClick={() => setCancelling(false)}>
                    Thôi
                  </button>
                  {status}
                </div>
              </div>
            </div>
          ) : null}
        </>
      )}
    </section>
  );
}
