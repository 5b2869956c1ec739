import type { z } from 'zod';
import type { registerIncomingInput } from '../../shared/ipc/archive';
import { formatNumberSymbol, parseNumberSymbol } from '../../shared/text/numberSymbol';
import type { Db } from '../db/open';
import { recordAudit } from './audit';
import { insertDocument, type CitationInput, type NewDocument } from './documentsRepo';
import { addToIncomingRegister, type ArrivalInput } from './incomingRegister';

type RegisterInput = z.output<typeof registerIncomingInput>;

const orNull = (value: string): string | null => (value.trim() === '' ? null : value.trim());

/** Turns validated form fields into a new incoming document. */
export function incomingFromFields(fields: RegisterInput['document'], citations: CitationInput[]): NewDocument {
  const symbol = orNull(fields.symbol);
  const numberText = orNull(fields.numberText);
  const parsed = numberText && symbol ? parseNumberSymbol(formatNumberSymbol(numberText, symbol)) : null;
  return {
    direction: 'incoming',
    typeId: fields.typeId,
    numberText,
    number: parsed?.number ?? (numberText ? Number.parseInt(numberText, 10) : null),
    symbol,
    issuer: fields.issuer,
    parentIssuer: orNull(fields.parentIssuer),
    place: orNull(fields.place),
    issuedOn: fields.issuedOn,
    subject: fields.subject,
    body: fields.body,
    addressees: fields.addressees.filter(Boolean),
    distribution: fields.distribution.filter(Boolean),
    signerName: orNull(fields.signerName),
    signerTitle: orNull(fields.signerTitle),
    signingAuthority: orNull(fields.signingAuthority),
    urgency: fields.urgency,
    secrecy: fields.secrecy,
    reportDeadline: orNull(fields.reportDeadline),
    citations,
  };
}

export type RegisteredIncoming = { id: string; year: number; arrivalNumber: number };

/**
 * Registers a received document in one transaction: the document, its search entry, its citations, the next
 * số đến and the audit record. A duplicate throws before anything is written.
 */
export function registerIncoming(
  db: Db,
  doc: NewDocument,
  arrival: ArrivalInput,
  extra?: (db: Db, id: string) => void,
  now: Date = new Date(),
): RegisteredIncoming {
  return db.transaction(() => {
    const id = insertDocument(db, doc, now);
    const entry = addToIncomingRegister(db, id, arrival, now);
    extra?.(db, id);
    recordAudit(db, { action: 'incoming.registered', entity: 'document', entityId: id, detail: { ...entry, channel: arrival.channel } }, now);
    return { id, ...entry };
  }).immediate();
}
