import { useEffect, useState } from 'react';
import { SECRECY_LABELS, URGENCY_LABELS } from '../../../shared/domain/documentTypes';
import { INCOMING_STATUS_LABELS, type DocumentDetail, type DocumentSummary } from '../../../shared/ipc/archiveTypes';
import { api, errorMessage } from '../api/client';
import { ErrorBanner } from '../components/ErrorBanner';
import { showDate, showText } from '../components/format';
import { goBack, navigate } from '../stores/navigation';
import { startDraft } from './DraftsView';
import { HandlingPanel } from './HandlingPanel';

function DocLinkList({ items, empty }: { items: DocumentSummary[]; empty: string }) {
  if (items.length === 0) return <p className="muted">{empty}</p>;
  return (
    <ul className="link-list">
      {items.map((d) => (
        <li key={d.id}>
          <button type="button" className="link" onClick={() => navigate({ name: 'document', id: d.id })}>
            {d.typeName} {d.numberSymbol ?? ''} ngày {showDate(d.issuedOn)}
          </button>{' '}
          <span className="muted">{d.subject}</span>
        </li>
      ))}
    </ul>
  );
}

export function DocumentView({ id }: { id: string }) {
  const [detail, setDetail] = useState<DocumentDetail | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [actionError, setActionError] = useState<string | null>(null);

  useEffect(() => {
    setDetail(null);
    api.invoke('documents:get', { id }).then(setDetail, (e: unknown) => setError(errorMessage(e)));
  }, [id]);

  if (error) return <ErrorBanner message={error} />;
  if (!detail) return <p className="muted">Đang tải…</p>;
  const d = detail.document;
  const rows: [string, string][] = [
    ['Loại văn bản', detail.typeName],
    ['Số, ký hiệu', showText(d.numberSymbol)],
    ['Cơ quan ban hành', [d.parentIssuer, d.issuer].filter(Boolean).join(' / ')],
    ['Địa danh, ngày ban hành', `${showText(d.place)}, ${showDate(d.issuedOn)}`],
    ['Người ký', [d.signingAuthority, d.signerTitle, d.signerName].filter(Boolean).join(' – ') || '—'],
    ['Độ khẩn / độ mật', `${URGENCY_LABELS[d.urgency]} / ${SECRECY_LABELS[d.secrecy]}`],
    ['Hạn báo cáo', showDate(d.reportDeadline)],
  ];
  if (d.addressees.length) rows.push(['Kính gửi', d.addressees.join('; ')]);
  if (d.distribution.length) rows.push(['Nơi nhận', d.distribution.join('; ')]);
  const inc = detail.incoming;

  return (
    <article className="view document" aria-labelledby="doc-title">
      <div className="toolbar">
        <button type="button" onClick={goBack}>
          ← Quay lại
        </button>
        {d.direction === 'incoming' ? (
          <>
            <button type="button" className="primary" onClick={() => void startDraft('report', d.id).catch((e: unknown) => setActionError(errorMessage(e)))}>
              Trả lời / Báo cáo
            </button>
            <button type="button" onClick={() => void startDraft('officialLetter', d.id).catch((e: unknown) => setActionError(errorMessage(e)))}>
              Trả lời bằng công văn
            </button>
          </>
        ) : detail.attachments.length ? (
          <button
            type="button"
            onClick={() =>
              void api.invoke('documents:saveIssuedDocx', { id: d.id }).then(
                (f) => f && setNotice(`Đã lưu: ${f.path}`),
                (e: unknown) => setActionError(errorMessage(e)),
              )
            }
          >
            Lưu DOCX
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
          {inc ? (
            <section className="card" aria-label="Sổ đến">
              <h2>Sổ văn bản đến</h2>
              <p>
                Số đến <strong data-testid="arrival-number">{inc.arrivalNumber}</strong>/{inc.year}, ngày đến {showDate(inc.arrivedOn)}
              </p>
              <p>Đơn vị/người nhận: {showText(inc.recipient)}</p>
              <p>Tình trạng: {INCOMING_STATUS_LABELS[inc.status]}</p>
              {inc.note ? <p>Ghi chú: {inc.note}</p> : null}
            </section>
          ) : null}
          {inc ? <HandlingPanel id={d.id} incoming={inc} onSaved={() => void api.invoke('documents:get', { id }).then(setDetail)} /> : null}
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
          <pre className="body-text">{d.body || 'Không có toàn văn.'}</pre>
        </section>
      </div>
    </article>
  );
}
