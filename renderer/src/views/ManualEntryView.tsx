import { useEffect, useState, type FormEvent } from 'react';
import { api, ApiError, errorMessage } from '../api/client';
import { DocumentFields } from '../components/DocumentFields';
import { arrivalOf, documentFieldsOf, emptyDocumentForm, type DocumentForm } from '../components/documentForm';
import { ErrorBanner } from '../components/ErrorBanner';
import { refreshArchive } from '../stores/archive';
import { navigate } from '../stores/navigation';

/** Vào sổ a document that came on paper: every field checked in main, errors shown beside each field. */
export function ManualEntryView() {
  const [form, setForm] = useState<DocumentForm>(emptyDocumentForm);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [nextNumber, setNextNumber] = useState<number | null>(null);

  useEffect(() => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(form.arrivedOn)) return;
    api.invoke('register:incoming:nextNumber', { arrivedOn: form.arrivedOn }).then((r) => setNextNumber(r.arrivalNumber), () => setNextNumber(null));
  }, [form.arrivedOn]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaving(true);
    setMessage(null);
    try {
      const result = await api.invoke('register:incoming:add', { document: documentFieldsOf(form), arrival: arrivalOf(form, 'paper') });
      setErrors({});
      void refreshArchive();
      navigate({ name: 'document', id: result.id });
    } catch (error) {
      setErrors(error instanceof ApiError && error.fields ? error.fields : {});
      setMessage(errorMessage(error));
    } finally {
      setSaving(false);
    }
  }

  return (
    <section className="view" aria-labelledby="entry-title">
      <h1 id="entry-title">Vào sổ văn bản đến (văn bản giấy)</h1>
      <p className="muted">
        Số đến sẽ được cấp tự động: <strong data-testid="next-arrival-number">{nextNumber ?? '…'}</strong>
      </p>
      <ErrorBanner message={message} onClose={() => setMessage(null)} />
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
