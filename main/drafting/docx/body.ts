import { AlignmentType, Paragraph } from 'docx';
import type { DraftBlock, DraftRun } from '../../../shared/domain/draft';
import { blockDisplayRuns, blockLabels, closingBlockIndex, withClosingMark } from '../../../shared/drafting/bodyText';
import { BODY_LINE, FIRST_LINE_INDENT, PARAGRAPH_GAP, SIZE } from './pageSetup';
import { textRun } from './parts';

type Emphasis = { bold: boolean; italic: boolean };

/**
 * Emphasis the decree gives each kind of block, added to what the clerk set on each run. Mục and khoản with a
 * title are bold; điểm are upright like the running text (NĐ 30 Phụ lục I, Phần I, Mục II: "kiểu chữ đứng").
 */
function blockEmphasis(block: DraftBlock): Emphasis {
  if (block.kind === 'heading') return { bold: block.level !== 3, italic: false };
  if (block.kind === 'basis') return { bold: false, italic: true };
  return { bold: false, italic: false };
}

/** Puts "./." after the last sentence, on the last run that has text. */
function closeRuns(runs: DraftRun[]): DraftRun[] {
  const out = runs.map((r) => ({ ...r }));
  for (let i = out.length - 1; i >= 0; i -= 1) {
    const run = out[i] as DraftRun;
    if (run.text.trim() !== '') {
      run.text = withClosingMark(run.text);
      return out.slice(0, i + 1);
    }
  }
  return out;
}

function blockParagraph(block: DraftBlock, label: string, closing: boolean): Paragraph {
  const emphasis = blockEmphasis(block);
  const shown = blockDisplayRuns(block);
  const runs = closing ? closeRuns(shown) : shown;
  const style = (run: Partial<DraftRun>) => ({
    sizePt: SIZE.body,
    bold: emphasis.bold || run.bold === true,
    italic: emphasis.italic || run.italic === true,
  });
  const children = [
    ...(label ? [textRun(label, style({}))] : []),
    ...runs.map((run) => textRun(run.text.replace(/\s*\n\s*/gu, ' '), style(run))),
  ];
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: FIRST_LINE_INDENT },
    spacing: { before: PARAGRAPH_GAP, after: 0, ...BODY_LINE },
    // Headings stay with what follows; the last paragraph stays with the signature so it never stands alone.
    keepNext: block.kind === 'heading' || closing,
    children,
  });
}

/** Ô 6: the body, justified, 14 pt, first lines indented 1 cm, 6 pt between paragraphs, ending "./.". */
export function bodyParagraphs(blocks: readonly DraftBlock[]): Paragraph[] {
  const labels = blockLabels(blocks);
  const last = closingBlockIndex(blocks);
  return blocks.map((block, i) => blockParagraph(block, labels[i] ?? '', i === last));
}
