import { AlignmentType, BorderStyle, Document, Packer, PageOrientation, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { RegisterTable } from './tables';

const FONT = 'Times New Roman';
const line = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const borders = { top: line, bottom: line, left: line, right: line };

function cell(text: string, options: { bold?: boolean; italic?: boolean; width: number; center?: boolean }): TableCell {
  return new TableCell({
    borders,
    width: { size: options.width, type: WidthType.PERCENTAGE },
    children: [new Paragraph({ alignment: options.center ? AlignmentType.CENTER : AlignmentType.LEFT, children: [new TextRun({ text, font: FONT, size: 22, bold: options.bold ?? false, italics: options.italic ?? false })] })],
  });
}

/**
 * A register printed on landscape A4 (NĐ 30 Phụ lục IV): title, period, the columns with their numbers, and a
 * header row repeated on every page so a bound register reads page by page.
 */
export async function registerDocx(table: RegisterTable, officeName: string): Promise<Uint8Array> {
  const total = table.columns.reduce((n, c) => n + c.width, 0);
  const widths = table.columns.map((c) => Math.round((c.width / total) * 100));
  const header = new TableRow({ tableHeader: true, children: table.columns.map((c, i) => cell(c.label, { bold: true, center: true, width: widths[i] ?? 10 })) });
  const numbers = new TableRow({ tableHeader: true, children: table.columns.map((_, i) => cell(`(${i + 1})`, { italic: true, center: true, width: widths[i] ?? 10 })) });
  const rows = table.rows.map((r) => new TableRow({ cantSplit: true, children: r.map((text, i) => cell(text, { width: widths[i] ?? 10 })) }));
  const doc = new Document({
    styles: { default: { document: { run: { font: FONT, size: 24 } } } },
    sections: [
      {
        properties: {
          page: {
            // Literal twips: A4 turned to landscape.
            size: { width: 16838, height: 11906, orientation: PageOrientation.LANDSCAPE },
            margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 },
          },
        },
        children: [
          new Paragraph({ children: [new TextRun({ text: officeName, bold: true, font: FONT, size: 24 })] }),
          new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 240 }, children: [new TextRun({ text: table.title, bold: true, font: FONT, size: 28 })] }),
          new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 240 }, children: [new TextRun({ text: table.period, italics: true, font: FONT, size: 24 })] }),
          new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [header, numbers, ...rows] }),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
