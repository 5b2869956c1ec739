import { AlignmentType, BorderStyle, Paragraph, type IBorderOptions } from 'docx';
import type { DraftDocument } from '../../../shared/domain/draft';
import { SECRECY_LABELS, URGENCY_LABELS } from '../../../shared/domain/documentTypes';
import { textWidthTwips } from './measure';
import { mm, pt, SIZE } from './pageSetup';
import { textRun } from './parts';

/** Stamp inks: urgency in bright red (Phụ lục I, III.2.b); secrecy stamps are red by convention too. */
const STAMP_RED = 'FF0000';

/** Frame widths fixed by the decree for the urgency stamps; the height (8 mm) follows from the text. */
const URGENCY_FRAME_MM: Record<Exclude<DraftDocument['urgency'], 'normal'>, number> = {
  flash: 30,
  veryUrgent: 40,
  urgent: 20,
};

function framedParagraph(text: string, frameWidth: number, cellWidth: number, color: string): Paragraph {
  const side = Math.max(0, Math.floor((cellWidth - frameWidth) / 2));
  const line: IBorderOptions = { style: BorderStyle.SINGLE, size: 8, color, space: 2 };
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    indent: { left: side, right: side },
    spacing: { before: pt(8), after: 0 },
    border: { top: line, bottom: line, left: line, right: line },
    children: [textRun(text, { sizePt: SIZE.stamp, bold: true, color })],
  });
}

/** Frame width for stamps without a fixed size: the text plus about 3 mm on each side. */
function fittedWidth(text: string): number {
  return textWidthTwips(text, { sizePt: SIZE.stamp, bold: true }) + mm(6);
}

export function upperVi(text: string): string {
  return text.toLocaleUpperCase('vi');
}

/**
 * Secrecy (ô 10a), urgency (ô 10b) and circulation (ô 11) marks, stacked under the number in the
 * left header column, each in a single-line frame in bold capitals.
 */
export function stampParagraphs(draft: DraftDocument, cellWidth: number): Paragraph[] {
  const out: Paragraph[] = [];
  if (draft.secrecy !== 'none') {
    const label = upperVi(SECRECY_LABELS[draft.secrecy]);
    out.push(framedParagraph(label, fittedWidth(label), cellWidth, STAMP_RED));
  }
  if (draft.urgency !== 'normal') {
    const label = upperVi(URGENCY_LABELS[draft.urgency]);
    // The decree's frame size wins; it only grows if a wider font would not fit in it.
    const textWidth = textWidthTwips(label, { sizePt: SIZE.stamp, bold: true }) + mm(1);
    out.push(framedParagraph(label, Math.max(mm(URGENCY_FRAME_MM[draft.urgency]), textWidth), cellWidth, STAMP_RED));
  }
  const circulation = draft.circulation?.trim();
  if (circulation) {
    const label = upperVi(circulation);
    out.push(framedParagraph(label, fittedWidth(label), cellWidth, '000000'));
  }
  return out;
}
