import { AlignmentType, Paragraph, type Table } from 'docx';
import type { DraftDocument } from '../../../shared/domain/draft';
import { capacityLines } from '../../../shared/domain/signing';
import { listLines } from '../../../shared/drafting/bodyText';
import { pt, SIZE, TEXT_WIDTH } from './pageSetup';
import { centred, layoutTable, textRun } from './parts';
import { upperVi } from './stamps';

export const DISTRIBUTION_WIDTH = Math.round(TEXT_WIDTH * 0.45);
export const SIGNATURE_WIDTH = TEXT_WIDTH - DISTRIBUTION_WIDTH;
/** Room for the handwritten signature and the seal between the title and the name. */
const SIGNATURE_SPACE_PT = 72;

/** Ô 12: "PL.(300)", the drafter's initials in capitals and the print run. */
export function drafterLine(draft: Pick<DraftDocument, 'drafterInitials' | 'copies'>): string | null {
  const initials = draft.drafterInitials?.trim();
  if (!initials) return null;
  const mark = upperVi(initials).replace(/\.?$/u, '.');
  return draft.copies ? `${mark}(${draft.copies})` : mark;
}

/** Ô 9b: "Nơi nhận:" in 12 pt bold italic, flush left, then one 11 pt line per recipient. */
function distributionColumn(draft: DraftDocument): Paragraph[] {
  const out = [
    new Paragraph({
      alignment: AlignmentType.LEFT,
      children: [textRun('Nơi nhận:', { sizePt: SIZE.distributionTitle, bold: true, italic: true })],
    }),
    ...listLines(draft.distribution).map(
      (line) => new Paragraph({ alignment: AlignmentType.LEFT, children: [textRun(line, { sizePt: SIZE.distribution })] }),
    ),
  ];
  const drafter = drafterLine(draft);
  if (drafter) out.push(new Paragraph({ alignment: AlignmentType.LEFT, children: [textRun(drafter, { sizePt: SIZE.drafter })] }));
  return out;
}

/** Ô 7a–7c: authority (one line per capacity) and title in bold capitals, space to sign, the name in bold. */
function signatureColumn(draft: DraftDocument): Paragraph[] {
  const caps = { sizePt: SIZE.signature, bold: true };
  const out: Paragraph[] = [];
  for (const capacity of capacityLines(draft.signingAuthority)) out.push(centred(upperVi(capacity), caps));
  if (draft.signerTitle.trim()) out.push(centred(upperVi(draft.signerTitle.trim()), caps));
  out.push(centred(draft.signerName.trim(), caps, SIGNATURE_SPACE_PT));
  return out;
}

/** The end of the document: Nơi nhận on the left, level with the signer's block on the right. */
export function signatureTable(draft: DraftDocument): Table {
  return layoutTable([DISTRIBUTION_WIDTH, SIGNATURE_WIDTH], [[distributionColumn(draft), signatureColumn(draft)]]);
}

/** Space between the last paragraph and the signature table. */
export function signatureGap(): Paragraph {
  return new Paragraph({ spacing: { before: pt(6), after: 0 }, keepNext: true, children: [] });
}
