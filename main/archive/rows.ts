import type { DocumentRecord } from '../../shared/domain/document';
import type { DocumentTypeId, Secrecy, Urgency } from '../../shared/domain/documentTypes';
import { documentTypeName } from '../../shared/domain/documentTypes';
import type { DocumentSummary, IncomingStatus } from '../../shared/ipc/archiveTypes';

/** A `documents` row as SQLite returns it. */
export type DocumentRow = {
  id: string;
  direction: 'incoming' | 'outgoing';
  type_id: string;
  number_text: string | null;
  number: number | null;
  symbol: string | null;
  number_symbol: string | null;
  /** The key citations and the duplicate check compare (shared/text/numberSymbol.ts numberSymbolKey). */
  number_symbol_key: string | null;
  issuer: string;
  parent_issuer: string | null;
  place: string | null;
  issued_on: string | null;
  subject: string;
  body: string;
  addressees: string;
  distribution: string;
  signer_name: string | null;
  signer_title: string | null;
  signing_authority: string | null;
  urgency: string;
  secrecy: string;
  report_deadline: string | null;
  is_sample: number;
  /** The office it came from by bundle; null for what this office registered or issued itself. */
  origin_unit: string | null;
  /** The earlier document this one replaces. */
  supersedes_id: string | null;
  created_at: string;
  updated_at: string;
};

export type SummaryRow = Pick<
  DocumentRow,
  'id' | 'direction' | 'type_id' | 'number_symbol' | 'issued_on' | 'issuer' | 'subject' | 'urgency' | 'is_sample'
> & { arrival_number: number | null; arrival_year: number | null; arrived_on: string | null; status: string | null };

/** Columns for SummaryRow, with `d` = documents and `i` = incoming. */
export const SUMMARY_COLUMNS = `d.id, d.direction, d.type_id, d.number_symbol, d.issued_on, d.issuer, d.subject, d.urgency,
  d.is_sample, i.arrival_number, i.year AS arrival_year, i.arrived_on, i.status`;

function parseList(json: string): string[] {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  } catch {
    return [];
  }
}

export function toDocumentRecord(row: DocumentRow): DocumentRecord {
  return {
    id: row.id,
    direction: row.direction,
    typeId: row.type_id as DocumentTypeId,
    numberText: row.number_text,
    number: row.number,
    symbol: row.symbol,
    numberSymbol: row.number_symbol,
    issuer: row.issuer,
    parentIssuer: row.parent_issuer,
    place: row.place,
    issuedOn: row.issued_on,
    subject: row.subject,
    body: row.body,
    addressees: parseList(row.addressees),
    distribution: parseList(row.distribution),
    signerName: row.signer_name,
    signerTitle: row.signer_title,
    signingAuthority: row.signing_authority,
    urgency: row.urgency as Urgency,
    secrecy: row.secrecy as Secrecy,
    reportDeadline: row.report_deadline,
    isSample: row.is_sample === 1,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function toSummary(row: SummaryRow): DocumentSummary {
  return {
    id: row.id,
    direction: row.direction,
    typeId: row.type_id,
    typeName: documentTypeName(row.type_id),
    numberSymbol: row.number_symbol,
    issuedOn: row.issued_on,
    issuer: row.issuer,
    subject: row.subject,
    urgency: row.urgency,
    arrivalNumber: row.arrival_number,
    arrivalYear: row.arrival_year,
    arrivedOn: row.arrived_on,
    status: (row.status as IncomingStatus | null) ?? null,
    isSample: row.is_sample === 1,
  };
}
