import { useEffect, useState } from 'react';
import { SECRECY_LABELS, URGENCY_LABELS } from '../../../shared/domain/documentTypes';
import type { DocumentDetail, DocumentSummary } from '../../../shared/ipc/archiveTypes';
import { joinList } from '../../../shared/text/lists';
import { api, errorMessage } from '../api/client';
import { ErrorBanner } from '../components/ErrorBanner';
import { showDate } from '../components/format';
import { Highlighted } from '../components/Highlighted';
import { goBack, navigate } from '../stores/navigation';
import { startDraft } from './DraftsView';
import { HandlingPanel } from './HandlingPanel';
import { DocumentFiles } from './document/DocumentFiles';
import { EditDocumentForm } from './document/EditDocumentForm';
import { RegisterEntryCard } from './document/RegisterEntryCard';

const linkText = (d: DocumentSummary) => `${d.typeName} ${d.numberSymbol ?? ''} ngày ${showDate(d.issuedOn)}`;

function DocLink({ doc }: { doc: DocumentSummary }) {
  return (
    <button type="button" className="link" onClick={() => navigate({ name: 'document', id: doc.id })}>
      {linkText(doc)}
    </button>
  );
}

function DocLinkList({ items, empty }: { items: DocumentSummary[]; empty: string }) {
  if (items.length === 0) return <p className="muted">{empty}</p>;
  return (
    <ul className="link-list">
      {items.map((d) => (
        <li key={d.id}>
          <DocLink doc={d} />{' '}
          <span className="muted">{d.subject}</span>
        </li>
      ))}
    </ul>
  );
}

