import { documentTypeName } from '../../shared/domain/documentTypes';
import { AppError } from '../../shared/errors';
import type { AttachmentInfo, CitationLink, DocumentDetail, DocumentSummary, IncomingEntry } from '../../shared/ipc/archiveTypes';
import type { Db } from '../db/open';
import type { BlobStore } from './blobStore';
import { getDocumentRow } from './documentsRepo';
import { highlightAll } from './highlight';
import { SUMMARY_COLUMNS, toDocumentRecord, toSummary, type SummaryRow } from './rows';
import { parseSearchQuery } from './searchQuery';

const SUMMARY_FROM = 'FROM documents d LEFT JOIN incoming i ON i.document_id = d.id';

/**
 * The documents this one cites, each with the archived document it names when there is one: the same số/ký hiệu,
 * of the year the citation gives when it gives one. One query for all of them.
 */
function citationLinks(db: Db, documentId: string): CitationLink[] {
  const rows = db
    .prepare(
      `SELECT c.number_symbol, c.type_name, c.cited_on, d.id, d.subject, d.type_id, d.issued_year
       FROM citations c
       LEFT JOIN documents d ON d.rowid = (
         SELECT x.rowid FROM documents x WHERE x.number_symbol_key = c.number_symbol_key AND x.id != c.document_id
         ORDER BY (x.issued_year IS CAST(substr(c.cited_on, 1, 4) AS INTEGER)) DESC, x.issued_on DESC LIMIT 1)
       WHERE c.document_id = ? ORDER BY c.position`,
    )
    .all(documentId) as {
    number_symbol: string; type_name: string | null; cited_on: string | null;
    id: string | null; subject: string | null; type_id: string | null; issued_year: number | null;
  }[];
  return rows.map((r) => {
    const year = r.cited_on ? Number(r.cited_on.slice(0, 4)) : null;
    const resolved = r.id !== null && (year === null || r.issued_year === null || r.issued_year === year);
    return {
      numberSymbol: r.number_symbol,
      typeName: r.type_name,
      citedOn: r.cited_on,
      resolved: resolved ? { id: r.id as string, subject: r.subject as string, typeName: documentTypeName(r.type_id as string) } : null,
    };
  });
}

type IncomingRow = {
  year: number; arrival_number: number; arrived_on: string; channel: string; recipient: string; transferred_on: string | null;
  receiver_signature: string; note: string; handler: string; handling_deadline: string | null; status: IncomingEntry['status'];
  cancelled_on: string | null; cancel_reason: string;
};

function incomingEntry(db: Db, id: string): IncomingEntry | null {
  const inc = db.prepare('SELECT * FROM incoming WHERE document_id = ?').get(id) as IncomingRow | undefined;
  return inc
    ? {
        year: inc.year,
        arrivalNumber: inc.arrival_number,
        arrivedOn: inc.arrived_on,
        channel: inc.channel,
        recipient: inc.recipient,
        transferredOn: inc.transferred_on,
        receiverSignature: inc.receiver_signature,
        note: inc.note,
        handler: inc.handler,
        handlingDeadline: inc.handling_deadline,
        status: inc.status,
        cancelledOn: inc.cancelled_on,
        cancelReason: inc.cancel_reason,
      }
    : null;
}

function summaries(db: Db, sql: string, ...params: unknown[]): DocumentSummary[] {
  return (db.prepare(`SELECT DISTINCT ${SUMMARY_COLUMNS} ${SUMMARY_FROM} ${sql}`).all(...params) as SummaryRow[]).map(toSummary);
}

/**
 * The documents that answer this one: replies issued here (outgoing.reply_to_id) and reports received by bundle
 * that the sending office issued as replies to it (document_links, kind 'reply').
 */
function repliesTo(db: Db, id: string): DocumentSummary[] {
  return summaries(
    db,
    `WHERE d.id IN (SELECT document_id FROM outgoing WHERE reply_to_id = ? UNION SELECT from_id FROM document_links WHERE to_id = ? AND kind = 'reply')
     ORDER BY d.issued_on`,
    id,
    id,
  );
}

export function documentDetail(db: Db, blobs: BlobStore, id: string, query?: string): DocumentDetail {
  const row = getDocumentRow(db, id);
  if (!row) throw new AppError('NOT_FOUND');
  const document = toDocumentRecord(row);
  const attachments = (db
    .prepare('SELECT id, sha256, size, mime, original_name AS originalName, role FROM attachments WHERE document_id = ? ORDER BY id')
    .all(id) as Omit<AttachmentInfo, 'missing'>[]).map((a) => ({ ...a, missing: blobs.has(a.sha256) ? (false as const) : row.origin_unit ? ('awaited' as const) : ('lost' as const) }));
  const citedBy = row.number_symbol_key
    ? summaries(
        db,
        `JOIN citations c ON c.document_id = d.id
         WHERE c.number_symbol_key = ? AND d.id != ? AND (c.cited_on IS NULL OR ? IS NULL OR substr(c.cited_on, 1, 4) = ?)
         ORDER BY d.issued_on DESC`,
        row.number_symbol_key,
        id,
        row.issued_on,
        row.issued_on?.slice(0, 4) ?? null,
      )
    : [];
  const parsed = query ? parseSearchQuery(query) : null;
  return {
    document,
    typeName: documentTypeName(document.typeId),
    incoming: incomingEntry(db, id),
    attachments,
    citations: citationLinks(db, id),
    citedBy,
    replies: repliesTo(db, id),
    supersedes: row.supersedes_id ? (summaries(db, 'WHERE d.id = ?', row.supersedes_id)[0] ?? null) : null,
    supersededBy: summaries(db, 'WHERE d.supersedes_id = ? ORDER BY d.issued_on', id),
    bodyHighlight: parsed && parsed.words.length ? highlightAll(document.body, parsed.words, parsed.prefixWord) : null,
  };
}
