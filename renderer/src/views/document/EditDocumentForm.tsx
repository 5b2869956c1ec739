import { useState, type FormEvent } from 'react';
import type { DocumentRecord } from '../../../../shared/domain/document';
import { api, errorMessage, fieldErrorsOf } from '../../api/client';
import { DocumentFields } from '../../components/DocumentFields';
import { documentFieldsOf, documentFormOf, type DocumentForm } from '../../components/documentForm';
import { ErrorBanner } from '../../components/ErrorBanner';

/** Corrects or completes a received document's fields; each change goes to the document's history. */
export function EditDocumentForm({ document, onDone }: { document: DocumentRecord; onDone: (saved: boolean) => void }) {
  const [form, setForm] = useState<DocumentForm>(() => documentFormOf(document));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaving(true);
    try {
      await api.invoke('documents:update', { id: document.id, document: documentFieldsOf(form) });
      onDone(true);
    } catch (error) {
      setErrors(fieldErrorsOf(error));
      setMessage(errorMessage(error));
    } finally {
      setSaving(false);
    }
  }
  return (
    <section className="card" aria-label="Sửa thông tin văn bản">
      <h2>Sửa thông tin văn bản</h2>
      <ErrorBanner message={message} onClose={() => setMessage(null)} />
      <form onSubmit={submit} noValidate>
        <DocumentFields form={form} errors={errors} withArrival={false} onChange={(key, value) => setForm((f) => ({ ...f, [key]: value }))}>
          <div className="span-2 actions">
            <button type="submit" className="primary" disabled={saving}>
              {saving ? 'Đang lưu…' : 'Lưu thông tin văn bản'}
            </button>
            <button type="button" onClick={() => onDone(false)}>
              Thôi, không sửa
            </button>
          </div>
        </DocumentFields>
      </form>
    </section>
  );
}
