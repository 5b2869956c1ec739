import type { IsoDate } from '../text/dates';
import type { DocumentTypeId, Secrecy, Urgency } from './documentTypes';

/**
 * An outgoing document being drafted: everything needed to print it per NĐ 30/2020/NĐ-CP Phụ lục I.
 * Plain JSON (no Dates, no classes) so it can be stored in SQLite and sent over IPC as is.
 */

/** A stretch of text with the same emphasis. */
export type DraftRun = {
  text: string;
  bold?: boolean;
  italic?: boolean;
};

/**
 * Heading levels follow NĐ 30's layout for documents split into mục, khoản, điểm:
 * 1 = "I. KẾT QUẢ THỰC HIỆN" (Roman numeral, bold capitals), 2 = "1. Kết quả đạt được" (bold),
 * 3 = "a) ..." (upright, like the running text). Numbers are given by position when the document is printed, so moving a
 * section never leaves a stale number behind.
 */
export type DraftHeadingLevel = 1 | 2 | 3;

/** Markers of list items: dash "- ", plus "+ ", numbered "1. " and lettered "a) " (Vietnamese alphabet). */
export type DraftItemMarker = 'dash' | 'plus' | 'number' | 'letter';

export type DraftBlock =
  | { kind: 'heading'; level: DraftHeadingLevel; runs: DraftRun[] }
  | { kind: 'paragraph'; runs: DraftRun[] }
  /** "Căn cứ ..." lines of a decision or plan: italic, one per line. */
  | { kind: 'basis'; runs: DraftRun[] }
  | { kind: 'item'; marker: DraftItemMarker; runs: DraftRun[] };

/** The received document a reply answers, cited in full on first mention (NĐ 30 Phụ lục I, II.6.b). */
export type DraftReference = {
  /** Type name as in running text: "Kế hoạch", "Công văn". */
  typeName: string;
  numberSymbol: string;
  issuedOn: IsoDate | null;
  /** Issuer as in running text: "Ban Thường vụ Liên đoàn Lao động tỉnh Lai Châu". */
  issuer: string;
  subject: string;
  /** Archive id of the received document, when it is in the archive. */
  documentId?: string | null;
};

export type DraftDocument = {
  typeId: DocumentTypeId;
  /** Direct parent body in capitals ("TỔNG LĐLĐ VIỆT NAM"), or null when there is none. */
  parentIssuer: string | null;
  /** Issuing body in capitals ("LIÊN ĐOÀN LAO ĐỘNG TỈNH LAI CHÂU"). */
  issuer: string;
  /** Number as printed ("05", "108"), or null while the document is a draft: printed as a blank. */
  numberText: string | null;
  /** Ký hiệu without the number: "BC-LĐLĐ", or "LĐLĐ" for a công văn. */
  symbol: string;
  place: string;
  /** Null while a draft: the day and month are printed blank. */
  issuedOn: IsoDate | null;
  /** Year printed while issuedOn is null; blank when absent. */
  draftYear?: number | null;
  /** Trích yếu without "V/v"; may contain "\n" where the clerk wants the line broken. */
  subject: string;
  /** Kính gửi; empty for documents that carry none. */
  addressees: string[];
  body: DraftBlock[];
  /** Nơi nhận lines without the leading "- " and the trailing ";" or "." (added when printed). */
  distribution: string[];
  /** "TM. BAN THƯỜNG VỤ", "KT. CHỦ TỊCH", or null when the head signs in their own name. */
  signingAuthority: string | null;
  signerTitle: string;
  signerName: string;
  urgency: Urgency;
  secrecy: Secrecy;
  /** Phạm vi lưu hành (ô 11): "LƯU HÀNH NỘI BỘ", "XEM XONG TRẢ LẠI". */
  circulation?: string | null;
  /** Ô 12: drafter's initials, printed in capitals with the print run: "PL.(300)". */
  drafterInitials?: string | null;
  copies?: number | null;
  replyTo?: DraftReference | null;
  /** Units (by code) the document is sent to through bundles when issued; not printed. */
  recipientUnits?: string[] | null;
  /** The date recipients must report back by; tracked per recipient when issued. */
  reportDeadline?: IsoDate | null;
  /** Files sent along with the document (phụ lục, biểu mẫu), kept as content-addressed blobs. */
  attachments?: DraftAttachment[] | null;
};

export type DraftAttachment = { sha256: string; fileName: string; size: number; mime: string };
