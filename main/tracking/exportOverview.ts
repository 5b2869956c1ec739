import ExcelJS from 'exceljs';
import type { TrackingOverview } from '../../shared/ipc/tracking';
import { formatShortDate } from '../../shared/text/dates';

const HEADERS = ['Mã đơn vị', 'Tên đơn vị', 'Số văn bản nhận', 'Phải báo cáo', 'Báo cáo đúng hạn', 'Báo cáo muộn', 'Quá hạn chưa báo cáo', 'Chưa đến hạn'];

/** The overview as an XLSX sheet: title, period, one row per unit, totals. */
export async function overviewXlsx(overview: TrackingOverview, officeName: string): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Tổng hợp báo cáo', { pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
  sheet.addRow([officeName]);
  sheet.addRow(['TỔNG HỢP TÌNH HÌNH BÁO CÁO CỦA CÁC ĐƠN VỊ']);
  sheet.addRow([`Từ ngày ${formatShortDate(overview.from)} đến ngày ${formatShortDate(overview.to)} · ${overview.directives} văn bản chỉ đạo`]);
  sheet.addRow([]);
  const header = sheet.addRow(HEADERS);
  header.font = { bold: true };
  for (const u of overview.units) sheet.addRow([u.unitCode, u.unitName, u.directives, u.due, u.repliedOnTime, u.repliedLate, u.overdue, u.pending]);
  const sum = (k: 'directives' | 'due' | 'repliedOnTime' | 'repliedLate' | 'overdue' | 'pending') => overview.units.reduce((n, u) => n + u[k], 0);
  const total = sheet.addRow(['', 'Cộng', sum('directives'), sum('due'), sum('repliedOnTime'), sum('repliedLate'), sum('overdue'), sum('pending')]);
  total.font = { bold: true };
  for (const row of [1, 2, 3]) sheet.mergeCells(row, 1, row, HEADERS.length);
  sheet.getRow(2).font = { bold: true, size: 14 };
  sheet.columns.forEach((c, i) => (c.width = i === 1 ? 42 : 16));
  sheet.pageSetup.printTitlesRow = '5:5';
  return new Uint8Array(await book.xlsx.writeBuffer());
}
