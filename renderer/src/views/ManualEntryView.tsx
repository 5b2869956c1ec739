import { useEffect, useState, type FormEvent } from 'react';
import { api, ApiError, errorMessage, fieldErrorsOf } from '../api/client';
import { DocumentFields } from '../components/DocumentFields';
import { arrivalOf, documentFieldsOf, emptyDocumentForm, type DocumentForm } from '../components/documentForm';
import { ErrorBanner } from '../components/ErrorBanner';
import { navigate } from '../stores/navigation';
import type { OperationOutput } from '../../../shared/ipc/contract';
import { formatShortDate } from '../../../shared/text/dates';

type NextArrival = OperationOutput<'register:incoming:nextNumber'>;

/** Vào sổ a document that came on paper: every field checked in main, errors shown beside each field. */
export function ManualEntryView() {
  const [form, setForm] = useState<DocumentForm>(emptyDocumentForm);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [next, setNext] = useState<NextArrival | null>(null);
  /** What the clerk can do about the last refusal: open the document already registered, or confirm the date. */
  const [refusal, setRefusal] = useState<{ code: string; documentId: string | null } | null>(null);

  useEffect(() => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(form.arrivedOn)) return;
    // Only the answer for the date now in the field counts: one for a date typed before may come back after it.
    let current = true;
    api.invoke('register:incoming:nextNumber', { arrivedOn: form.arrivedOn }).then(
      (n) => current && setNext(n),
      () => current && setNext(null),
    );
    return () => {
      current = false;
    };
  }, [form.arrivedOn]);

  async function register(confirmEarlierArrival: boolean) {
    setSaving(true);
    setMessage(null);
    setRefusal(null);
    try {
      const arrival = { ...arrivalOf(form, 'paper'), confirmEarlierArrival };
      const result = await api.invoke('register:incoming:add', { document: documentFieldsOf(form), arrival });
      setErrors({});
      navigate({ name: 'document', id: result.id });
    } catch (error) {
      setErrors(fieldErrorsOf(error));
      setMessage(errorMessage(error));
      if (error instanceof ApiError) setRefusal({ code: error.code, documentId: error.documentId ?? null });
    } finally {
      setSaving(false);
    }
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    void register(false);
  }

  const earlier = next?.lastArrival && form.arrivedOn < next.lastArrival.arrivedOn ? next.lastArrival : null;

  return (
    <section className="view" aria-labelledby="entry-title">
      <h1 id="entry-title">Vào sổ văn bản đến (văn bản giấy)</h1>
      <p className="muted">
        Số đến sẽ được cấp tự động: <strong data-testid="next-arrival-number">{next?.arrivalNumber ?? '…'}</strong>
      </p>
      {earlier ? (
        <div className="banner banner-warn" role="status" data-testid="earlier-arrival-warning">
          Ngày đến này sớm hơn ngày đến của số đến {earlier.arrivalNumber} ({formatShortDate(earlier.arrivedOn)}), mà số đến được cấp theo thứ tự văn
          bản đến. Hãy kiểm tra lại ngày đến.
        </div>
      ) : null}
      <ErrorBanner message={message} onClose={() => setMessage(null)}>
        {refusal?.documentId ? (
          <button type="button" className="link" onClick={() => navigate({ name: 'document', id: refusal.documentId! })}>
            Mở văn bản đã có
          </button>
        ) : null}
        {refusal?.code === 'ARRIVAL_OUT_OF_ORDER' ? (
          <button type="button" onClick={() => void register(true)} disabled={saving}>
            Vẫn vào sổ với ngày đến này
          </button>
        ) : null}
      </ErrorBanner>
      <form onSubmit={submit} noValidate>
        <DocumentFields form={form} errors={errors} onChange={(key, value) => setForm((f) => ({ ...f, [key]: value }))}>
          <div className="span-2 actions">
            <button type="submit" className="primary" disabled={saving}>
              {saving ? 'Đang lưu…' : 'Vào sổ'}
            </button>
            <button type="button" onClick={() => navigate({ name: 'incomingRegister' })}>
              Hủy
            </button>
          </div>
        </DocumentFields>
      </form>
    </section>
  );
}
