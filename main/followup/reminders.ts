import type { TodoItem } from '../../shared/ipc/followup';
import { addDays, todayIso } from '../../shared/text/dates';
import { readOfficeProfile } from '../archive/officeProfile';
import type { Db } from '../db/open';
import { openDocuments } from './queries';

/** What a reminder announces: open documents overdue or due within the office's warning window. */
export type DueReminder = { today: string; warningDays: number; count: number; overdue: number; items: TodoItem[] };

/** Open documents due within `warningDays`, overdue ones included: the first ones, and how many in all. */
export function dueWithin(db: Db, warningDays: number, today = todayIso()): { items: TodoItem[]; count: number } {
  return openDocuments(db, 'i.handling_deadline <= ?', [addDays(today, warningDays)], today);
}

export function dueReminder(db: Db, today = todayIso()): DueReminder {
  const warningDays = readOfficeProfile(db)?.warningDays ?? 3;
  const due = dueWithin(db, warningDays, today);
  return { today, warningDays, count: due.count, overdue: openDocuments(db, 'i.handling_deadline < ?', [today], today, 0).count, items: due.items };
}

/** The sentence a desktop notification shows for a reminder. */
export function reminderText({ count, overdue, warningDays }: Pick<DueReminder, 'count' | 'overdue' | 'warningDays'>): string {
  const soon = count - overdue;
  const parts = [overdue ? `${overdue} văn bản đã quá hạn giải quyết` : '', soon ? `${soon} văn bản đến hạn trong ${warningDays} ngày tới` : ''].filter(Boolean);
  return `${parts.join(', ')}. Mở mục “Việc cần làm” để xem và giao xử lý.`;
}

export type ReminderDeps = {
  /** The live database (it changes after a restore; null in recovery mode). */
  db: () => Db | null;
  notify: (reminder: DueReminder) => void;
  now?: () => Date;
  /** How often to look whether a new day has begun; the reminder itself goes out once a day. */
  checkEveryMs?: number;
};

export type Reminders = { check(): DueReminder | null; stop(): void };

/**
 * Reminds on start and then once a day (the first check after midnight), only when something is due. A machine
 * left on overnight still gets the next morning's reminder because the check runs every hour, not every 24 hours.
 */
export function startReminders({ db, notify, now = () => new Date(), checkEveryMs = 3_600_000 }: ReminderDeps): Reminders {
  let remindedOn = '';
  const check = (): DueReminder | null => {
    const current = db();
    const today = todayIso(now());
    if (!current || remindedOn === today) return null;
    remindedOn = today;
    const reminder = dueReminder(current, today);
    if (reminder.count === 0) return null;
    notify(reminder);
    return reminder;
  };
  const run = () => {
    try {
      check();
    } catch (error) {
      console.error(error);
    }
  };
  run();
  const timer = setInterval(run, checkEveryMs);
  timer.unref();
  return { check, stop: () => clearInterval(timer) };
}
