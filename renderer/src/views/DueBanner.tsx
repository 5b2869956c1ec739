import { useEffect, useState } from 'react';
import { api } from '../api/client';
import { navigate, useNavigation } from '../stores/navigation';

/** In browser mode (and alongside desktop notifications in Electron): how many documents are late or due soon. */
export function DueBanner() {
  const route = useNavigation((s) => s.route);
  const [counts, setCounts] = useState<{ overdue: number; dueSoon: number; warningDays: number } | null>(null);
  const load = () => api.invoke('followup:todo', {}).then((t) => setCounts({ overdue: t.counts.overdue, dueSoon: t.dueSoon, warningDays: t.warningDays }), () => undefined);
  useEffect(() => {
    void load();
  }, [route]);
  useEffect(
    () =>
      api.subscribe((event) => {
        if (event.type === 'followup:due') void load();
      }),
    [],
  );
  if (!counts || (counts.overdue === 0 && counts.dueSoon === 0)) return null;
  return (
    <aside className="banner banner-due" aria-label="Văn bản đến hạn giải quyết" data-testid="due-banner">
      <span>
        {counts.overdue ? `${counts.overdue} văn bản quá hạn giải quyết. ` : ''}
        {counts.dueSoon > counts.overdue ? `${counts.dueSoon - counts.overdue} văn bản đến hạn giải quyết trong ${counts.warningDays} ngày tới.` : ''}
      </span>
      <button type="button" className="link" onClick={() => navigate({ name: 'todo' })}>
        Xem việc cần làm
      </button>
    </aside>
  );
}
