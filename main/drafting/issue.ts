import { randomUUID } from 'node:crypto';
import type { DraftDocument } from '../../shared/domain/draft';
import { documentTypeInfo } from '../../shared/domain/documentTypes';
import { defaultSymbolFor, type OfficeProfile } from '../../shared/domain/office';
import { draftBodyText } from '../../shared/drafting/bodyText';
import { assertNoPlaceholders } from '../../shared/drafting/placeholders';
import { AppError } from '../../shared/errors';
import { formatDocumentNumber, formatNumberSymbol, numberSymbolKey } from '../../shared/text/numberSymbol';
import { recordAudit } from '../archive/audit';
import type { BlobStore } from '../archive/blobStore';
import { findDuplicate, insertDocument, type CitationInput } from '../archive/documentsRepo';
import type { HeaderReader } from '../archive/headerReader';
import type { Db } from '../db/open';
import { headerReader } from '../intake/headerReader';
import { publishIssued } from '../sync/publish';
import { deleteDraft, getDraft } from './draftsRepo';
import { nextRegisterNumber, sequenceKeyFor } from './outgoingRegister';

export type RenderDocx = (draft: DraftDocument) => Promise<Uint8Array>;

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export type IssuedDocument = { id: string; numberSymbol: string; registerNumber: number; year: number; sha256: string };

/**
 * The documents an issued text cites: the directive it answers first (with its date, as the reply was drafted
 * from it), then every other số/ký hiệu its body names (căn cứ, thực hiện, thay thế…), as intake reads them.
 */
