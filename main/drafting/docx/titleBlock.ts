import { AlignmentType, Paragraph, TabStopType } from 'docx';
import type { DraftDocument } from '../../../shared/domain/draft';
import { documentTypeName } from '../../../shared/domain/documentTypes';
import { listLines } from '../../../shared/drafting/bodyText';
import { longestLineTwips, textWidthTwips } from './measure';
import { FIRST_LINE_INDENT, mm, pt, SIZE, TEXT_WIDTH } from './pageSetup';
import { centred, ruleParagraph, textRun } from './parts';
import { SHORT_RULE_RATIO } from './headerTable';
import { upperVi } from './stamps';

/** Ô 5a: type name in bold capitals, the subject in bold under it, a short rule under the subject. */
export function titleBlock(draft: DraftDocument): Paragraph[] {
  if (draft.typeId === 'officialLetter') return [];
  const typeName = upperVi(documentTypeName(draft.typeId));
  const out = [centred(typeName, { sizePt: SIZE.typeName, bold: true }, 18)];
  const subjectStyle = { sizePt: SIZE.subject, bold: true };
  const subject = draft.subject.trim();
  if (subject) out.push(centred(subject, subjectStyle));
  const measured = subject ? longestLineTwips(subject, TEXT_WIDTH, subjectStyle) : textWidthTwips(typeName, subjectStyle);
  out.push(ruleParagraph(Math.round(measured * SHORT_RULE_RATIO), TEXT_WIDTH));
  return out;
}

const LABEL = 'Kính gửi:';
const LABEL_GAP = mm(2);

/**
 * Ô 9a. One addressee shares the line with "Kính gửi:"; several go one per line, each "- ...;" with the
 * last ending ".", their dashes lined up just after the colon. The block is centred on the page as in
 * the decree's models, and wrapped lines of a long addressee stay right of the dashes.
 */
export function addresseeBlock(draft: DraftDocument): Paragraph[] {
  const names = draft.addressees.map((a) => a.trim()).filter((a) => a !== '');
  if (names.length === 0) return [];
  const style = { sizePt: SIZE.body };
  const spacingBefore = draft.typeId === 'officialLetter' ? 18 : 12;
  if (names.length === 1) {
    const only = (names[0] as string).replace(/[;.,]+$/u, '');
    return [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: { before: pt(spacingBefore), after: pt(6) },
        children: [textRun(`${LABEL} ${only}.`, style)],
      }),
    ];
  }
  const lines = listLines(names);
  const label = textWidthTwips(LABEL, style) + LABEL_GAP;
  const widest = Math.max(...lines.map((l) => textWidthTwips(l, style)));
  const start = Math.min(mm(40), Math.max(FIRST_LINE_INDENT, Math.floor((TEXT_WIDTH - label - widest) / 2)));
  const dashes = start + label;
  return lines.map(
    (line, i) =>
      new Paragraph({
        alignment: AlignmentType.LEFT,
        indent: i === 0 ? { left: dashes, hanging: label } : { left: dashes },
        tabStops: [{ type: TabStopType.LEFT, position: dashes }],
        spacing: { before: i === 0 ? pt(spacingBefore) : 0, after: i === lines.length - 1 ? pt(6) : 0 },
        children: [textRun(i === 0 ? `${LABEL}\t${line}` : line, style)],
      }),
  );
}
