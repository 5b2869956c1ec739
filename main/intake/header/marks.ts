import type { Secrecy, Urgency } from '../../../shared/domain/documentTypes';
import type { Line } from './lines';

/** The printed marks of NĐ 30 Phụ lục I (ô 10a, 10b), folded, each alone on its line in the header. */
const URGENCY_MARKS: Record<string, Exclude<Urgency, 'normal'>> = {
  khan: 'urgent',
  'thuong khan': 'veryUrgent',
  'hoa toc': 'flash',
  'hoa toc hen gio': 'flash',
};
const SECRECY_MARKS: Record<string, Exclude<Secrecy, 'none'>> = { mat: 'secret', 'toi mat': 'topSecret', 'tuyet mat': 'absoluteSecret' };

export type Marks = {
  urgency: Exclude<Urgency, 'normal'> | null;
  secrecy: Exclude<Secrecy, 'none'> | null;
  urgencyLines: number[];
  secrecyLines: number[];
};

/** A mark is printed in capitals, often in a box: the frame and the bold markers are not part of it. */
function markOf(line: Line): string | null {
  if (line.text === '' || line.text !== line.text.toLocaleUpperCase('vi')) return null;
  return line.folded.replace(/^[\s[\](|*"“”'.:-]+|[\s[\])|*"“”'.:-]+$/g, '').replace(/\s+/g, ' ');
}

/** Độ khẩn and độ mật as printed in the header; a word such as "khẩn trương" inside a sentence is not a mark. */
export function findMarks(lines: readonly Line[], limit: number): Marks {
  const marks: Marks = { urgency: null, secrecy: null, urgencyLines: [], secrecyLines: [] };
  for (const line of lines.slice(0, limit)) {
    const mark = markOf(line);
    if (mark === null) continue;
    const urgency = Object.hasOwn(URGENCY_MARKS, mark) ? URGENCY_MARKS[mark] : undefined;
    const secrecy = Object.hasOwn(SECRECY_MARKS, mark) ? SECRECY_MARKS[mark] : undefined;
    if (urgency && marks.urgency === null) {
      marks.urgency = urgency;
      marks.urgencyLines = [...line.source];
    }
    if (secrecy && marks.secrecy === null) {
      marks.secrecy = secrecy;
      marks.secrecyLines = [...line.source];
    }
  }
  return marks;
}
