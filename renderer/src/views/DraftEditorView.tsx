import { useEffect, useState } from 'react';
import type { DraftDocument } from '../../../shared/domain/draft';
import { documentTypeName, SECRECY_LABELS, SECRECY_LEVELS, URGENCY_LABELS, URGENCY_LEVELS } from '../../../shared/domain/documentTypes';
import { issueConfirmText } from '../../../shared/drafting/issueConfirm';
import { placeholderError } from '../../../shared/drafting/placeholders';
import { signerChoices } from '../../../shared/drafting/signerChoices';
import { subjectLengthHint } from '../../../shared/drafting/subjectHint';
import { todayIso } from '../../../shared/text/dates';
import { api, errorMessage } from '../api/client';
import { BlockEditor } from '../components/BlockEditor';
import { DraftPreview } from '../components/DraftPreview';
import { DateInput } from '../components/DateInput';
import { ErrorBanner } from '../components/ErrorBanner';
import { RecipientsPanel } from '../components/RecipientsPanel';
import { Field } from '../components/Field';
import { closeDraft, editDraft, flushDraft, openDraft, useDrafting } from '../stores/drafting';
import { navigate } from '../stores/navigation';
import { useProfile } from '../stores/profile';

const lines = (text: string) => text.split('\n');

function SaveState() {
  const { dirty, saving, savedAt, error } = useDrafting();
  if (error) return <span className="save-state field-error">{error}</span>;
  if (saving || dirty) return <span className="save-state">Đang lưu…</span>;
  return <span className="save-state" data-testid="save-state">{savedAt ? `Đã lưu lúc ${new Date(savedAt).toLocaleTimeString('vi-VN')}` : ''}</span>;
}

