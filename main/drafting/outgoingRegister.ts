import { documentTypeName } from '../../shared/domain/documentTypes';
import type { OutgoingRegisterView } from '../../shared/ipc/drafting';
import { foldKey } from '../../shared/text/fold';
import { listItems } from '../../shared/text/lists';
import type { Db } from '../db/open';

/**
 * Outgoing numbers run from 01 on 1 January to 31 December (NĐ 30 Điều 15.1), in one shared sequence or one per
 * type as the office decides; `sequenceKey` is 'all' or the type id.
 */
export function sequenceKeyFor(scheme: 'shared' | 'perType', typeId: string): string {
  return scheme === 'perType' ? typeId : 'all';
}

export function nextRegisterNumber(db: Db, year: number, sequenceKey: string): number {
  const row = db.prepare('SELECT MAX(register_number) AS n FROM outgoing WHERE year = ? AND sequence_key = ?').get(year, sequenceKey) as {
    n: number | null;
  };
  return (row.n ?? 0) + 1;
}

/** The latest document of a sequence by its date (the highest number among those of that date). */
export function lastIssuedIn(db: Db, year: number, sequenceKey: string): { numberSymbol: string; issuedOn: string } | null {
  const row = db
    .prepare(
      `SELECT d.number_symbol, d.issued_on FROM outgoing o JOIN documents d ON d.id = o.document_id
       WHERE o.year = ? AND o.sequence_key = ? ORDER BY d.issued_on DESC, o.register_number DESC LIMIT 1`,
    )
    .get(year, sequenceKey) as { number_symbol: string; issued_on: string } | undefined;
  return row ? { numberSymbol: row.number_symbol, issuedOn: row.issued_on } : null;
}

/** The 10 columns of the sổ đăng ký văn bản đi (Phụ lục IV). */
export type OutgoingRegisterRow = OutgoingRegisterView;

/**
 * Nơi nhận as the register prints it: the document's own list, then every unit it was actually sent to by bundle
 * that the list does not already name, before the "Lưu" line.
 */
function placesSentTo(distribution: string[], units: string[]): string[] {
  const listed = listItems(distribution);
  const named = listed.map(foldKey);
  const extra = units.filter((unit) => !named.some((item) => item.includes(foldKey(unit))));
  // "Lưu: VT" closes the list on paper; the units sent to go before it.
  const archive = named.findIndex((item) => item.startsWith('luu'));
  const at = archive === -1 ? listed.length : archive;
  return [...listed.slice(0, at), ...extra, ...listed.slice(at)];
}

export function listOutgoingRegister(db: Db, year: number, from?: string, to?: string): OutgoingRegisterRow[] {
  const rows = db
    .prepare(
      `SELECT d.id, d.number_symbol, d.issued_on, d.type_id, d.subject, d.signer_name, d.distribution, o.file_copy_holder,
         o.copies, o.sent_on, o.receiver_signature, o.note, r.number_symbol AS reply_to,
         (SELECT json_group_array(unit_name ORDER BY unit_name) FROM document_recipients WHERE document_id = d.id) AS sent_to
       FROM outgoing o JOIN documents d ON d.id = o.document_id LEFT JOIN documents r ON r.id = o.reply_to_id
       WHERE d.is_sample = 0 AND o.year = ? AND (? IS NULL OR d.issued_on >= ?) AND (? IS NULL OR d.issued_on <= ?)
       ORDER BY d.issued_on, o.register_number`,
    )
    .all(year, from ?? null, from ?? null, to ?? null, to ?? null) as {
    id: string; number_symbol: string; issued_on: string; type_id: string; subject: string; signer_name: string | null;
    distribution: string; file_copy_holder: string; copies: number; sent_on: string | null; receiver_signature: string;
    note: string; reply_to: string | null; sent_to: string;
  }[];
  return rows.map((r) => ({
    documentId: r.id,
    numberSymbol: r.number_symbol,
    issuedOn: r.issued_on,
    typeName: documentTypeName(r.type_id),
    subject: r.subject,
    signerName: r.signer_name ?? '',
    distribution: placesSentTo(JSON.parse(r.distribution) as string[], JSON.parse(r.sent_to) as string[]),
    fileCopyHolder: r.file_copy_holder,
    copies: r.copies,
    sentOn: r.sent_on,
    receiverSignature: r.receiver_signature,
    note: r.note,
    replyToNumberSymbol: r.reply_to,
  }));
}
