import ExcelJS from 'exceljs';
import { upperVi } from '../../drafting/docx/stamps';
import { NOTHING_IN_PERIOD, type RegisterOffice } from './registerDocx';
import { headingLines, type HeadingLine, type RegisterCell, type RegisterColumn, type RegisterTable } from './tables';

/**
 * A cell as a spreadsheet value: numbers stay numbers and dates become dates shown dd/mm/yyyy, so Excel sorts 1, 2,
 * …, 10 and filters by date. Dates are written at midnight UTC, which is how Excel's serial day numbers are read.
 */
function sheetValue(cell: RegisterCell, column: RegisterColumn | undefined): ExcelJS.CellValue {
  if (cell === null || cell === '') return null;
  if (column?.kind === 'date' && typeof cell === 'string') return new Date(`${cell}T00:00:00Z`);
  return cell;
}

const HEADING_FONTS: Record<HeadingLine['kind'], Partial<ExcelJS.Font>> = { title: { bold: true, size: 14 }, year: { bold: true }, period: { italic: true } };

/** The lines above the table: cơ quan chủ quản and cơ quan in capitals, then the heading of the sổ, centred. */
function sheetHeading(table: RegisterTable, office: RegisterOffice): { text: string; font: Partial<ExcelJS.Font>; center: boolean }[] {
  const lines = [
    ...(office.parentName.trim() ? [{ text: upperVi(office.parentName.trim()), font: {}, center: false }] : []),
    { text: upperVi(office.officeName.trim()), font: { bold: true }, center: false },
    ...headingLines(table).map((l) => ({ text: l.text, font: HEADING_FONTS[l.kind], center: true })),
  ];
  if (table.rows.length === 0) lines.push({ text: NOTHING_IN_PERIOD, font: { italic: true }, center: false });
  return lines;
}

/** The same register as a spreadsheet: landscape A4, header rows repeated when printed, wrapped text. */
export async function registerXlsx(table: RegisterTable, office: RegisterOffice): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  const heading = sheetHeading(table, office);
  const headerRow = heading.length + 2;
  const sheet = book.addWorksheet(table.title.slice(0, 31), {
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: `${headerRow}:${headerRow + 1}` },
  });
  const n = table.columns.length;
  heading.forEach((line, i) => {
    const row = sheet.addRow([line.text]);
    sheet.mergeCells(i + 1, 1, i + 1, n);
    row.font = line.font;
    if (line.center) row.alignment = { horizontal: 'center' };
  });
  sheet.addRow([]);
  const header = sheet.addRow(table.columns.map((c) => c.label));
  const numbers = sheet.addRow(table.columns.map((_, i) => `(${i + 1})`));
  header.font = { bold: true };
  numbers.font = { italic: true };
  for (const row of table.rows) sheet.addRow(row.map((cell, i) => sheetValue(cell, table.columns[i])));
  table.columns.forEach((c, i) => {
    if (c.kind === 'date') sheet.getColumn(i + 1).numFmt = 'dd/mm/yyyy';
  });
  if (table.totalRow && table.rows.length) sheet.lastRow!.font = { bold: true };
  const thin = { style: 'thin' as const };
  sheet.eachRow((row, i) => {
    if (i < headerRow) return;
    row.eachCell({ includeEmpty: true }, (c, col) => {
      c.border = { top: thin, left: thin, bottom: thin, right: thin };
      const center = i <= headerRow + 1 || (table.columns[col - 1]?.center ?? false);
      c.alignment = { wrapText: true, vertical: 'top', ...(center ? { horizontal: 'center' as const } : {}) };
    });
  });
  table.columns.forEach((c, i) => (sheet.getColumn(i + 1).width = Math.max(8, c.width * 1.4)));
  return new Uint8Array(await book.xlsx.writeBuffer());
}
