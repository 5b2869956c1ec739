import { AlignmentType, Paragraph, type Table } from 'docx';
import type { DraftDocument } from '../../../shared/domain/draft';
import { formatPlaceDate } from '../../../shared/text/dates';
import { balancedName, longestLineTwips } from './measure';
import { mm, pt, SIZE, TEXT_WIDTH } from './pageSetup';
import { centred, layoutTable, ruleParagraph, textRun } from './parts';
import { stampParagraphs, upperVi } from './stamps';

export const NATIONAL_TITLE = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const MOTTO = 'Độc lập - Tự do - Hạnh phúc';

/**
 * The right column must hold the Quốc hiệu (about 88 mm at 12 pt bold) on one line, so it gets 92 mm;
 * the issuer's column takes the other 68 mm, where long names wrap as the decree allows.
 */
export const HEADER_RIGHT_WIDTH = mm(92);
export const HEADER_LEFT_WIDTH = TEXT_WIDTH - HEADER_RIGHT_WIDTH;

/** Short rules are 1/3 to 1/2 of their line; 40 % sits in the middle of that range. */
export const SHORT_RULE_RATIO = 0.4;

/** Spaces leave room for the number, which the văn thư writes in when the document is issued. */
export const BLANK_NUMBER = '          ';
const BLANK_DAY = '     ';

export function numberLine(draft: Pick<DraftDocument, 'numberText' | 'symbol'>): string {
  const number = draft.numberText?.trim() ? draft.numberText.trim() : BLANK_NUMBER;
  return `Số: ${number}/${upperVi(draft.symbol.trim())}`;
}

export function placeDateLine(draft: Pick<DraftDocument, 'place' | 'issuedOn' | 'draftYear'>): string {
  if (draft.issuedOn) return formatPlaceDate(draft.place, draft.issuedOn);
  const year = draft.draftYear ? String(draft.draftYear) : BLANK_DAY;
  return `${draft.place}, ngày${BLANK_DAY}tháng${BLANK_DAY}năm ${year}`;
}

/**
 * Tên cơ quan chủ quản over tên cơ quan, in capitals, the cơ quan in bold, long names wrapped evenly in `width`,
 * and the short rule under them: the issuer's block of a document, and the office's above a printed sổ.
 */
export function issuerBlock(parentIssuer: string | null | undefined, issuerName: string, width: number): Paragraph[] {
  const issuerStyle = { sizePt: SIZE.issuer, bold: true };
  const issuer = balancedName(upperVi(issuerName.trim()), width, issuerStyle);
  const out: Paragraph[] = [];
  const parent = parentIssuer?.trim();
  if (parent) {
    const parentStyle = { sizePt: SIZE.parentIssuer };
    out.push(centred(balancedName(upperVi(parent), width, parentStyle), parentStyle));
  }
  out.push(centred(issuer, issuerStyle));
  const line = longestLineTwips(issuer, width, issuerStyle);
  out.push(ruleParagraph(Math.round(line * SHORT_RULE_RATIO), width));
  return out;
}

function nationalColumn(): Paragraph[] {
  const mottoStyle = { sizePt: SIZE.motto, bold: true };
  return [
    centred(NATIONAL_TITLE, { sizePt: SIZE.nationalTitle, bold: true }),
    centred(MOTTO, mottoStyle),
    ruleParagraph(longestLineTwips(MOTTO, HEADER_RIGHT_WIDTH, mottoStyle), HEADER_RIGHT_WIDTH),
  ];
}

/** Công văn: "V/v ..." centred under the number, 6 pt below it (ô 5b). */
function subjectLine(draft: DraftDocument): Paragraph[] {
  if (draft.typeId !== 'officialLetter' || !draft.subject.trim()) return [];
  const subject = draft.subject.trim().replace(/^V\/v\s*/iu, '');
  const style = { sizePt: SIZE.subjectLine };
  return [centred(`V/v ${subject}`, style, 6)];
}

/**
 * Top of page 1 as a borderless two-by-two table: issuer block | Quốc hiệu block on the first row,
 * number (with V/v and stamps) | place and date on the second, so that the number and the date
 * share a line as the decree asks (ô 3 and ô 4).
 */
export function headerTable(draft: DraftDocument): Table {
  const numberParagraph = new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: pt(6), after: 0 },
    children: [textRun(numberLine(draft), { sizePt: SIZE.numberSymbol })],
  });
  const dateParagraph = new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: pt(6), after: 0 },
    children: [textRun(placeDateLine(draft), { sizePt: SIZE.placeDate, italic: true })],
  });
  return layoutTable(
    [HEADER_LEFT_WIDTH, HEADER_RIGHT_WIDTH],
    [
      [issuerBlock(draft.parentIssuer, draft.issuer, HEADER_LEFT_WIDTH), nationalColumn()],
      [[numberParagraph, ...subjectLine(draft), ...stampParagraphs(draft, HEADER_LEFT_WIDTH)], [dateParagraph]],
    ],
  );
}
