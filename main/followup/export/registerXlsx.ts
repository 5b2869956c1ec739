import ExcelJS from 'exceljs';
import type { RegisterCell, RegisterColumn, RegisterTable } from './tables';

/**
 * A cell as a spreadsheet value: numbers stay numbers and dates become dates shown dd/mm/yyyy, so Excel sorts 1, 2,
 * …, 10 and filters by date. Dates are written at midnight UTC, which is how Excel's serial day numbers are read.
 */
function sheetValue(cell: RegisterCell, column: RegisterColumn | undefined): ExcelJS.CellValue {
  if (cell === null || cell === '') return null;
  if (column?.kind === 'date' && typeof cell === 'string') return new Date(`${cell}T00:00:00Z`);
  return cell;
}

/** The same register as a spreadsheet: landscape A4, header rows repeated when printed, wrapped text. */
export async function registerXlsx(table: RegisterTable, officeName: string): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet(table.title.slice(0, 31), {
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '5:6' },
  });
  const n = table.columns.length;
  sheet.addRow([officeName]);
  sheet.addRow([table.title]);
  sheet.addRow([table.period]);
  sheet.addRow([]);
  for (const r of [1, 2, 3]) sheet.mergeCells(r, 1, r, n);
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(2).font = { bold: true, size: 14 };
  sheet.getRow(2).alignment = { horizontal: 'center' };
  sheet.getRow(3).alignment = { horizontal: 'center' };
  sheet.getRow(3).font = { italic: true };
  const header = sheet.addRow(table.columns.map((c) => c.label));
  const numbers = sheet.addRow(table.columns.map((_, i) => `(${i + 1})`));
  header.font = { bold: true };
  numbers.font = { italic: true };
  for (const row of table.rows) sheet.addRow(row.map((cell, i) => sheetValue(cell, table.columns[i])));
  table.columns.forEach((c, i) => {
    if (c.kind === 'date') sheet.getColumn(i + 1).numFmt = 'dd/mm/yyyy';
  });
  if (table.totalRow) sheet.lastRow!.font = { bold: true };
  const thin = { style: 'thin' as const };
  sheet.eachRow((row, i) => {
    if (i < 5) return;
    row.eachCell({ includeEmpty: true }, (c, col) => {
      c.border = { top: thin, left: thin, bottom: thin, right: thin };
      const center = i <= 6 || (table.columns[col - 1]?.center ?? false);
      c.alignment = { wrapText: true, vertical: 'top', ...(center ? { horizontal: 'center' as const } : {}) };
    });
  });
  table.columns.forEach((c, i) => (sheet.getColumn(i + 1).width = Math.max(8, c.width * 1.4)));
  return new Uint8Array(await book.xlsx.writeBuffer());
}
