import { useEffect, useState } from 'react';
import { RECIPIENT_STATE_LABELS, type DirectiveTracking, type IssuedDirective, type RecipientState } from '../../../shared/ipc/tracking';
import { api, errorMessage } from '../api/client';
import { ErrorBanner } from '../components/ErrorBanner';
import { showDate } from '../components/format';
import { navigate } from '../stores/navigation';

const STATE_CLASS: Record<RecipientState, string> = {
  sent: 'st-sent',
  delivered: 'st-delivered',
  registered: 'st-registered',
  replied: 'st-replied',
  repliedLate: 'st-late',
  overdue: 'st-overdue',
};

/** Theo dõi văn bản chỉ đạo: every directive issued to units, with how many have received and answered it. */
export function TrackingListView() {
  const [items, setItems] = useState<IssuedDirective[]>([]);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    api.invoke('tracking:directives', {}).then(setItems, (e: unknown) => setError(errorMessage(e)));
  }, []);
  return (
    <section className="view" aria-labelledby="tracking-title">
      <header className="view-header">
        <h1 id="tracking-title">Theo dõi văn bản chỉ đạo</h1>
        <button type="button" onClick={() => navigate({ name: 'trackingOverview' })}>
          Tổng hợp theo đơn vị
        </button>
      </header>
      <ErrorBanner message={error} />
      <table className="doc-table" data-testid="directive-list">
        <thead>
          <tr>
            <th>Số, ký hiệu</th>
            <th>Ngày</th>
            <th>Trích yếu</th>
            <th>Hạn báo cáo</th>
            <th>Đơn vị nhận</th>
            <th>Đã báo cáo</th>
            <th>Quá hạn</th>
          </tr>
        </thead>
        <tbody>
          {items.map((d) => (
            <tr key={d.id} className="doc-row" onClick={() => navigate({ name: 'trackingDirective', id: d.id })}>
              <td>{d.numberSymbol}</td>
              <td>{showDate(d.issuedOn)}</td>
              <td>
                {d.typeName} {d.subject}
              </td>
              <td>{showDate(d.reportDeadline)}</td>
              <td>{d.recipientCount}</td>
              <td>{d.counts.replied + d.counts.repliedLate}</td>
              <td className={d.counts.overdue ? 'st-overdue' : ''}>{d.counts.overdue}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {items.length === 0 ? <p className="empty">Chưa ban hành văn bản nào gửi đến các đơn vị. Khi soạn, hãy chọn đơn vị nhận ở mục “Gửi đến các đơn vị”.</p> : null}
    </section>
  );
}

type Filter = 'all' | 'notReported' | 'overdue';

export function DirectiveTrackingView({ id }: { id: string }) {
  const [data, setData] = useState<DirectiveTracking | null>(null);
  const [filter, setFilter] = useState<Filter>('all');
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    api.invoke('tracking:directive', { id }).then(setData, (e: unknown) => setError(errorMessage(e)));
  }, [id]);
  if (error) return <ErrorBanner message={error} />;
  if (!data) return <p className="muted">Đang tải…</p>;
  const rows = data.recipients.filter((r) =>
    filter === 'all' ? true : filter === 'overdue' ? r.state === 'overdue' : r.state !== 'replied' && r.state !== 'repliedLate',
  );
  const late = data.recipients.filter((r) => r.state === 'overdue').map((r) => r.unitCode);
  async function remind() {
    try {
      const { draftId } = await api.invoke('tracking:remind', { id, unitCodes: late });
      navigate({ name: 'draft', id: draftId });
    } catch (e) {
      setError(errorMessage(e));
    }
  }
  return (
    <section className="view" aria-labelledby="dt-title">
      <div className="toolbar">
        <button type="button" onClick={() => navigate({ name: 'tracking' })}>
          ← Danh sách
        </button>
      </div>
      <h1 id="dt-title">
        {data.typeName} {data.numberSymbol}
      </h1>
      <p className="subject-line">{data.subject}</p>
      <p className="muted">
        Ban hành ngày {showDate(data.issuedOn)} · Hạn báo cáo: {showDate(data.reportDeadline)}
      </p>
      <div className="counts" data-testid="tracking-counts">
        {(Object.keys(RECIPIENT_STATE_LABELS) as RecipientState[]).map((s) => (
          <span key={s} className={`count-chip ${STATE_CLASS[s]}`}>
            {RECIPIENT_STATE_LABELS[s]}: {data.counts[s]}
          </span>
        ))}
      </div>
      <div className="toolbar">
        <label>
          Hiển thị{' '}
          <select aria-label="Lọc đơn vị" value={filter} onChange={(e) => setFilter(e.target.value as Filter)}>
            <option value="all">Tất cả đơn vị</option>
            <option value="notReported">Chưa báo cáo</option>
            <option value="overdue">Quá hạn</option>
          </select>
        </label>
        <button type="button" className="primary" disabled={late.length === 0} onClick={() => void remind()}>
          Soạn công văn đôn đốc ({late.length} đơn vị quá hạn)
        </button>
      </div>
      <table className="register-table" data-testid="tracking-table">
        <thead>
          <tr>
            <th>Đơn vị</th>
            <th>Đã nhận</th>
            <th>Số đến tại đơn vị</th>
            <th>Báo cáo</th>
            <th>Tình trạng</th>
            <th>Đã đôn đốc</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.unitCode} data-testid="tracking-row">
              <td>{r.unitName}</td>
              <td>{r.deliveredAt ? new Date(r.deliveredAt).toLocaleDateString('vi-VN') : '—'}</td>
              <td>{r.arrivalNumber ? `${r.arrivalNumber} (${showDate(r.registeredOn)})` : '—'}</td>
              <td>
                {r.reply ? (
                  <button type="button" className="link" onClick={() => navigate({ name: 'document', id: r.reply!.id })}>
                    {r.reply.numberSymbol ?? 'Báo cáo'} ngày {showDate(r.reply.issuedOn)}
                  </button>
                ) : (
                  '—'
                )}
              </td>
              <td className={STATE_CLASS[r.state]}>{RECIPIENT_STATE_LABELS[r.state]}</td>
              <td>{r.remindedAt ? new Date(r.remindedAt).toLocaleDateString('vi-VN') : ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