/** Soạn thảo: fields on the left, the page as it will print on the right; every change autosaves. */
export function DraftEditorView({ id }: { id: string }) {
  const { draft, error } = useDrafting();
  const profile = useProfile((s) => s.profile);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const [issuedOn, setIssuedOn] = useState(todayIso());

  useEffect(() => {
    void openDraft(id);
    return () => closeDraft();
  }, [id]);

  if (!draft || draft.id !== id) {
    if (!error) return <p className="muted">Đang mở bản thảo…</p>;
    return (
      <section className="view">
        <ErrorBanner message={error} />
        <button type="button" onClick={() => navigate({ name: 'drafts' })}>
          ← Bản thảo
        </button>
      </section>
    );
  }
  const d = draft.content;
  const set = <K extends keyof DraftDocument>(key: K, value: DraftDocument[K]) => editDraft((c) => ({ ...c, [key]: value }));
  const presets = signerChoices(profile?.signerPresets ?? []);

  async function run(action: () => Promise<string | null>) {
    setMessage(null);
    if (!(await flushDraft())) return;
    try {
      const text = await action();
      if (text) setMessage({ kind: 'ok', text });
    } catch (error) {
      setMessage({ kind: 'error', text: errorMessage(error) });
    }
  }

  return (
    <section className="view" aria-labelledby="draft-title">
      <div className="toolbar">
        <button type="button" onClick={() => navigate({ name: 'drafts' })}>
          ← Bản thảo
        </button>
        <h1 id="draft-title" style={{ margin: 0 }}>
          Soạn {documentTypeName(d.typeId).toLowerCase()}
        </h1>
        <SaveState />
      </div>
      {message ? <div className={message.kind === 'ok' ? 'banner banner-ok' : 'banner banner-error'} role={message.kind === 'ok' ? 'status' : 'alert'}>{message.text}</div> : null}
      <div className="toolbar">
        <button type="button" onClick={() => void run(async () => { const f = await api.invoke('drafts:saveDocx', { id }); return f ? `Đã lưu DOCX: ${f.path}` : null; })}>
          Lưu DOCX
        </button>
        <button type="button" onClick={() => void run(async () => { const f = await api.invoke('drafts:savePdf', { id }); return f ? `Đã xuất PDF: ${f.path}` : null; })}>
          Xuất PDF
        </button>
        <button type="button" onClick={() => void run(async () => { window.print(); return null; })}>
          In
        </button>
        <label className="inline">
          Ngày ban hành{' '}
          <DateInput aria-label="Ngày ban hành" value={issuedOn} onChange={setIssuedOn} />
        </label>
        <button
          type="button"
          className="primary"
          onClick={() =>
            void run(async () => {
              const preview = await api.invoke('drafts:issuePreview', { id, issuedOn });
              if (preview.placeholders.length > 0) throw placeholderError(preview.placeholders);
              if (!window.confirm(issueConfirmText(preview))) return null;
              const issued = await api.invoke('drafts:issue', { id, issuedOn });
              navigate({ name: 'document', id: issued.id }, { replace: true });
              return null;
            })
          }
        >
          Ban hành (cấp số)
        </button>
      </div>
      <ErrorBanner message={null} />
      <div className="draft-layout">
        <div className="draft-form">
          <Field label="Trích yếu" hint={subjectLengthHint(d) ?? undefined}>
            <textarea rows={2} value={d.subject} onChange={(e) => set('subject', e.target.value)} />
          </Field>
          <Field label="Kính gửi (mỗi dòng một nơi)">
            <textarea rows={2} value={d.addressees.join('\n')} onChange={(e) => set('addressees', lines(e.target.value))} />
          </Field>
          <Field label="Người ký">
            <select
              value=""
              onChange={(e) => {
                const p = presets[Number(e.target.value)];
                if (p) editDraft((c) => ({ ...c, signingAuthority: p.signingAuthority || null, signerTitle: p.signerTitle, signerName: p.signerName || c.signerName }));
              }}
            >
              <option value="">Chọn mẫu chữ ký…</option>
              {presets.map((p, i) => (
                <option key={i} value={i}>
                  {[p.signingAuthority, p.signerTitle, p.signerName].filter(Boolean).join(' / ')}
                </option>
              ))}
            </select>
          </Field>
          <div className="form-grid">
            <Field label="Thẩm quyền ký">
              <input value={d.signingAuthority ?? ''} onChange={(e) => set('signingAuthority', e.target.value || null)} />
            </Field>
            <Field label="Chức vụ">
              <input value={d.signerTitle} onChange={(e) => set('signerTitle', e.target.value)} />
            </Field>
            <Field label="Họ tên người ký">
              <input value={d.signerName} onChange={(e) => set('signerName', e.target.value)} />
            </Field>
            <Field label="Ký hiệu">
              <input value={d.symbol} onChange={(e) => set('symbol', e.target.value)} />
            </Field>
            <Field label="Độ khẩn">
              <select value={d.urgency} onChange={(e) => set('urgency', e.target.value as DraftDocument['urgency'])}>
                {URGENCY_LEVELS.map((u) => (
                  <option key={u} value={u}>
                    {URGENCY_LABELS[u]}
                  </option>
                ))}
              </select>
            </Field>
            <Field label="Độ mật">
              <select value={d.secrecy} onChange={(e) => set('secrecy', e.target.value as DraftDocument['secrecy'])}>
                {SECRECY_LEVELS.map((s) => (
                  <option key={s} value={s}>
                    {SECRECY_LABELS[s]}
                  </option>
                ))}
              </select>
            </Field>
          </div>
          {profile?.role === 'province' ? (
            <RecipientsPanel
              recipients={d.recipientUnits ?? []}
              reportDeadline={d.reportDeadline ?? null}
              attachments={d.attachments ?? []}
              onChange={(change) =>
                editDraft((c) => ({
                  ...c,
                  ...(change.recipients ? { recipientUnits: change.recipients } : {}),
                  ...(change.reportDeadline !== undefined ? { reportDeadline: change.reportDeadline } : {}),
                  ...(change.attachments ? { attachments: change.attachments } : {}),
                }))
              }
            />
          ) : null}
          <h2>Nội dung</h2>
          <BlockEditor blocks={d.body} onChange={(body) => set('body', body)} />
          <Field label="Nơi nhận (mỗi dòng một nơi)">
            <textarea rows={4} value={d.distribution.join('\n')} onChange={(e) => set('distribution', lines(e.target.value))} />
          </Field>
          <button
            type="button"
            onClick={() =>
              void run(async () => {
                if (!window.confirm('Xóa bản thảo này?')) return null;
                await api.invoke('drafts:delete', { id });
                navigate({ name: 'drafts' }, { replace: true });
                return null;
              })
            }
          >
            Xóa bản thảo
          </button>
        </div>
        <div className="preview-wrap">
          <DraftPreview draft={d} />
        </div>
      </div>
    </section>
  );
}
