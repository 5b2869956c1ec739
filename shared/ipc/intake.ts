import { z } from 'zod';
import type { ExtractedHeader } from '../domain/document';
import type { DocumentTypeId } from '../domain/documentTypes';
import { arrivalFields, documentFields } from './archive';
import { operation } from './define';

/** A received file as read by the program, waiting for the clerk to confirm it. */
export type IntakeReading = {
  sha256: string;
  fileName: string;
  size: number;
  /** What the file really is, by its content (a .pdf that holds a photo is an image). */
  format: 'docx' | 'doc' | 'pdf' | 'text' | 'image' | 'other';
  warnings: { code: string; message: string }[];
  /** Nothing could be read from the file; the warnings say why. */
  unreadable: boolean;
  header: ExtractedHeader;
  typeId: DocumentTypeId;
  /** For each header field, the lines of the file it was read from. */
  sources: Partial<Record<keyof ExtractedHeader, string>>;
  text: string;
  duplicate: { reason: 'file' | 'number'; documentId: string; label: string } | null;
  tookMs: number;
};

const MAX_FILE_BASE64 = 100 * 1024 * 1024;
const sha256 = z.string().regex(/^[0-9a-f]{64}$/);

export const intakeOperations = {
  'intake:read': operation(
    z.object({
      fileName: z.string().trim().min(1).max(255),
      contentBase64: z.string().max(MAX_FILE_BASE64, { message: 'Tệp quá lớn (tối đa khoảng 70 MB).' }),
    }),
  ).returns<IntakeReading>(),
  'intake:register': operation(
    z.object({ sha256, fileName: z.string().trim().min(1).max(255), document: documentFields, arrival: arrivalFields }),
  ).returns<{ id: string; arrivalNumber: number; year: number }>(),
};
