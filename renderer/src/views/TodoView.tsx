import { useEffect, useState } from 'react';
import { URGENCY_LABELS, type Urgency } from '../../../shared/domain/documentTypes';
import type { TodoItem, TodoView as TodoData } from '../../../shared/ipc/followup';
import { api, errorMessage } from '../api/client';
import { ErrorBanner } from '../components/ErrorBanner';
import { showDate } from '../components/format';
import { navigate } from '../stores/navigation';
import { startDraft } from './DraftsView';

function when(item: TodoItem): string {
  if (item.daysLeft === null) return 'Chưa có hạn';
  if (item.daysLeft < 0) return `Quá hạn ${-item.daysLeft} ngày`;
  if (item.daysLeft === 0) return 'Hạn hôm nay';
  return `Còn ${item.daysLeft} ngày`;
}

function Group({ title, items, count, tone, testId }: { title: string; items: TodoItem[]; count: number; tone: string; testId: string }) {
  const [error, setError] = useState<string | null>(null);
  return (
    <section className={`card todo-group ${tone}`} aria-label={title} data-testid={testId}>
      <h2>
        {title} <span className="count-chip">{count}</span>
      </h2>
      <ErrorBanner message={error} />
      {items.length === 0 ? <p className="muted">Không có văn bản nào.</p> : null}
      {count > items.length ? <p className="muted">Hiện {items.length} văn bản đầu tiên trong số {count}.</p> : null}
      <ul className="todo-list">
        {items.map((i) => (
          <li key={i.id} data-testid="todo-item">
            {i.urgency !== 'normal' ? <span className="urgent-tag">{URGENCY_LABELS[i.urgency as Urgency].toLocaleUpperCase('vi')}</span> : null}
            <button type="button" className="link" onClick={() => navigate({ name: 'document', id: i.id })}>
              {i.typeName} {i.numberSymbol ?? ''}
            </button>{' '}
            <span>{i.subject}</span>
            <div className="muted">
              Số đến {i.arrivalNumber} · {i.issuer} · Hạn {showDate(i.handlingDeadline)} ({when(i)}){i.handler ? ` · Người xử lý: ${i.handler}` : ''}
            </div>
            <button type="button" onClick={() => void startDraft('report', i.id).catch((e: unknown) => setError(errorMessage(e)))}>
              Trả lời / Báo cáo
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Việc cần làm: the home view, open documents by deadline, urgent ones first. */
export function TodoView() {
  const [list, setList] = useState<TodoData | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    api.invoke('followup:todo', {}).then(setList, (e: unknown) => setError(errorMessage(e)));
  }, []);
  if (error) return <ErrorBanner message={error} />;
  if (!list) return <p className="muted">Đang tải…</p>;
  return (
    <section className="view" aria-labelledby="todo-title">
      <h1 id="todo-title">Việc cần làm</h1>
      <p className="muted">
        Hôm nay {showDate(list.today)}.{list.samples > 0 ? ' Văn bản mẫu không được tính.' : ''}
      </p>
      <div className="todo-columns">
        <Group title="Quá hạn" items={list.overdue} count={list.counts.overdue} tone="tone-overdue" testId="todo-overdue" />
        <Group title="Đến hạn trong tuần này" items={list.thisWeek} count={list.counts.thisWeek} tone="tone-week" testId="todo-week" />
        <Group title="Hạn sau" items={list.later} count={list.counts.later} tone="tone-later" testId="todo-later" />
      </div>
    </section>
  );
}
