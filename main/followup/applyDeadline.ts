import { URGENCY_LEVELS, type Urgency } from '../../shared/domain/documentTypes';
import { workingCalendar } from '../../shared/domain/holidays';
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

/**
 * Gives a registered incoming document its thời hạn giải quyết by rule: from the directive's own deadline when
 * the header reader found one, else from the arrival date and the office's default. Runs inside the registering
 * transaction; returns null when the document is not in the incoming register.
 */
export function applyDefaultDeadline(db: Db, id: string): { deadline: string; source: DeadlineSource } | null {
  const row = db
    .prepare('SELECT i.arrived_on, d.report_deadline, d.urgency FROM incoming i JOIN documents d ON d.id = i.document_id WHERE i.document_id = ?')
    .get(id) as { arrived_on: string; report_deadline: string | null; urgency: string } | undefined;
  if (!row) return null;
  const urgency: Urgency = URGENCY_LEVELS.find((u) => u === row.urgency) ?? 'normal';
  const computed = handlingDeadline({ arrivedOn: row.arrived_on, reportDeadline: row.report_deadline, urgency }, deadlineRule(db));
  db.prepare('UPDATE incoming SET handling_deadline = ?, deadline_source = ? WHERE document_id = ?').run(computed.deadline, computed.source, id);
  return computed;
}
