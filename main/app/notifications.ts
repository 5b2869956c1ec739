import { Notification } from 'electron';
import { z } from 'zod';
import type { EventBus } from '../events';
import { reminderText } from '../followup/reminders';

const duePayload = z.object({ count: z.number().int(), overdue: z.number().int(), warningDays: z.number().int() });

/** Desktop notifications for documents due within the office's warning window (sent on start and daily). */
export function showDueNotifications(events: EventBus, onClick: () => void = () => undefined): () => void {
  return events.subscribe((event) => {
    const due = event.type === 'followup:due' ? duePayload.safeParse(event.payload) : null;
    if (!due?.success || !Notification.isSupported()) return;
    const notification = new Notification({ title: 'Văn thư Công đoàn: văn bản cần xử lý', body: reminderText(due.data) });
    notification.on('click', onClick);
    notification.show();
  });
}
