import { useEffect, useState } from 'react';
import { api, errorMessage } from '../api/client';
import { loadFacets, refreshArchive } from '../stores/archive';

/** The sample archive notice: the clerk can remove the five sample directives at any time. */
export function SamplesNotice() {
  const [present, setPresent] = useState(0);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    api.invoke('samples:status', {}).then((s) => setPresent(s.present), () => setPresent(0));
  }, []);
  if (present === 0) return null;
  async function remove() {
    if (!window.confirm(`Xóa ${present} văn bản mẫu khỏi kho? Văn bản do bạn nhập không bị ảnh hưởng.`)) return;
    try {
      await api.invoke('samples:remove', {});
      setPresent(0);
      void refreshArchive();
      void loadFacets();
    } catch (e) {
      setError(errorMessage(e));
    }
  }
  return (
    <div className="banner banner-info" data-testid="samples-notice">
      <span>Kho đang có {present} văn bản mẫu của LĐLĐ tỉnh Lai Châu để bạn làm quen.</span>
      <button type="button" className="link" onClick={remove}>
        Xóa văn bản mẫu
      </button>
      {error ? <span className="field-error">{error}</span> : null}
    </div>
  );
}
