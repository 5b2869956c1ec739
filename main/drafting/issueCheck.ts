import type { OfficeProfile } from '../../shared/domain/office';
import type { IssuePreview } from '../../shared/drafting/issueConfirm';
import { findPlaceholders } from '../../shared/drafting/placeholders';
import { todayIso, type IsoDate } from '../../shared/text/dates';
import type { Db } from '../db/open';
import { getDraft } from './draftsRepo';
import { numbered } from './issue';
import { lastIssuedIn } from './outgoingRegister';

/**
 * What issuing a draft on a date would do, without doing it: the number it would take, the last document of the
 * same sequence (to warn about a date out of order) and the template gaps still in it.
 */
export function previewIssue(db: Db, profile: OfficeProfile, draftId: string, issuedOn: IsoDate, now: Date = new Date()): IssuePreview {
  const draft = getDraft(db, draftId).content;
  const n = numbered(draft, profile, db, issuedOn);
  return {
    numberSymbol: n.numberSymbol,
    issuedOn,
    today: todayIso(now),
    lastIssued: lastIssuedIn(db, n.year, n.sequenceKey),
    placeholders: findPlaceholders(draft),
  };
}
