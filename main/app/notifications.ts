import { Notification } from 'electron';
import { z } from 'zod';
import type { EventBus } from '../events';

const duePayload = z.object({ count: z.number().int(), overdue: z.number().int(), warningDays: z.number().int() });
type DuePayload = z.infer<typeof duePayload>;

export function dueNotificationBody({ count, overdue, warningDays }: DuePayload): string {
  const soon = count - overdue;
  const parts = [overdue ? `${overdue} văn bản đã quá hạn giải quyết` : '', soon ? `${soon} văn bản đến hạn trong ${warningDays} ngày tới` : ''].filter(Boolean);
  return `${parts.join(', ')}. Mở mục “Việc cần làm” để xem và giao xử lý.`;
}

/** Desktop notifications for documents due within the office's warning window (sent on start and daily). */
export function showDueNotifications(events: EventBus, onClick: () => void = () => undefined): () => void {
  return events.subscribe((event) => {
    const due = event.type === 'followup:due' ? duePayload.safeParse(event.payload) : null;
    if (!due?.success || !Notification.isSupported()) return;
    const notification = new Notification({ title: 'Văn thư Công đoàn: văn bản cần xử lý', body: dueNotificationBody(due.data) });
    notification.on('click', onClick);
    notification.show();
  });
}
