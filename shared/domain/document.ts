import type { DocumentTypeId, Secrecy, Urgency } from './documentTypes';

/** What the header reader found in a received document; also the `vanthu extract --json` output shape. */
export type ExtractedHeader = {
  numberSymbol: string | null;
  number: number | null;
  symbol: string | null;
  /** Type name as in running text: "Thông báo", "Công văn". */
  type: string | null;
  issuer: string | null;
  parentIssuer: string | null;
  place: string | null;
  issuedOn: string | null;
  subject: string | null;
  addressees: string[];
  distribution: string[];
  signerName: string | null;
  signerTitle: string | null;
  signingAuthority: string | null;
  citations: string[];
  reportDeadline: string | null;
  /** The printed độ khẩn and độ mật marks; null when the document carries none. */
  urgency: Exclude<Urgency, 'normal'> | null;
  secrecy: Exclude<Secrecy, 'none'> | null;
};

export type Direction = 'incoming' | 'outgoing';

/** A citation found in a document's text, resolved to an archived document when one matches. */
export type Citation = {
  numberSymbol: string;
  typeName: string | null;
  citedOn: string | null;
  resolvedId: string | null;
};

/** One document as the archive keeps it, whatever its direction. */
export type DocumentRecord = {
  id: string;
  direction: Direction;
  typeId: DocumentTypeId;
  numberText: string | null;
  number: number | null;
  symbol: string | null;
  numberSymbol: string | null;
  issuer: string;
  parentIssuer: string | null;
  place: string | null;
  issuedOn: string | null;
  subject: string;
  body: string;
  addressees: string[];
  distribution: string[];
  signerName: string | null;
  signerTitle: string | null;
  signingAuthority: string | null;
  urgency: Urgency;
  secrecy: Secrecy;
  reportDeadline: string | null;
  isSample: boolean;
  createdAt: string;
  updatedAt: string;
};
