import { useEffect, useState } from 'react';
import { documentTypeName } from '../../../shared/domain/documentTypes';
import { TEMPLATE_TYPE_IDS, type TemplateTypeId } from '../../../shared/drafting/templates';
import type { DraftListItem } from '../../../shared/ipc/drafting';
import { api, errorMessage } from '../api/client';
import { ErrorBanner } from '../components/ErrorBanner';
import { navigate } from '../stores/navigation';

export async function startDraft(typeId: TemplateTypeId, replyToId?: string): Promise<void> {
  const draft = await api.invoke('drafts:create', { typeId, ...(replyToId ? { replyToId } : {}) });
  navigate({ name: 'draft', id: draft.id });
}

/** Bản thảo: unfinished drafts, and new ones from a template. */
export function DraftsView() {
  const [drafts, setDrafts] = useState<DraftListItem[]>([]);
  const [typeId, setTypeId] = useState<TemplateTypeId>('report');
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    api.invoke('drafts:list', {}).then(setDrafts, (e: unknown) => setError(errorMessage(e)));
  }, []);
  return (
    <section className="view" aria-labelledby="drafts-title">
      <h1 id="drafts-title">Soạn thảo văn bản đi</h1>
      <ErrorBanner message={error} />
      <div className="toolbar">
        <select aria-label="Loại văn bản mới" value={typeId} onChange={(e) => setTypeId(e.target.value as TemplateTypeId)}>
          {TEMPLATE_TYPE_IDS.map((t) => (
            <option key={t} value={t}>
              {documentTypeName(t)}
            </option>
          ))}
        </select>
        <button type="button" className="primary" onClick={() => void startDraft(typeId).catch((e: unknown) => setError(errorMessage(e)))}>
          Soạn mới từ mẫu
        </button>
      </div>
      <h2>Bản thảo đang soạn</h2>
      {drafts.length === 0 ? <p className="muted">Chưa có bản thảo nào.</p> : null}
      <ul className="link-list">
        {drafts.map((d) => (
          <li key={d.id}>
            <button type="button" className="link" onClick={() => navigate({ name: 'draft', id: d.id })}>
              {documentTypeName(d.typeId)}: {d.subject || '(chưa có trích yếu)'}
            </button>{' '}
            <span className="muted">sửa lúc {new Date(d.updatedAt).toLocaleString('vi-VN')}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
