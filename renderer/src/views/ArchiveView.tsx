import { useEffect } from 'react';
import { DOCUMENT_TYPES } from '../../../shared/domain/documentTypes';
import { INCOMING_STATUS_LABELS } from '../../../shared/ipc/archiveTypes';
import { ErrorBanner } from '../components/ErrorBanner';
import { showDate } from '../components/format';
import { Highlighted } from '../components/Highlighted';
import { loadFacets, refreshArchive, setFilter, setQuery, useArchive, type ArchiveFilters } from '../stores/archive';
import { navigate } from '../stores/navigation';

const STATUS_OPTIONS: { value: ArchiveFilters['registerStatus']; label: string }[] = [
  { value: 'any', label: 'Tất cả' },
  { value: 'unregistered', label: 'Chưa vào sổ' },
  { value: 'pending', label: INCOMING_STATUS_LABELS.pending },
  { value: 'inProgress', label: INCOMING_STATUS_LABELS.inProgress },
  { value: 'done', label: INCOMING_STATUS_LABELS.done },
  { value: 'noAction', label: INCOMING_STATUS_LABELS.noAction },
];

export function ArchiveView() {
  const { query, filters, items, total, totalIsLowerBound, loading, error, facets } = useArchive();

  useEffect(() => {
    void loadFacets();
    void refreshArchive();
  }, []);

  return (
    <section className="view" aria-labelledby="archive-title">
      <header className="view-header">
        <h1 id="archive-title">Kho văn bản</h1>
        <input
          className="search"
          type="search"
          placeholder="Tìm theo trích yếu, nội dung, số ký hiệu… (gõ không dấu cũng được)"
          aria-label="Tìm kiếm văn bản"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          autoFocus
        />
      </header>
      <div className="filters" role="group" aria-label="Bộ lọc">
        <label>
          Loại
          <select aria-label="Lọc theo loại" value={filters.typeId} onChange={(e) => setFilter('typeId', e.target.value)}>
            <option value="">Tất cả</option>
            {DOCUMENT_TYPES.map((t) => (
              <option key={t.id} value={t.id}>
                {t.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          Năm
          <select aria-label="Lọc theo năm" value={filters.year} onChange={(e) => setFilter('year', e.target.value)}>
            <option value="">Tất cả</option>
            {facets?.years.map((y) => (
              <option key={y} value={String(y)}>
                {y}
              </option>
            ))}
          </select>
        </label>
        <label>
          Cơ quan ban hành
          <select aria-label="Lọc theo cơ quan ban hành" value={filters.issuer} onChange={(e) => setFilter('issuer', e.target.value)}>
            <option value="">Tất cả</option>
            {facets?.issuers.map((i) => (
              <option key={i.issuer} value={i.issuer}>
                {i.issuer} ({i.count})
              </option>
            ))}
          </select>
        </label>
        <label>
          Tình trạng
          <select
            aria-label="Lọc theo tình trạng"
            value={filters.registerStatus}
            onChange={(e) => setFilter('registerStatus', e.target.value as ArchiveFilters['registerStatus'])}
          >
            {STATUS_OPTIONS.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </label>
        <label>
          Sắp xếp
          <select aria-label="Sắp xếp" value={filters.sort} onChange={(e) => setFilter('sort', e.target.value as ArchiveFilters['sort'])}>
            <option value="issuedDesc">{query ? 'Phù hợp nhất' : 'Ngày ban hành mới nhất'}</option>
            <option value="issuedAsc">Ngày ban hành cũ nhất</option>
            <option value="arrivalDesc">Số đến mới nhất</option>
          </select>
        </label>
      </div>
      <ErrorBanner message={error} />
      <p className="count" aria-live="polite" data-testid="result-count">
        {loading ? 'Đang tải…' : totalIsLowerBound ? `Hơn ${total.toLocaleString('vi-VN')} văn bản (hiện mới nhất trước; hãy thêm từ khóa hoặc bộ lọc để thu hẹp)` : `${total} văn bản`}
      </p>
      <table className="doc-table">
        <thead>
          <tr>
            <th>Loại</th>
            <th>Số, ký hiệu</th>
            <th>Ngày</th>
            <th>Cơ quan ban hành</th>
            <th>Trích yếu</th>
            <th>Số đến</th>
          </tr>
        </thead>
        <tbody>
          {items.map((d) => (
            <tr key={d.id} className="doc-row" onClick={() => navigate({ name: 'document', id: d.id, ...(query.trim() ? { query } : {}) })} data-testid="doc-row">
              <td>{d.typeName}</td>
              <td className="nowrap">{d.numberSymbol ?? '—'}</td>
              <td className="nowrap">{showDate(d.issuedOn)}</td>
              <td>{d.issuer}</td>
              <td>
                <button type="button" className="link subject">
                  {d.subjectHighlight ? <Highlighted parts={d.subjectHighlight} /> : d.subject}
                </button>
                {d.snippet && d.snippet.length > 0 ? (
                  <div className="snippet" data-testid="snippet">
                    <Highlighted parts={d.snippet} />
                  </div>
                ) : null}
              </td>
              <td className="nowrap">{d.arrivalNumber ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {!loading && items.length === 0 ? <p className="empty">Không có văn bản nào khớp. Hãy bỏ bớt bộ lọc hoặc thử từ khóa khác.</p> : null}
    </section>
  );
}
