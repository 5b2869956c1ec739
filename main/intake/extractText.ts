import { docxToText } from './docxText';
import { decodePlainText } from './plainText';
import { pdfToText } from './pdfText';
import type { IntakeWarning } from './warnings';

export type TextFormat = 'docx' | 'pdf' | 'text';
/** What the file really is, by its content: one of the formats read, or one the program names but cannot read. */
export type FileFormat = TextFormat | 'doc' | 'image' | 'other';
export type ExtractedText = { text: string; format: FileFormat; warnings: IntakeWarning[] };

/** Larger files are cut: a directive's header and signature never need this much. */
const MAX_BYTES = 50 * 1024 * 1024;

type Sniffed = TextFormat | 'doc' | 'image' | 'unsupported';

function startsWith(bytes: Uint8Array, signature: readonly number[], at = 0): boolean {
  return signature.every((b, i) => bytes[at + i] === b);
}

/** The format by magic bytes; the file name only breaks ties for text. */
export function sniffFormat(bytes: Uint8Array): Sniffed {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  if (head.includes('%PDF-')) return 'pdf';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return 'docx';
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'doc';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47]) || startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image';
  if (head.startsWith('{\\rtf')) return 'unsupported';
  return 'text';
}

function extensionOf(fileName: string): string {
  const m = /\.([a-z0-9]+)$/i.exec(fileName);
  return m ? (m[1] as string).toLowerCase() : '';
}

function expectedFormat(extension: string): TextFormat | null {
  if (extension === 'pdf') return 'pdf';
  if (extension === 'docx' || extension === 'docm') return 'docx';
  if (extension === 'txt' || extension === 'md' || extension === 'text') return 'text';
  return null;
}

/** Text of a received file (DOCX, PDF or plain text). Never throws: unreadable input gives empty text and warnings. */
export async function extractText(input: { bytes: Uint8Array; fileName: string }): Promise<ExtractedText> {
  const warnings: IntakeWarning[] = [];
  let bytes = input.bytes instanceof Uint8Array ? input.bytes : new Uint8Array(0);
  const fileName = typeof input.fileName === 'string' ? input.fileName : '';
  if (bytes.length === 0) return { text: '', format: expectedFormat(extensionOf(fileName)) ?? 'text', warnings: ['EMPTY_FILE'] };
  if (bytes.length > MAX_BYTES) {
    bytes = bytes.subarray(0, MAX_BYTES);
    warnings.push('TOO_LARGE');
  }
  const sniffed = sniffFormat(bytes);
  const expected = expectedFormat(extensionOf(fileName));
  if (sniffed === 'doc') return { text: '', format: 'doc', warnings: [...warnings, 'LEGACY_DOC'] };
  if (sniffed === 'image') return { text: '', format: 'image', warnings: [...warnings, 'IMAGE_FILE'] };
  if (sniffed === 'unsupported') return { text: '', format: 'other', warnings: [...warnings, 'UNSUPPORTED_FORMAT'] };
  if (expected !== null && expected !== sniffed) warnings.push('EXTENSION_MISMATCH');
  if (sniffed === 'pdf') {
    try {
      const text = await pdfToText(bytes);
      if (text.replace(/\s+/g, '') === '') warnings.push('PDF_WITHOUT_TEXT');
      return { text, format: 'pdf', warnings };
    } catch {
      return { text: '', format: 'pdf', warnings: [...warnings, 'UNREADABLE_PDF'] };
    }
  }
  if (sniffed === 'docx') {
    try {
      return { text: await docxToText(bytes), format: 'docx', warnings };
    } catch {
      return { text: '', format: 'docx', warnings: [...warnings, 'UNREADABLE_DOCX'] };
    }
  }
  const plain = decodePlainText(bytes);
  return { text: plain.text, format: 'text', warnings: [...warnings, ...plain.warnings] };
}
