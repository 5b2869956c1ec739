import { URGENCY_LEVELS, type Urgency } from '../../shared/domain/documentTypes';
import { workingCalendar } from '../../shared/domain/holidays';
import type { IncomingStatus } from '../../shared/ipc/archiveTypes';
import { readOfficeProfile } from '../archive/officeProfile';
import type { Db } from '../db/open';
import { handlingDeadline, type DeadlineRule, type DeadlineSource } from './deadlines';

/** The office's rule, or the usual one when the office has not been set up yet. */
export function deadlineRule(db: Db): DeadlineRule {
  const profile = readOfficeProfile(db);
  return {
    defaultHandlingDays: profile?.defaultHandlingDays ?? 7,
    countWorkingDays: profile?.countWorkingDays ?? true,
    calendar: workingCalendar({ extraDaysOff: profile?.extraDaysOff ?? [], extraWorkingDays: profile?.extraWorkingDays ?? [] }),
  };
}

/** Thời hạn giải quyết by `rule` for a document with this deadline and urgency arriving on `arrivedOn`. */
export function deadlineByRule(
  rule: DeadlineRule,
  arrivedOn: string,
  document: { reportDeadline: string | null; urgency: string },
): { deadline: string; source: DeadlineSource } {
  const urgency: Urgency = URGENCY_LEVELS.find((u) => u === document.urgency) ?? 'normal';
  return handlingDeadline({ arrivedOn, reportDeadline: document.reportDeadline, urgency }, rule);
}

/** How a document received by bundle enters the register: open with its deadline, or needing no handling. */
export type ReceivedHandling = { status: Extract<IncomingStatus, 'pending' | 'noAction'>; handlingDeadline: string | null; deadlineSource: DeadlineSource | 'none' };

/**
 * A report, or a reply to a document of this office, answers rather than asks: it needs no handling and has no thời
 * hạn giải quyết, and the directive it answers shows it as answered instead. One that sets a deadline of its own
 * still asks for something by then; every other document is due by the office's rule.
 */
export function receivedHandling(
  rule: DeadlineRule,
  arrivedOn: string,
  document: { typeId: string; reportDeadline: string | null; urgency: string },
  answersOwnDocument: boolean,
): ReceivedHandling {
  if ((document.typeId === 'report' || answersOwnDocument) && !document.reportDeadline) return { status: 'noAction', handlingDeadline: null, deadlineSource: 'none' };
  const { deadline, source } = deadlineByRule(rule, arrivedOn, document);
  return { status: 'pending', handlingDeadline: deadline, deadlineSource: source };
}

/**
 * Thời hạn giải quyết by rule for a document arriving on `arrivedOn`: from the directive's own deadline when the
 * header reader found one, else from the arrival date and the office's default. Null when there is no such document.
 */
export function defaultDeadline(db: Db, id: string, arrivedOn: string): { deadline: string; source: DeadlineSource } | null {
  const row = db.prepare('SELECT report_deadline, urgency FROM documents WHERE id = ?').get(id) as { report_deadline: string | null; urgency: string } | undefined;
  return row ? deadlineByRule(deadlineRule(db), arrivedOn, { reportDeadline: row.report_deadline, urgency: row.urgency }) : null;
}
