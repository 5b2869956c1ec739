import { documentTypeIdFor } from '../../shared/domain/documentTypes';
import { AppError } from '../../shared/errors';
import type { IntakeReading } from '../../shared/ipc/intake';
import type { BlobStore } from '../archive/blobStore';
import { findDuplicate, printedNumberSymbol, type NewDocument } from '../archive/documentsRepo';
import { registerIncoming, type RegisteredIncoming } from '../archive/registration';
import type { ArrivalInput } from '../archive/incomingRegister';
import type { Db } from '../db/open';
import { extractText, sniffFormat, type TextFormat } from './extractText';
import { readCitations, readHeaderWithSources } from './header/index';
import { intakeWarningMessage, isUnreadable } from './warnings';

const MIME: Record<TextFormat, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
  text: 'text/plain',
};

function documentWithFile(db: Db, sha256: string): { id: string; label: string } | null {
  const row = db
    .prepare(
      `SELECT d.id, d.number_symbol, d.subject FROM attachments a JOIN documents d ON d.id = a.document_id
       WHERE a.sha256 = ? AND d.direction = 'incoming' LIMIT 1`,
    )
    .get(sha256) as { id: string; number_symbol: string | null; subject: string } | undefined;
  return row ? { id: row.id, label: row.number_symbol ?? row.subject } : null;
}

/**
 * Reads a received file: keeps its bytes as a content-addressed blob, extracts the text, reads the header, and
 * says whether the same file or the same số/ký hiệu from the same issuer is already registered.
 */
export async function readReceivedFile(db: Db, blobs: BlobStore, fileName: string, bytes: Uint8Array): Promise<IntakeReading> {
  const started = performance.now();
  const { sha256, size } = blobs.put(bytes);
  const extracted = await extractText({ bytes, fileName });
  const { header, sources } = readHeaderWithSources(extracted.text);
  const lines = extracted.text.split('\n');
  const sourceText: IntakeReading['sources'] = {};
  for (const [field, indexes] of Object.entries(sources) as [keyof typeof sources, number[]][]) {
    if (indexes.length) sourceText[field] = indexes.map((i) => lines[i] ?? '').join('\n');
  }
  const sameFile = documentWithFile(db, sha256);
  const sameNumber =
    header.issuer && header.numberSymbol
      ? findDuplicate(db, { direction: 'incoming', issuer: header.issuer, issuedOn: header.issuedOn, numberSymbol: header.numberSymbol })
      : null;
  const duplicate = sameFile
    ? { reason: 'file' as const, documentId: sameFile.id, label: sameFile.label }
    : sameNumber
      ? { reason: 'number' as const, documentId: sameNumber, label: header.numberSymbol ?? '' }
      : null;
  return {
    sha256,
    fileName: fileName.normalize('NFC'),
    size,
    format: extracted.format,
    warnings: extracted.warnings.map((code) => ({ code, message: intakeWarningMessage(code) })),
    unreadable: isUnreadable(extracted.warnings, extracted.text),
    header,
    typeId: documentTypeIdFor(header.type, header.symbol),
    sources: sourceText,
    text: extracted.text,
    duplicate,
    tookMs: performance.now() - started,
  };
}

export type AfterRegister = (db: Db, id: string) => void;

/** Registers a confirmed reading: the document, its original file as attachment, the số đến, in one transaction. */
export function registerReceivedFile(
  db: Db,
  blobs: BlobStore,
  input: { sha256: string; fileName: string; document: NewDocument; arrival: ArrivalInput },
  afterRegister?: AfterRegister,
): RegisteredIncoming {
  if (!blobs.has(input.sha256)) throw new AppError('NOT_FOUND', { detail: 'tệp gốc' });
  const existing = documentWithFile(db, input.sha256);
  if (existing) throw new AppError('DUPLICATE_FILE', { detail: existing.label, documentId: existing.id });
  const bytes = blobs.read(input.sha256);
  const sniffed = sniffFormat(bytes);
  const mime = sniffed === 'pdf' || sniffed === 'docx' ? MIME[sniffed] : 'application/octet-stream';
  const citations = readCitations(input.document.body, printedNumberSymbol(input.document));
  return registerIncoming(db, { ...input.document, citations }, input.arrival, (tx, id) => {
    tx.prepare('INSERT OR IGNORE INTO blobs (sha256, size, created_at) VALUES (?, ?, ?)').run(input.sha256, bytes.byteLength, new Date().toISOString());
    tx.prepare('INSERT INTO attachments (document_id, sha256, size, mime, original_name, role, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)').run(
      id,
      input.sha256,
      bytes.byteLength,
      sniffed === 'text' ? MIME.text : mime,
      input.fileName.normalize('NFC'),
      'original',
      new Date().toISOString(),
    );
    afterRegister?.(tx, id);
  });
}
