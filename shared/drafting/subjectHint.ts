import type { DraftDocument } from '../domain/draft';

/**
 * About how many characters of the trích yếu fit on one printed line: a công văn prints "V/v …" in 12 pt under
 * the number, in the left column (about 8 cm); the other types print it centred in bold 14 pt across the page.
 */
const CHARS_PER_LINE = { officialLetter: 34, other: 60 } as const;
/** Beyond this the trích yếu stops being a summary; NĐ 30 sets no limit, so this is advice, not a rule. */
const COMFORTABLE_LINES = 4;

export function subjectPrintedLines(draft: Pick<DraftDocument, 'typeId' | 'subject'>): number {
  const perLine = draft.typeId === 'officialLetter' ? CHARS_PER_LINE.officialLetter : CHARS_PER_LINE.other;
  const prefix = draft.typeId === 'officialLetter' ? 'V/v ' : '';
  return draft.subject
    .split('\n')
    .map((line) => line.trim())
    .filter((line, i) => line !== '' || i === 0)
    .reduce((sum, line, i) => sum + Math.max(1, Math.ceil(((i === 0 ? prefix : '') + line).length / perLine)), 0);
}

/** A gentle note when the trích yếu would print as a long block; null while it reads as a summary. */
export function subjectLengthHint(draft: Pick<DraftDocument, 'typeId' | 'subject'>): string | null {
  const lines = subjectPrintedLines(draft);
  if (lines <= COMFORTABLE_LINES) return null;
  const chars = draft.subject.replace(/\s+/gu, ' ').trim().length;
  return `Trích yếu dài ${chars} ký tự, khi in chiếm khoảng ${lines} dòng. Trích yếu nên ngắn gọn, nêu đúng việc chính; có thể đưa phần chi tiết vào nội dung.`;
}
