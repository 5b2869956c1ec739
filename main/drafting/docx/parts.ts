import {
  AlignmentType,
  BorderStyle,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
  type IBorderOptions,
  type ITableBordersOptions,
} from 'docx';
import { halfPoints, pt } from './pageSetup';

export type RunStyle = { sizePt: number; bold?: boolean; italic?: boolean; color?: string };

/**
 * Text typed on some keyboards or pasted from PDFs arrives decomposed (NFD); Times New Roman in Word
 * places combining marks badly, so every run is written precomposed.
 */
export function textRun(text: string, style: RunStyle): TextRun {
  return new TextRun({
    text: text.normalize('NFC'),
    size: halfPoints(style.sizePt),
    bold: style.bold === true,
    italics: style.italic === true,
    ...(style.color ? { color: style.color } : {}),
  });
}

/** Runs for text that may hold "\n" where the clerk broke the line. */
export function linedRuns(text: string, style: RunStyle): TextRun[] {
  return text.split('\n').map((line, i) =>
    i === 0
      ? textRun(line, style)
      : new TextRun({ text: line.normalize('NFC'), break: 1, size: halfPoints(style.sizePt), bold: style.bold === true, italics: style.italic === true }),
  );
}

export function centred(text: string, style: RunStyle, spacingBeforePt = 0): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: pt(spacingBeforePt), after: 0 },
    children: linedRuns(text, style),
  });
}

const NONE: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: 'auto' };

/** Layout tables of official documents are invisible: no border on any side or between cells. */
export const NO_TABLE_BORDERS: ITableBordersOptions = {
  top: NONE,
  bottom: NONE,
  left: NONE,
  right: NONE,
  insideHorizontal: NONE,
  insideVertical: NONE,
};

export const NO_CELL_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE } as const;

/**
 * The invisible table that lays out blocks side by side (the header, the signature, the office above a sổ):
 * fixed columns, text flush with the column edges and top-aligned, each row kept on one page. `rows` gives the
 * paragraphs of each cell, row by row; the table is as wide as its columns.
 */
export function layoutTable(columnWidths: readonly number[], rows: readonly (readonly Paragraph[])[][]): Table {
  return new Table({
    width: { size: columnWidths.reduce((sum, w) => sum + w, 0), type: WidthType.DXA },
    columnWidths: [...columnWidths],
    layout: TableLayoutType.FIXED,
    borders: NO_TABLE_BORDERS,
    rows: rows.map(
      (cells) =>
        new TableRow({
          cantSplit: true,
          children: cells.map(
            (children, i) =>
              new TableCell({
                width: { size: columnWidths[i] as number, type: WidthType.DXA },
                borders: NO_CELL_BORDERS,
                margins: { left: 0, right: 0, top: 0, bottom: 0 },
                verticalAlign: VerticalAlign.TOP,
                children: [...children],
              }),
          ),
        }),
    ),
  });
}

/**
 * A solid horizontal rule of the given length centred in a box of the given width: an empty,
 * 4 pt high paragraph whose top border, narrowed by equal indents on both sides, runs just under the
 * line above. (A bottom border would sit under the empty line and drift away from the text.)
 */
export function ruleParagraph(lengthTwips: number, boxWidthTwips: number): Paragraph {
  const length = Math.max(pt(20), Math.min(lengthTwips, boxWidthTwips));
  const side = Math.max(0, Math.floor((boxWidthTwips - length) / 2));
  return new Paragraph({
    indent: { left: side, right: side },
    spacing: { before: pt(2), after: 0, line: pt(4), lineRule: 'exact' },
    // The paragraph mark keeps the 14 pt default unless told otherwise, and a tall mark in a 4 pt line
    // lifts the rule into the text above.
    run: { size: 4 },
    border: { top: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
    children: [textRun('', { sizePt: 2 })],
  });
}