function issuedCitations(draft: DraftDocument, body: string, numberSymbol: string, reader: Pick<HeaderReader, 'readCitations'>): CitationInput[] {
  const replyTo = draft.replyTo ? [{ numberSymbol: draft.replyTo.numberSymbol, typeName: draft.replyTo.typeName, citedOn: draft.replyTo.issuedOn }] : [];
  const seen = new Set(replyTo.map((c) => numberSymbolKey(c.numberSymbol)));
  const read = reader.readCitations(body, numberSymbol).filter((c) => {
    const key = numberSymbolKey(c.numberSymbol);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return [...replyTo, ...read];
}

/**
 * An issued reply answers the directive: an open entry of the sổ đến becomes "Đã xử lý", recorded like any other
 * handling change (the history also lists the reply itself). Entries already closed or cancelled stay as they are.
 */
function markAnswered(db: Db, directiveId: string, now: Date): void {
  const entry = db.prepare('SELECT status FROM incoming WHERE document_id = ? AND cancelled_on IS NULL').get(directiveId) as { status: string } | undefined;
  if (!entry || (entry.status !== 'pending' && entry.status !== 'inProgress')) return;
  db.prepare("UPDATE incoming SET status = 'done' WHERE document_id = ?").run(directiveId);
  recordAudit(db, { action: 'handling.changed', entity: 'document', entityId: directiveId, detail: { status: { from: entry.status, to: 'done' } } }, now);
}

export function numbered(draft: DraftDocument, profile: OfficeProfile, db: Db, issuedOn: string) {
  const year = Number(issuedOn.slice(0, 4));
  const sequenceKey = sequenceKeyFor(profile.numberingScheme, draft.typeId);
  const registerNumber = nextRegisterNumber(db, year, sequenceKey);
  const symbol = draft.symbol || defaultSymbolFor(profile, draft.typeId, documentTypeInfo(draft.typeId)?.code ?? null);
  const numberText = formatDocumentNumber(registerNumber);
  return { year, sequenceKey, registerNumber, symbol, numberText, numberSymbol: formatNumberSymbol(numberText, symbol) };
}

/**
 * Issues a draft: gives it the next number of the outgoing register (per year, shared or per type), prints the
 * final DOCX, and stores the document, its register entry and the printed file in one transaction. Issued
 * documents are immutable; the draft is gone afterwards.
 */
export async function issueDraft(
  db: Db,
  blobs: BlobStore,
  profile: OfficeProfile,
  render: RenderDocx,
  draftId: string,
  issuedOn: string,
  reader: Pick<HeaderReader, 'readCitations'> = headerReader,
): Promise<IssuedDocument> {
  const stored = getDraft(db, draftId);
  const draft = stored.content;
  if (!draft.subject.trim() || !draft.signerTitle.trim() || !draft.signerName.trim()) throw new AppError('DRAFT_INCOMPLETE');
  assertNoPlaceholders(draft);
  for (let attempt = 0; attempt < 3; attempt++) {
    const n = numbered(draft, profile, db, issuedOn);
    const final: DraftDocument = { ...draft, numberText: n.numberText, symbol: n.symbol, issuedOn, issuer: draft.issuer || profile.officeName };
    // Rendering is asynchronous and cannot sit inside the synchronous transaction: the number is checked again there.
    const docx = await render(final);
    const { sha256, size } = blobs.put(docx);
    const result = db.transaction((): IssuedDocument | null => {
      if (nextRegisterNumber(db, n.year, n.sequenceKey) !== n.registerNumber) return null;
      if (findDuplicate(db, { direction: 'outgoing', issuer: final.issuer, issuedOn, numberSymbol: n.numberSymbol })) throw new AppError('NUMBER_TAKEN');
      const now = new Date();
      const stamp = now.toISOString();
      const body = draftBodyText(final);
      const id = insertDocument(db, {
        id: randomUUID(),
        direction: 'outgoing',
        typeId: final.typeId,
        numberText: n.numberText,
        number: n.registerNumber,
        symbol: n.symbol,
        issuer: final.issuer,
        parentIssuer: final.parentIssuer,
        place: final.place,
        issuedOn,
        subject: final.subject.replace(/\n/g, ' '),
        body,
        addressees: final.addressees,
        distribution: final.distribution,
        signerName: final.signerName,
        signerTitle: final.signerTitle,
        signingAuthority: final.signingAuthority,
        urgency: final.urgency,
        secrecy: final.secrecy,
        reportDeadline: final.reportDeadline ?? null,
        citations: issuedCitations(final, body, n.numberSymbol, reader),
      });
      if (stored.supersedesId) db.prepare('UPDATE documents SET supersedes_id = ? WHERE id = ?').run(stored.supersedesId, id);
      db.prepare(
        `INSERT INTO outgoing (document_id, year, sequence_key, register_number, status, reply_to_id, copies, file_copy_holder, issued_at, draft_content)
         VALUES (?, ?, ?, ?, 'issued', ?, ?, ?, ?, ?)`,
      ).run(id, n.year, n.sequenceKey, n.registerNumber, stored.replyToId, final.copies ?? 1, 'VT', stamp, JSON.stringify(final));
      db.prepare('INSERT OR IGNORE INTO blobs (sha256, size, created_at) VALUES (?, ?, ?)').run(sha256, size, stamp);
      db.prepare('INSERT INTO attachments (document_id, sha256, size, mime, original_name, role, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)').run(
        id,
        sha256,
        size,
        DOCX_MIME,
        `${n.numberSymbol.replace(/\//g, '-')}.docx`,
        'issued',
        stamp,
      );
      const unitName = db.prepare('SELECT name FROM units WHERE code = ?');
      const addRecipient = db.prepare('INSERT OR IGNORE INTO document_recipients (document_id, unit_code, unit_name) VALUES (?, ?, ?)');
      for (const code of final.recipientUnits ?? []) {
        addRecipient.run(id, code, (unitName.get(code) as { name: string } | undefined)?.name ?? code);
      }
      const addAnnex = db.prepare(
        "INSERT INTO attachments (document_id, sha256, size, mime, original_name, role, created_at) VALUES (?, ?, ?, ?, ?, 'annex', ?)",
      );
      for (const a of final.attachments ?? []) {
        if (!blobs.has(a.sha256)) throw new AppError('NOT_FOUND', { detail: a.fileName });
        db.prepare('INSERT OR IGNORE INTO blobs (sha256, size, created_at) VALUES (?, ?, ?)').run(a.sha256, a.size, stamp);
        addAnnex.run(id, a.sha256, a.size, a.mime, a.fileName, stamp);
      }
      if (stored.replyToId) markAnswered(db, stored.replyToId, now);
      publishIssued(db, id, stored.replyToId);
      deleteDraft(db, draftId);
      recordAudit(db, { action: 'outgoing.issued', entity: 'document', entityId: id, detail: { numberSymbol: n.numberSymbol, draftId, replyTo: stored.replyToId } });
      return { id, numberSymbol: n.numberSymbol, registerNumber: n.registerNumber, year: n.year, sha256 };
    }).immediate();
    if (result) return result;
  }
  throw new AppError('NUMBER_TAKEN');
}