export function DocumentView({ id, query }: { id: string; query?: string }) {
  const [detail, setDetail] = useState<DocumentDetail | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [actionError, setActionError] = useState<string | null>(null);
  const [editing, setEditing] = useState(false);
  const reload = () => api.invoke('documents:get', { id, ...(query ? { query } : {}) }).then(setDetail, (e: unknown) => setError(errorMessage(e)));

  useEffect(() => {
    setDetail(null);
    setEditing(false);
    void reload();
  }, [id, query]);

  const back = (
    <button type="button" onClick={() => goBack({ name: 'archive' })}>
      ← Quay lại
    </button>
  );
  if (error) {
    return (
      <article className="view document">
        <div className="toolbar">{back}</div>
        <ErrorBanner message={error} />
      </article>
    );
  }
  if (!detail) return <p className="muted">Đang tải…</p>;
  const d = detail.document;
  const rows: [string, string][] = [
    ['Loại văn bản', detail.typeName],
    ['Số, ký hiệu', d.numberSymbol ?? '—'],
    ['Cơ quan ban hành', [d.parentIssuer, d.issuer].filter(Boolean).join(' / ')],
    ['Địa danh, ngày ban hành', [d.place, showDate(d.issuedOn)].filter(Boolean).join(', ')],
    ['Người ký', [d.signingAuthority, d.signerTitle, d.signerName].filter(Boolean).join(' – ') || '—'],
    ['Độ khẩn / độ mật', `${URGENCY_LABELS[d.urgency]} / ${SECRECY_LABELS[d.secrecy]}`],
    ['Hạn báo cáo', showDate(d.reportDeadline)],
  ];
  if (d.addressees.length) rows.push(['Kính gửi', joinList(d.addressees)]);
  if (d.distribution.length) rows.push(['Nơi nhận', joinList(d.distribution)]);
  const inc = detail.incoming;
  const open = !inc?.cancelledOn;

  return (
    <article className="view document" aria-labelledby="doc-title">
      <div className="toolbar">
        {back}
        {d.direction === 'incoming' && open ? (
          <>
            <button type="button" className="primary" onClick={() => void startDraft('report', d.id).catch((e: unknown) => setActionError(errorMessage(e)))}>
              Trả lời / Báo cáo
            </button>
            <button type="button" onClick={() => void startDraft('officialLetter', d.id).catch((e: unknown) => setActionError(errorMessage(e)))}>
              Trả lời bằng công văn
            </button>
          </>
        ) : null}
        {d.direction === 'incoming' && !editing ? (
          <button type="button" onClick={() => setEditing(true)}>
            Sửa thông tin văn bản
          </button>
        ) : null}
        {d.direction === 'outgoing' ? (
          <button
            type="button"
            onClick={() =>
              void api.invoke('drafts:replace', { documentId: d.id }).then(
                (draft) => navigate({ name: 'draft', id: draft.id }),
                (e: unknown) => setActionError(errorMessage(e)),
              )
            }
          >
            Soạn văn bản thay thế
          </button>
        ) : null}
        {d.isSample ? <span className="tag">Văn bản mẫu</span> : null}
      </div>
      <ErrorBanner message={actionError} onClose={() => setActionError(null)} />
      {notice ? <div className="banner banner-ok" role="status">{notice}</div> : null}
      <h1 id="doc-title">
        {detail.typeName} {d.numberSymbol ?? ''}
      </h1>
      <p className="subject-line">{d.subject}</p>
      {detail.supersedes ? (
        <p data-testid="supersedes">
          Thay thế văn bản số <DocLink doc={detail.supersedes} />
        </p>
      ) : null}
      {detail.supersededBy.map((n) => (
        <div key={n.id} className="banner banner-warn" role="note" data-testid="superseded-by">
          <span>
            Đã bị thay thế bởi <DocLink doc={n} />
          </span>
        </div>
      ))}
      {editing ? (
        <EditDocumentForm
          document={d}
          onDone={(saved) => {
            setEditing(false);
            if (saved) {
              setNotice('Đã lưu thông tin văn bản.');
              void reload();
            }
          }}
        />
      ) : null}
      <div className="columns">
        <section aria-label="Thông tin văn bản">
          <dl className="meta">
            {rows.map(([k, v]) => (
              <div key={k}>
                <dt>{k}</dt>
                <dd>{v}</dd>
              </div>
            ))}
          </dl>
          <DocumentFiles files={detail.attachments} />
          {inc ? <RegisterEntryCard key={`${d.id}-${inc.cancelledOn ?? ''}`} id={d.id} entry={inc} onSaved={() => void reload()} /> : null}
          {inc ? <HandlingPanel id={d.id} incoming={inc} onSaved={() => void reload()} /> : null}
          <section className="card" aria-label="Văn bản được viện dẫn">
            <h2>Văn bản được viện dẫn</h2>
            {detail.citations.length === 0 ? (
              <p className="muted">Văn bản không viện dẫn văn bản nào.</p>
            ) : (
              <ul className="link-list" data-testid="citations">
                {detail.citations.map((c, i) => (
                  <li key={`${c.numberSymbol}-${i}`}>
                    {c.resolved ? (
                      <button type="button" className="link" onClick={() => navigate({ name: 'document', id: c.resolved!.id })}>
                        {c.typeName ?? c.resolved.typeName} số {c.numberSymbol}
                      </button>
                    ) : (
                      <span title="Chưa có trong kho">
                        {c.typeName ?? 'Văn bản'} số {c.numberSymbol}
                      </span>
                    )}
                    {c.citedOn ? <span className="muted"> ngày {showDate(c.citedOn)}</span> : null}
                    {c.resolved ? null : <span className="muted"> (chưa có trong kho)</span>}
                  </li>
                ))}
              </ul>
            )}
          </section>
          <section className="card" aria-label="Văn bản viện dẫn văn bản này">
            <h2>Văn bản viện dẫn văn bản này</h2>
            <DocLinkList items={detail.citedBy} empty="Chưa có văn bản nào trong kho viện dẫn văn bản này." />
          </section>
          {detail.replies.length ? (
            <section className="card" aria-label="Văn bản trả lời">
              <h2>Văn bản trả lời</h2>
              <DocLinkList items={detail.replies} empty="" />
            </section>
          ) : null}
        </section>
        <section className="fulltext" aria-label="Toàn văn">
          <h2>Toàn văn</h2>
          <pre className="body-text" data-testid="body-text">
            {detail.bodyHighlight ? <Highlighted parts={detail.bodyHighlight} /> : d.body || 'Không có toàn văn.'}
          </pre>
        </section>
      </div>
    </article>
  );
}
