import { documentTypeName } from '../domain/documentTypes';
import type { DraftDocument } from '../domain/draft';

const SUBJECT_CHARS = 80;

/** Text cut to at most `max` characters at the last word boundary, never inside a word. */
export function cutAtWord(text: string, max: number): string {
  const flat = text.normalize('NFC').replace(/\s+/gu, ' ').trim();
  if (flat.length <= max) return flat;
  const space = flat.lastIndexOf(' ', max);
  const cut = space > 0 ? flat.slice(0, space) : flat.slice(0, max);
  return cut.replace(/[\s,;:–-]+$/u, '');
}

/** "Dự thảo Kế hoạch Tổ chức hội nghị …": the name a saved draft suggests, in NFC Vietnamese, without extension. */
export function draftFileName(draft: Pick<DraftDocument, 'typeId' | 'subject'>): string {
  return `Dự thảo ${documentTypeName(draft.typeId)} ${cutAtWord(draft.subject, SUBJECT_CHARS)}`.normalize('NFC').trim();
}
