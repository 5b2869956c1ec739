import { AppError } from '../../shared/errors';
import { formatShortDate } from '../../shared/text/dates';
import type { Db } from '../db/open';

export type LastArrival = { arrivalNumber: number; arrivedOn: string };

/**
 * The entry that got the office's last số đến of the year: a new one normally arrives on that day or later. The
 * samples are numbered in a register of their own (incomingRegister.ts) and are no part of this order.
 */
export function lastArrival(db: Db, year: number): LastArrival | null {
  const row = db
    .prepare(
      'SELECT arrival_number AS arrivalNumber, arrived_on AS arrivedOn FROM incoming WHERE is_sample = 0 AND year = ? ORDER BY arrival_number DESC LIMIT 1',
    )
    .get(year) as LastArrival | undefined;
  return row ?? null;
}

/** A document cannot arrive before it was issued: refused when registering it and when correcting its date. */
export function checkIssuedBeforeArrival(issuedOn: string | null, arrivedOn: string): void {
  if (!issuedOn || arrivedOn >= issuedOn) return;
  throw new AppError('ARRIVAL_BEFORE_ISSUE', {
    detail: `ngày đến ${formatShortDate(arrivedOn)}, ngày ban hành ${formatShortDate(issuedOn)}`,
    fields: { 'arrival.arrivedOn': 'Ngày đến sớm hơn ngày ban hành.', 'document.issuedOn': 'Ngày ban hành muộn hơn ngày đến.' },
  });
}

/**
 * Checks the dates the clerk typed before a document enters the register (checkIssuedBeforeArrival). Số đến follow the order of arrival (NĐ 30 Điều 22.2), so an arrival dated before the last entry
 * of the year is held back until the clerk confirms it (a document found late) or corrects the date.
 */
export function checkArrivalDates(
  db: Db,
  document: { issuedOn: string | null },
  arrival: { arrivedOn: string; confirmEarlierArrival?: boolean },
): void {
  checkIssuedBeforeArrival(document.issuedOn, arrival.arrivedOn);
  if (arrival.confirmEarlierArrival) return;
  const last = lastArrival(db, Number(arrival.arrivedOn.slice(0, 4)));
  if (last && arrival.arrivedOn < last.arrivedOn) {
    const detail = `số đến ${last.arrivalNumber} đến ngày ${formatShortDate(last.arrivedOn)}`;
    throw new AppError('ARRIVAL_OUT_OF_ORDER', {
      detail,
      fields: { 'arrival.arrivedOn': `Sớm hơn ngày đến của số đến ${last.arrivalNumber} (${formatShortDate(last.arrivedOn)}).` },
    });
  }
}
