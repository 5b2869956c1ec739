import { Notification } from 'electron';
import type { EventBus } from '../events';

/** Desktop notifications for documents due within the office's warning window (on start and daily). */
export function showDueNotifications(events: EventBus): () => void {
  return events.subscribe((event) => {
    if (event.type !== 'followup:due' || !Notification.isSupported()) return;
    const { count } = event.payload as { count: number };
    new Notification({
      title: 'Văn thư Công đoàn: văn bản cần xử lý',
      body: `Có ${count} văn bản đến hạn hoặc quá hạn giải quyết. Mở mục “Việc cần làm” để xem.`,
    }).show();
  });
}
