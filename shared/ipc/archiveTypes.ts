import type { DocumentRecord } from '../domain/document';

export type IncomingStatus = 'pending' | 'inProgress' | 'done' | 'noAction';

export const INCOMING_STATUS_LABELS: Record<IncomingStatus, string> = {
  pending: 'Chưa xử lý',
  inProgress: 'Đang xử lý',
  done: 'Đã xử lý',
  noAction: 'Không cần xử lý',
};

/** One row of the archive list. */
export type DocumentSummary = {
  id: string;
  direction: 'incoming' | 'outgoing';
  typeId: string;
  typeName: string;
  numberSymbol: string | null;
  issuedOn: string | null;
  issuer: string;
  subject: string;
  urgency: string;
  arrivalNumber: number | null;
  arrivalYear: number | null;
  arrivedOn: string | null;
  status: IncomingStatus | null;
  isSample: boolean;
};

export type DocumentListPage = { total: number; items: DocumentSummary[] };

/** A piece of original text, marked when it matched the query: the UI renders it without HTML. */
export type Highlight = { text: string; hit: boolean }[];

export type SearchHit = DocumentSummary & { subjectHighlight: Highlight; snippet: Highlight };

/** `totalIsLowerBound`: more documents match than were counted ("hơn 1.000"). */
export type SearchResultPage = { total: number; totalIsLowerBound: boolean; items: SearchHit[]; tookMs: number };

export type CitationLink = {
  numberSymbol: string;
  typeName: string | null;
  citedOn: string | null;
  resolved: { id: string; subject: string; typeName: string } | null;
};

export type IncomingEntry = {
  year: number;
  arrivalNumber: number;
  arrivedOn: string;
  channel: string;
  recipient: string;
  transferredOn: string | null;
  receiverSignature: string;
  note: string;
  handler: string;
  handlingDeadline: string | null;
  status: IncomingStatus;
  /** An entry registered by mistake: its số đến is kept (never reused) and marked cancelled with the reason. */
  cancelledOn: string | null;
  cancelReason: string;
};

/** `role`: 'original' (the file received), 'issued' (the DOCX printed at issue), 'annex' (phụ lục, tệp kèm theo). */
/**
 * `missing`: the file is not in this archive. 'awaited' when the document came from another office, whose next
 * bundle brings it (sync.md 5.4); 'lost' when the archive had it and it is gone, to restore from a backup.
 */
export type AttachmentInfo = { id: number; sha256: string; size: number; mime: string; originalName: string; role: string; missing: false | 'awaited' | 'lost' };

/** Electron opens the file with the system's program; browser mode gets the bytes to download. */
export type OpenedAttachment = { opened: true; fileName: string } | { opened: false; fileName: string; mime: string; contentBase64: string };

export type DocumentDetail = {
  document: DocumentRecord;
  typeName: string;
  incoming: IncomingEntry | null;
  attachments: AttachmentInfo[];
  citations: CitationLink[];
  citedBy: DocumentSummary[];
  replies: DocumentSummary[];
  /** The document this one replaces ("Soạn văn bản thay thế"), and those that replace it. */
  supersedes: DocumentSummary | null;
  supersededBy: DocumentSummary[];
  /** The full text with the words of `query` marked, when the page was opened from a search. */
  bodyHighlight: Highlight | null;
};

export type IncomingRegisterRow = {
  documentId: string;
  /** (1) Ngày đến */ arrivedOn: string;
  /** (2) Số đến */ arrivalNumber: number;
  /** (3) Tác giả */ issuer: string;
  /** (4) Số, ký hiệu */ numberSymbol: string | null;
  /** (5) Ngày tháng văn bản */ issuedOn: string | null;
  /** (6) Tên loại và trích yếu */ typeName: string;
  subject: string;
  /** (7) Đơn vị hoặc người nhận */ recipient: string;
  /** (8) Ngày chuyển */ transferredOn: string | null;
  /** (9) Ký nhận */ receiverSignature: string;
  /** (10) Ghi chú */ note: string;
};

export type ArchiveFacets = {
  years: number[];
  issuers: { issuer: string; count: number }[];
  types: { typeId: string; typeName: string; count: number }[];
};
