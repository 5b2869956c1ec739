import { AlignmentType, BorderStyle, Document, Footer, Packer, PageNumber, PageOrientation, Paragraph, Table, TableCell, TableLayoutType, TableRow, TextRun, WidthType } from 'docx';
import { cellText, type RegisterTable } from './tables';

const FONT = 'Times New Roman';
const TEXT_WIDTH = 16838 - 2 * 1134;
const line = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const borders = { top: line, bottom: line, left: line, right: line };

function cell(text: string, options: { bold?: boolean; italic?: boolean; width: number; center?: boolean }): TableCell {
  return new TableCell({
    borders,
    width: { size: options.width, type: WidthType.DXA },
    children: [new Paragraph({ alignment: options.center ? AlignmentType.CENTER : AlignmentType.LEFT, children: [new TextRun({ text, font: FONT, size: 22, bold: options.bold ?? false, italics: options.italic ?? false })] })],
  });
}

/**
 * A register printed on landscape A4 (NĐ 30 Phụ lục IV): title, period, the columns with their numbers, and a
 * header row repeated on every page so a bound register reads page by page.
 */
export async function registerDocx(table: RegisterTable, officeName: string): Promise<Uint8Array> {
  const total = table.columns.reduce((n, c) => n + c.width, 0);
  // Widths in twips across the text area (landscape A4 less 2 cm margins), so every program lays it out alike.
  const widths = table.columns.map((c) => Math.floor((c.width / total) * TEXT_WIDTH));
  const header = new TableRow({ tableHeader: true, children: table.columns.map((c, i) => cell(c.label, { bold: true, center: true, width: widths[i] ?? 10 })) });
  const numbers = new TableRow({ tableHeader: true, children: table.columns.map((_, i) => cell(`(${i + 1})`, { italic: true, center: true, width: widths[i] ?? 10 })) });
  const last = table.totalRow ? table.rows.length - 1 : -1;
  const rows = table.rows.map(
    (r, n) => new TableRow({ cantSplit: true, children: r.map((value, i) => cell(cellText(value, table.columns[i]), { width: widths[i] ?? 10, center: table.columns[i]?.center ?? false, bold: n === last })) }),
  );
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
        children: [
          new Paragraph({ children: [new TextRun({ text: officeName, bold: true, font: FONT, size: 24 })] }),
          new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 240 }, children: [new TextRun({ text: table.title, bold: true, font: FONT, size: 28 })] }),
          new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 240 }, children: [new TextRun({ text: table.period, italics: true, font: FONT, size: 24 })] }),
          new Table({ width: { size: TEXT_WIDTH, type: WidthType.DXA }, columnWidths: widths, layout: TableLayoutType.FIXED, rows: [header, numbers, ...rows] }),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
