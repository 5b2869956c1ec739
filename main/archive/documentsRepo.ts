import { randomUUID } from 'node:crypto';
import type { DocumentRecord } from '../../shared/domain/document';
import { AppError } from '../../shared/errors';
import { foldKey, foldText } from '../../shared/text/fold';
import { formatNumberSymbol, numberSymbolKey } from '../../shared/text/numberSymbol';
import type { Db } from '../db/open';
import { searchTags } from './searchTags';
import { addSearchWords } from './searchWords';
import { toDocumentRecord, type DocumentRow } from './rows';

export type CitationInput = { numberSymbol: string; typeName: string | null; citedOn: string | null };

export type NewDocument = Omit<DocumentRecord, 'id' | 'createdAt' | 'updatedAt' | 'numberSymbol' | 'isSample'> & {
  id?: string;
  isSample?: boolean;
  originUnit?: string | null;
  citations: CitationInput[];
};

export function yearOfIssue(date: string | null): number | null {
  return date ? Number(date.slice(0, 4)) : null;
}

/** The số/ký hiệu as printed ("108/TB-LĐLĐ", "45-GM/ĐU"), or null for a document without a ký hiệu. */
export function printedNumberSymbol(doc: { numberText: string | null; symbol: string | null }): string | null {
  return doc.symbol ? formatNumberSymbol(doc.numberText, doc.symbol) : null;
}

/** Enters a new document in the full-text index (folded text, rowid = documents.rowid) and records its words. */
export function indexDocument(
  db: Db,
  rowid: number | bigint,
  doc: { numberSymbol: string | null; subject: string; issuer: string; body: string; typeId: string; issuedYear: number | null },
): void {
  const columns = [foldText(doc.numberSymbol ?? ''), foldText(doc.subject), foldText(doc.issuer), foldText(doc.body)];
  db.prepare('INSERT INTO documents_fts (rowid, number_symbol, subject, issuer, body, tags) VALUES (?, ?, ?, ?, ?, ?)').run(
    rowid,
    ...columns,
    searchTags(doc.typeId, doc.issuedYear),
  );
  addSearchWords(db, columns);
}

export function replaceCitations(db: Db, documentId: string, citations: CitationInput[]): void {
  db.prepare('DELETE FROM citations WHERE document_id = ?').run(documentId);
  addCitations(db, documentId, citations);
}

function addCitations(db: Db, documentId: string, citations: CitationInput[]): void {
  const insert = db.prepare(
    'INSERT INTO citations (document_id, position, number_symbol, number_symbol_key, type_name, cited_on) VALUES (?, ?, ?, ?, ?, ?)',
  );
  citations.forEach((c, i) => insert.run(documentId, i, c.numberSymbol, numberSymbolKey(c.numberSymbol), c.typeName, c.citedOn));
}

/** Finds a document with the same số/ký hiệu, issuer and year: the duplicate rule of NĐ 30 Điều 15.1. */
export function findDuplicate(
  db: Db,
  doc: { direction: string; issuer: string; issuedOn: string | null; numberSymbol: string | null },
): string | null {
  if (!doc.numberSymbol) return null;
  const row = db
    .prepare(
      'SELECT id FROM documents WHERE direction = ? AND issuer_key = ? AND issued_year IS ? AND number_symbol_key = ?',
    )
    .get(doc.direction, foldKey(doc.issuer), yearOfIssue(doc.issuedOn), numberSymbolKey(doc.numberSymbol)) as { id: string } | undefined;
  return row?.id ?? null;
}

/** Refuses a document that would duplicate another one (findDuplicate), naming the one already archived. */
export function refuseDuplicate(
  db: Db,
  doc: { direction: string; issuer: string; issuedOn: string | null; numberSymbol: string | null },
  self?: string,
): void {
  const duplicate = findDuplicate(db, doc);
  if (duplicate && duplicate !== self) throw new AppError('DUPLICATE_DOCUMENT', { detail: doc.numberSymbol ?? '', documentId: duplicate });
}

/** Inserts a document, its search entry and its citations. Call inside a transaction with the register entry. */
export function insertDocument(db: Db, input: NewDocument, now: Date = new Date()): string {
  // Stored text is NFC, so offsets found in folded text cut the stored text exactly (see shared/text/fold.ts).
  const doc = { ...input, subject: input.subject.normalize('NFC'), body: input.body.normalize('NFC'), issuer: input.issuer.normalize('NFC') };
  const id = doc.id ?? randomUUID();
  const numberSymbol = printedNumberSymbol(doc);
  refuseDuplicate(db, { direction: doc.direction, issuer: doc.issuer, issuedOn: doc.issuedOn, numberSymbol });
  const stamp = now.toISOString();
  const info = db
    .prepare(
      `INSERT INTO documents (id, direction, type_id, number_text, number, symbol, number_symbol, number_symbol_key,
        issuer, issuer_key, parent_issuer, place, issued_on, issued_year, subject, body, addressees, distribution,
        signer_name, signer_title, signing_authority, urgency, secrecy, report_deadline, origin_unit, is_sample,
        created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      id,
      doc.direction,
      doc.typeId,
      doc.numberText,
      doc.number,
      doc.symbol,
      numberSymbol,
      numberSymbol ? numberSymbolKey(numberSymbol) : null,
      doc.issuer,
      foldKey(doc.issuer),
      doc.parentIssuer,
      doc.place,
      doc.issuedOn,
      yearOfIssue(doc.issuedOn),
      doc.subject,
      doc.body,
      JSON.stringify(doc.addressees),
      JSON.stringify(doc.distribution),
      doc.signerName,
      doc.signerTitle,
      doc.signingAuthority,
      doc.urgency,
      doc.secrecy,
      doc.reportDeadline,
      doc.originUnit ?? null,
      doc.isSample ? 1 : 0,
      stamp,
      stamp,
    );
  indexDocument(db, info.lastInsertRowid, { numberSymbol, subject: doc.subject, issuer: doc.issuer, body: doc.body, typeId: doc.typeId, issuedYear: yearOfIssue(doc.issuedOn) });
  addCitations(db, id, doc.citations);
  return id;
}

export function getDocumentRow(db: Db, id: string): DocumentRow | undefined {
  return db.prepare('SELECT * FROM documents WHERE id = ?').get(id) as DocumentRow | undefined;
}

export function getDocument(db: Db, id: string): DocumentRecord {
  const row = getDocumentRow(db, id);
  if (!row) throw new AppError('NOT_FOUND');
  return toDocumentRecord(row);
}

/** Removes documents (and their index entries); attachments rows cascade, blob files stay for the GC. */
export function deleteDocuments(db: Db, ids: string[]): number {
  const rowidOf = db.prepare('SELECT rowid AS r FROM documents WHERE id = ?');
  const delFts = db.prepare('DELETE FROM documents_fts WHERE rowid = ?');
  const clearSupersedes = db.prepare('UPDATE documents SET supersedes_id = NULL WHERE supersedes_id = ?');
  const clearReplies = db.prepare('UPDATE outgoing SET reply_to_id = NULL WHERE reply_to_id = ?');
  const del = db.prepare('DELETE FROM documents WHERE id = ?');
  let removed = 0;
  for (const id of ids) {
    const row = rowidOf.get(id) as { r: number } | undefined;
    if (!row) continue;
    delFts.run(row.r);
    clearSupersedes.run(id);
    clearReplies.run(id);
    removed += del.run(id).changes;
  }
  return removed;
}
