import type { z } from 'zod';
import { AppError } from '../../shared/errors';
import type { documentFields } from '../../shared/ipc/archive';
import { foldKey } from '../../shared/text/fold';
import { numberSymbolKey } from '../../shared/text/numberSymbol';
import type { Db } from '../db/open';
import { checkIssuedBeforeArrival } from './arrivalDates';
import { recordAudit } from './audit';
import { getDocumentRow, indexDocument, printedNumberSymbol, refuseDuplicate, replaceCitations, yearOfIssue, type CitationInput } from './documentsRepo';
import { incomingFromFields } from './registration';

type Fields = z.output<typeof documentFields>;

/** The columns a clerk may correct, with the name the history shows them under (followup/queries FIELD_LABELS). */
const EDITABLE = [
  ['type_id', 'typeId'],
  ['number_text', 'numberText'],
  ['symbol', 'symbol'],
  ['issuer', 'issuer'],
  ['parent_issuer', 'parentIssuer'],
  ['place', 'place'],
  ['issued_on', 'issuedOn'],
  ['subject', 'subject'],
  ['body', 'body'],
  ['addressees', 'addressees'],
  ['distribution', 'distribution'],
  ['signer_name', 'signerName'],
  ['signer_title', 'signerTitle'],
  ['signing_authority', 'signingAuthority'],
  ['urgency', 'urgency'],
  ['secrecy', 'secrecy'],
  ['report_deadline', 'reportDeadline'],
] as const;

/**
 * Corrects or completes a received document (số/ký hiệu, ngày, cơ quan, trích yếu…): the row, its search entry
 * and, when the text changed, its citations, with every change kept in the audit trail. Outgoing documents are
 * never edited once issued: a correction is a replacement document (NĐ 30 Điều 18.3).
 */
export function updateReceivedDocument(
  db: Db,
  id: string,
  fields: Fields,
  readCitations: (body: string, own: string | null) => CitationInput[],
  now: Date = new Date(),
): Record<string, { from: unknown; to: unknown }> {
  return db.transaction(() => {
    const row = getDocumentRow(db, id);
    if (!row) throw new AppError('NOT_FOUND');
    if (row.direction !== 'incoming') throw new AppError('ISSUED_DOCUMENT_FIXED');
    const doc = incomingFromFields(fields, []);
    const next = {
      ...doc,
      subject: doc.subject.normalize('NFC'),
      body: doc.body.normalize('NFC'),
      issuer: doc.issuer.normalize('NFC'),
      addressees: JSON.stringify(doc.addressees),
      distribution: JSON.stringify(doc.distribution),
    };
    const current = row as unknown as Record<string, unknown>;
    const changed: Record<string, { from: unknown; to: unknown }> = {};
    for (const [column, key] of EDITABLE) {
      const to = next[key] ?? null;
      const from = current[column] ?? null;
      if (to === from) continue;
      // The history shows lists as lists and the full text by its length, not a copy of it.
      if (key === 'addressees' || key === 'distribution') changed[key] = { from: JSON.parse(String(from ?? '[]')) as unknown, to: doc[key] };
      else changed[key] = { from, to: key === 'body' ? `${doc.body.length} ký tự` : to };
    }
    if (changed.body) changed.body.from = `${row.body.length} ký tự`;
    if (Object.keys(changed).length === 0) return changed;
    if (changed.issuedOn) {
      const arrivedOn = db.prepare('SELECT arrived_on FROM incoming WHERE document_id = ?').pluck().get(id) as string | undefined;
      if (arrivedOn) checkIssuedBeforeArrival(next.issuedOn, arrivedOn);
    }
    const numberSymbol = printedNumberSymbol(next);
    refuseDuplicate(db, { direction: 'incoming', issuer: next.issuer, issuedOn: next.issuedOn, numberSymbol }, id);
    const issuedYear = yearOfIssue(next.issuedOn);
    const { r: rowid } = db.prepare('SELECT rowid AS r FROM documents WHERE id = ?').get(id) as { r: number };
    db.prepare(
      `UPDATE documents SET type_id = ?, number_text = ?, number = ?, symbol = ?, number_symbol = ?, number_symbol_key = ?,
         issuer = ?, issuer_key = ?, parent_issuer = ?, place = ?, issued_on = ?, issued_year = ?, subject = ?, body = ?,
         addressees = ?, distribution = ?, signer_name = ?, signer_title = ?, signing_authority = ?, urgency = ?, secrecy = ?,
         report_deadline = ?, updated_at = ? WHERE id = ?`,
    ).run(
      next.typeId, next.numberText, next.number, next.symbol, numberSymbol, numberSymbol ? numberSymbolKey(numberSymbol) : null,
      next.issuer, foldKey(next.issuer), next.parentIssuer, next.place, next.issuedOn, issuedYear, next.subject, next.body,
      next.addressees, next.distribution, next.signerName, next.signerTitle, next.signingAuthority, next.urgency, next.secrecy,
      next.reportDeadline, now.toISOString(), id,
    );
    db.prepare('DELETE FROM documents_fts WHERE rowid = ?').run(rowid);
    indexDocument(db, rowid, { numberSymbol, subject: next.subject, issuer: next.issuer, body: next.body, typeId: next.typeId, issuedYear });
    if (changed.body || changed.numberText || changed.symbol) replaceCitations(db, id, readCitations(next.body, numberSymbol));
    recordAudit(db, { action: 'document.updated', entity: 'document', entityId: id, detail: changed }, now);
    return changed;
  }).immediate();
}
