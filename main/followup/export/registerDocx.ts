import { AlignmentType, BorderStyle, Document, Footer, Packer, PageNumber, PageOrientation, Paragraph, Table, TableCell, TableLayoutType, TableRow, TextRun, WidthType } from 'docx';
import type { OfficeProfile } from '../../../shared/domain/office';
import { mm } from '../../drafting/docx/pageSetup';
import { issuerBlock } from '../../drafting/docx/headerTable';
import { centred, layoutTable } from '../../drafting/docx/parts';
import { cellText, headingLines, type RegisterTable } from './tables';

const FONT = 'Times New Roman';
/** Landscape A4 less 2 cm margins. */
const LANDSCAPE_TEXT_WIDTH = 16838 - 2 * 1134;
/** The office block at the top left, as wide as the issuer column of a document (NĐ 30 Phụ lục I). */
const OFFICE_BLOCK_WIDTH = mm(90);
const line = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const borders = { top: line, bottom: line, left: line, right: line };

export type RegisterOffice = Pick<OfficeProfile, 'officeName' | 'parentName'>;

/** What an empty register or report prints instead of a bare table. */
export const NOTHING_IN_PERIOD = 'Không có văn bản nào trong kỳ này.';

function cell(text: string, options: { bold?: boolean; italic?: boolean; width: number; center?: boolean }): TableCell {
  return new TableCell({
    borders,
    width: { size: options.width, type: WidthType.DXA },
    children: [new Paragraph({ alignment: options.center ? AlignmentType.CENTER : AlignmentType.LEFT, children: [new TextRun({ text, font: FONT, size: 22, bold: options.bold ?? false, italics: options.italic ?? false })] })],
  });
}

/** The columns with their numbers and a header repeated on every page, so a bound register reads page by page. */
export function registerGrid(table: RegisterTable, textWidth: number): Table {
  const total = table.columns.reduce((n, c) => n + c.width, 0);
  // Widths in twips across the text area, so every program lays it out alike.
  const widths = table.columns.map((c) => Math.floor((c.width / total) * textWidth));
  const header = new TableRow({ tableHeader: true, children: table.columns.map((c, i) => cell(c.label, { bold: true, center: true, width: widths[i] ?? 10 })) });
  const numbers = new TableRow({ tableHeader: true, children: table.columns.map((_, i) => cell(`(${i + 1})`, { italic: true, center: true, width: widths[i] ?? 10 })) });
  const last = table.totalRow ? table.rows.length - 1 : -1;
  const rows = table.rows.map(
    (r, n) =>
      new TableRow({
        cantSplit: true,
        children: r.map((value, i) => cell(cellText(value, table.columns[i]), { width: widths[i] ?? 10, center: table.columns[i]?.center ?? false, bold: n === last })),
      }),
  );
  return new Table({ width: { size: textWidth, type: WidthType.DXA }, columnWidths: widths, layout: TableLayoutType.FIXED, rows: [header, numbers, ...rows] });
}

/** The office above the sổ, as it heads the office's documents. */
export function officeBlock(office: RegisterOffice, width: number): Table {
  return layoutTable([width], [[issuerBlock(office.parentName, office.officeName, width)]]);
}

const HEADING_STYLES = { title: { sizePt: 14, bold: true }, year: { sizePt: 13, bold: true }, period: { sizePt: 13, italic: true } } as const;

/** The heading of a sổ, centred, a little space above its name and below the last line. */
function registerHeading(table: RegisterTable): Paragraph[] {
  const lines = headingLines(table).map((l) => centred(l.text, HEADING_STYLES[l.kind], l.kind === 'title' ? 12 : 0));
  return [...lines, new Paragraph({ spacing: { after: 120 }, children: [] })];
}

/** The table, or a sentence saying the period holds no document. */
export function registerBody(table: RegisterTable, textWidth: number): (Paragraph | Table)[] {
  if (table.rows.length === 0) return [new Paragraph({ spacing: { before: 240 }, children: [new TextRun({ text: NOTHING_IN_PERIOD, font: FONT, size: 26, italics: true })] })];
  return [registerGrid(table, textWidth)];
}

/** A register printed on landscape A4 (NĐ 30 Phụ lục IV), ready to bind: heading, then the numbered columns. */
export async function registerDocx(table: RegisterTable, office: RegisterOffice): Promise<Uint8Array> {
  const doc = new Document({
    styles: { default: { document: { run: { font: FONT, size: 24 } } } },
    sections: [
      {
        properties: {
          page: {
            // Literal twips of A4; docx swaps them for landscape and writes w=16838, h=11906.
            size: { width: 11906, height: 16838, orientation: PageOrientation.LANDSCAPE },
            margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 },
          },
        },
        // A bound register is read page by page: each page carries its number.
        footers: { default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: ['Trang ', PageNumber.CURRENT], font: FONT, size: 20 })] })] }) },
        children: [officeBlock(office, OFFICE_BLOCK_WIDTH), ...registerHeading(table), ...registerBody(table, LANDSCAPE_TEXT_WIDTH)],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
