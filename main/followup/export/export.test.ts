import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { child, findAll, isOn, openDocx, readZipEntries, textOf, type XmlNode } from '../../../tests/support/ooxml';
import { cancelIncomingEntry } from '../../archive/incomingRegister';
import { writeFileAtomicSync } from '../../fsutil/atomicWrite';
import { exportsFolderChooser } from '../../savePath';
import { followupHandlers } from '../handlers';
import { setHandling } from '../queries';
import { testOffices, TEST_PROFILE, type TestOffice } from '../../../tests/support/followupOffice';
import { registerDocx } from './registerDocx';
import { registerXlsx } from './registerXlsx';
import { reportDocx } from './reportDocx';
import { registerPreview, registerTable } from './tables';

const offices = testOffices();
let office: TestOffice;
beforeEach(() => {
  office = offices.make();
});
afterEach(() => offices.cleanup());

async function docxBody(bytes: Uint8Array): Promise<XmlNode> {
  const body = child((await openDocx(bytes)).get('word/document.xml'), 'w:document');
  return child(body, 'w:body')!;
}

const cellTexts = (row: XmlNode) => findAll(row, 'w:tc').map(textOf);
/** The register's own table: the last one on the page, after the office block. */
const lastTable = (body: XmlNode) => body.children.filter((c) => c.name === 'w:tbl').at(-1)!;

async function readXlsx(bytes: Uint8Array): Promise<ExcelJS.Worksheet> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return book.worksheets[0]!;
}

describe('printed registers', () => {
  it('lay out the incoming register on landscape A4 with 10 columns, numbered, and a header repeated on every page', async () => {
    for (let i = 1; i <= 30; i++) office.receive(i, '2026-10-05');
    office.receive(99, '2026-11-02');
    const table = registerTable(office.db, 'incoming', '2026-10-01', '2026-10-31');
    expect(table.rows).toHaveLength(30);
    const body = await docxBody(await registerDocx(table, TEST_PROFILE));
    const sectPr = child(body, 'w:sectPr')!;
    expect(child(sectPr, 'w:pgSz')?.attrs).toEqual({ 'w:w': '16838', 'w:h': '11906', 'w:orient': 'landscape' });
    const paragraphs = body.children.filter((c) => c.name === 'w:p').map(textOf);
    expect(paragraphs).toEqual(expect.arrayContaining(['SỔ ĐĂNG KÝ VĂN BẢN ĐẾN', 'Năm 2026', 'Từ ngày 01/10/2026 đến ngày 31/10/2026', 'Từ số 1 đến số 30']));
    // NĐ 30 Phụ lục IV: the cơ quan chủ quản over the cơ quan, in capitals, the cơ quan in bold.
    const officeTable = body.children.find((c) => c.name === 'w:tbl')!;
    const officeLines = findAll(officeTable, 'w:p').map(textOf).filter(Boolean);
    expect(officeLines).toEqual(['LIÊN ĐOÀN LAO ĐỘNG TỈNH LAI CHÂU', 'CÔNG ĐOÀN VIÊN CHỨC TỈNH LAI CHÂU']);
    const tbl = lastTable(body);
    const grid = findAll(tbl, 'w:gridCol').map((g) => Number(g.attrs['w:w']));
    expect(grid).toHaveLength(10);
    // The columns fill the text width (page less 2 cm margins) within rounding.
    expect(grid.reduce((a, b) => a + b, 0)).toBeGreaterThan(16838 - 2 * 1134 - 10);
    // Ghi chú holds a short note on two lines, not one word a line; dates fit on one line.
    expect(grid[9]!).toBeGreaterThan(1700);
    expect(grid[0]!).toBeGreaterThan(1250);
    const rows = tbl.children.filter((c) => c.name === 'w:tr');
    expect(rows).toHaveLength(2 + 30);
    const repeated = rows.map((r) => child(child(r, 'w:trPr'), 'w:tblHeader') !== undefined);
    expect(repeated.slice(0, 2)).toEqual([true, true]);
    expect(repeated.slice(2).some(Boolean)).toBe(false);
    expect(cellTexts(rows[0]!)).toEqual(['Ngày đến', 'Số đến', 'Tác giả', 'Số, ký hiệu văn bản', 'Ngày tháng văn bản', 'Tên loại và trích yếu nội dung văn bản', 'Đơn vị hoặc người nhận', 'Ngày chuyển', 'Ký nhận', 'Ghi chú']);
    expect(cellTexts(rows[1]!)).toEqual(['(1)', '(2)', '(3)', '(4)', '(5)', '(6)', '(7)', '(8)', '(9)', '(10)']);
    expect(cellTexts(rows[2]!).slice(0, 4)).toEqual(['05/10/2026', '1', 'LIÊN ĐOÀN LAO ĐỘNG TỈNH LAI CHÂU', '1/LĐLĐ']);
    const fonts = findAll(body, 'w:rFonts').map((f) => f.attrs['w:ascii']);
    expect(new Set(fonts)).toEqual(new Set(['Times New Roman']));
  });

  it('lay out the outgoing register with its 10 columns and the follow-up register with its 7', async () => {
    const a = office.receive(11, '2026-11-02');
    office.reply(5, '2026-11-06', a);
    const outgoing = registerTable(office.db, 'outgoing', '2026-11-01', '2026-11-30');
    expect(outgoing.columns.map((c) => c.label)).toEqual([
      'Số, ký hiệu văn bản', 'Ngày tháng văn bản', 'Tên loại và trích yếu nội dung văn bản', 'Người ký', 'Nơi nhận văn bản', 'Đơn vị, người nhận bản lưu',
      'Số lượng bản', 'Ngày chuyển', 'Ký nhận', 'Ghi chú',
    ]);
    expect(outgoing.rows).toEqual([['5/BC-CĐVC', '2026-11-06', 'Báo cáo: Báo cáo số 5', 'Nguyễn Văn An', 'Như trên; Lưu: VT', 'Văn phòng', 2, null, '', '']]);
    const tbl = lastTable(await docxBody(await registerDocx(registerTable(office.db, 'followup', '2026-11-01', '2026-11-30', '2026-11-23'), TEST_PROFILE)));
    const rows = tbl.children.filter((c) => c.name === 'w:tr');
    expect(findAll(tbl, 'w:gridCol')).toHaveLength(7);
    expect(cellTexts(rows[0]!)[5]).toBe('Số, ký hiệu văn bản trả lời');
    expect(cellTexts(rows[2]!)).toEqual(['1', 'Công văn 11/LĐLĐ ngày 02/11/2026 của LIÊN ĐOÀN LAO ĐỘNG TỈNH LAI CHÂU', 'Văn phòng', '09/11/2026', 'Chưa xử lý (quá hạn)', '5/BC-CĐVC (06/11/2026)', '']);
  });

  it('mark a cancelled số đến in the Ghi chú of the follow-up register as the sổ đến does, on screen, in DOCX and in XLSX', async () => {
    office.receive(11, '2026-11-02');
    const wrong = office.receive(12, '2026-11-03');
    cancelIncomingEntry(office.db, wrong, 'Văn bản gửi nhầm đơn vị', new Date('2026-11-04T02:00:00Z'));
    const mark = 'Đã hủy số đến (vào sổ nhầm): Văn bản gửi nhầm đơn vị';
    const incoming = registerTable(office.db, 'incoming', '2026-11-01', '2026-11-30');
    expect(incoming.rows[1]!.at(-1)).toBe(mark);
    const table = registerTable(office.db, 'followup', '2026-11-01', '2026-11-30', '2026-11-23');
    expect(table.rows.map((r) => [r[0], r[4], r.at(-1)])).toEqual([[1, 'Chưa xử lý (quá hạn)', ''], [2, 'Không cần xử lý', mark]]);
    expect(registerPreview(table).rows[1]!.cells.at(-1)).toBe(mark);
    const rows = lastTable(await docxBody(await registerDocx(table, TEST_PROFILE))).children.filter((c) => c.name === 'w:tr');
    expect(cellTexts(rows[3]!).at(-1)).toBe(mark);
    const sheet = await readXlsx(await registerXlsx(table, TEST_PROFILE));
    expect(sheet.getCell('G11').value).toBe(mark);
  });

  it('print Nơi nhận once per item, with the units the document was sent to by bundle', () => {
    const a = office.receive(11, '2026-11-02');
    const id = office.reply(5, '2026-11-06', a);
    office.db.prepare('UPDATE documents SET distribution = ? WHERE id = ?').run(JSON.stringify(['Như trên;', 'Thường trực LĐLĐ tỉnh;;', 'Lưu: VT.']), id);
    const sent = office.db.prepare('INSERT INTO document_recipients (document_id, unit_code, unit_name) VALUES (?, ?, ?)');
    sent.run(id, 'LDLD', 'Thường trực LĐLĐ tỉnh');
    sent.run(id, 'CDN-GD', 'Công đoàn ngành Giáo dục');
    const row = registerTable(office.db, 'outgoing', '2026-11-01', '2026-11-30').rows[0]!;
    expect(row[4]).toBe('Như trên; Thường trực LĐLĐ tỉnh; Công đoàn ngành Giáo dục; Lưu: VT');
  });

  it('write the same registers as XLSX: title rows, header, landscape A4, header rows repeated, column widths', async () => {
    for (let i = 1; i <= 12; i++) office.receive(i, '2026-10-05');
    const table = registerTable(office.db, 'followup', '2026-10-01', '2026-10-31');
    const sheet = await readXlsx(await registerXlsx(table, TEST_PROFILE));
    expect(sheet.pageSetup).toMatchObject({ orientation: 'landscape', paperSize: 9, printTitlesRow: '8:9', fitToWidth: 1 });
    expect([1, 2, 3, 4, 5, 6].map((r) => sheet.getCell(`A${r}`).value)).toEqual([
      'LIÊN ĐOÀN LAO ĐỘNG TỈNH LAI CHÂU', 'CÔNG ĐOÀN VIÊN CHỨC TỈNH LAI CHÂU', 'SỔ THEO DÕI GIẢI QUYẾT VĂN BẢN ĐẾN', 'Năm 2026',
      'Từ ngày 01/10/2026 đến ngày 31/10/2026', 'Từ số 1 đến số 12',
    ]);
    expect(sheet.getCell('A2').font).toMatchObject({ bold: true });
    expect(sheet.getRow(8).values).toEqual([undefined, 'Số đến', 'Tên loại, số, ký hiệu, ngày, tháng và tên cơ quan ban hành văn bản', 'Đơn vị hoặc người nhận', 'Thời hạn giải quyết', 'Tiến độ giải quyết', 'Số, ký hiệu văn bản trả lời', 'Ghi chú']);
    expect(sheet.getRow(9).values).toEqual([undefined, '(1)', '(2)', '(3)', '(4)', '(5)', '(6)', '(7)']);
    expect(sheet.rowCount).toBe(9 + 12);
    expect(sheet.getCell('D10').value).toEqual(new Date('2026-10-12T00:00:00Z'));
    const widths = table.columns.map((_, i) => sheet.getColumn(i + 1).width ?? 0);
    // The description column is the widest, as on paper.
    expect(Math.max(...widths)).toBe(widths[1]);
    expect(widths.every((w) => w >= 8)).toBe(true);
  });

  it('write số đến and counts as numbers and dates as dates shown dd/mm/yyyy, so Excel sorts and filters them', async () => {
    for (let i = 1; i <= 11; i++) office.receive(i, `2026-10-${String(i + 1).padStart(2, '0')}`);
    const bytes = await registerXlsx(registerTable(office.db, 'incoming', '2026-10-01', '2026-10-31'), TEST_PROFILE);
    const sheet = await readXlsx(bytes);
    const numbers = Array.from({ length: 11 }, (_, i) => sheet.getCell(`B${10 + i}`).value);
    expect(numbers).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(sheet.getCell('A10').value).toEqual(new Date('2026-10-02T00:00:00Z'));
    expect(sheet.getCell('A10').numFmt).toBe('dd/mm/yyyy');
    expect(sheet.getCell('E20').numFmt).toBe('dd/mm/yyyy');
    // An empty Ngày chuyển stays empty rather than an empty string.
    expect(sheet.getCell('H10').value).toBeNull();
    // In the file itself the number and date cells are numeric, not shared strings.
    const xml = (await readZipEntries(bytes)).get('xl/worksheets/sheet1.xml')!.toString('utf8');
    expect(xml).toMatch(/<c r="B10"[^>]*><v>1<\/v><\/c>/);
    expect(xml).not.toMatch(/<c r="A10"[^>]*t="s"/);
    const report = await readXlsx(await registerXlsx(registerTable(office.db, 'report', '2026-10-01', '2026-10-31', '2026-11-30'), TEST_PROFILE));
    expect(report.getCell('B9').value).toBe(11);
  });

  it('report per handler how many were handled and how many are late', async () => {
    const a = office.receive(1, '2026-11-02');
    office.receive(2, '2026-11-03');
    setHandling(office.db, a, { handler: 'Ban Tổ chức', status: 'done' }, new Date('2026-11-05T02:00:00Z'));
    const table = registerTable(office.db, 'report', '2026-11-01', '2026-11-30', '2026-11-23');
    expect(table.title).toBe('BÁO CÁO TÌNH HÌNH GIẢI QUYẾT VĂN BẢN ĐẾN');
    const body = await docxBody(await reportDocx(table, TEST_PROFILE, 2026));
    const tables = body.children.filter((c) => c.name === 'w:tbl');
    const tbl = tables.find((t) => textOf(t).startsWith('Đơn vị, người xử lý'))!;
    const rows = tbl.children.filter((c) => c.name === 'w:tr').map(cellTexts);
    expect(rows[0]).toEqual(['Đơn vị, người xử lý', 'Tổng số', 'Đã giải quyết', 'Trong đó quá hạn', 'Chưa giải quyết', 'Trong đó quá hạn']);
    expect(rows.slice(2)).toEqual([['Chưa giao', '1', '0', '0', '1', '1'], ['Ban Tổ chức', '1', '1', '0', '0', '0'], ['Tổng cộng', '2', '1', '0', '1', '1']]);
    const boldRows = tbl.children.filter((c) => c.name === 'w:tr').map((r) => findAll(r, 'w:rPr').every((p) => isOn(p, 'w:b')));
    // The header and the total are bold; the column numbers and the handlers' rows are not.
    expect(boldRows).toEqual([true, false, false, false, true]);
    expect(table.summary).toBe('Tổng số 2 văn bản: Đã xử lý 1, Đang xử lý 0, Chưa xử lý 1, Không cần xử lý 0.');
    // A báo cáo of the office (NĐ 30 Phụ lục I): quốc hiệu, tiêu ngữ, số and date left for the văn thư, the signer.
    // Long names are balanced over two lines in the header.
    const header = textOf(tables[0]!).replace(/\s+/g, ' ');
    for (const part of ['LIÊN ĐOÀN LAO ĐỘNG TỈNH LAI CHÂU', 'CÔNG ĐOÀN VIÊN CHỨC', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', '/BC-CĐVC', 'năm 2026']) {
      expect(header).toContain(part);
    }
    const text = body.children.filter((c) => c.name === 'w:p').map(textOf).join('\n');
    expect(text).toContain('BÁO CÁO');
    expect(text).toContain('Tình hình giải quyết văn bản đến');
    expect(text).toContain('Từ ngày 01/11/2026 đến ngày 30/11/2026, tổng số 2 văn bản: Đã xử lý 1');
    expect(text).toContain('Trên đây là báo cáo tình hình giải quyết văn bản đến từ ngày 01/11/2026 đến ngày 30/11/2026./.');
    expect(text).not.toContain('như sau./.');
    const signature = textOf(tables.at(-1)!);
    expect(signature).toContain('Nơi nhận:');
    expect(signature).toContain('TM. BAN THƯỜNG VỤ');
    expect(signature).toContain('CHỦ TỊCH');
  });

  it('print an empty register with its heading and a sentence instead of a bare table', async () => {
    const table = registerTable(office.db, 'incoming', '2026-11-01', '2026-11-30');
    const body = await docxBody(await registerDocx(table, TEST_PROFILE));
    expect(body.children.filter((c) => c.name === 'w:tbl')).toHaveLength(1);
    const paragraphs = body.children.filter((c) => c.name === 'w:p').map(textOf);
    expect(paragraphs).toContain('SỔ ĐĂNG KÝ VĂN BẢN ĐẾN');
    expect(paragraphs).toContain('Không có văn bản nào trong kỳ này.');
    expect(paragraphs.some((p) => p.startsWith('Từ số'))).toBe(false);
    const sheet = await readXlsx(await registerXlsx(table, TEST_PROFILE));
    expect(sheet.getCell('A6').value).toBe('Không có văn bản nào trong kỳ này.');
  });

  it('save through the operation into the exports folder in browser mode', async () => {
    office.receive(1, '2026-11-02');
    const handlers = followupHandlers({ db: office.db, chooseSavePath: exportsFolderChooser(office.dir), writeFile: writeFileAtomicSync });
    const first = await handlers['registers:export']({ register: 'incoming', format: 'docx', from: '2026-11-01', to: '2026-11-30' });
    const second = await handlers['registers:export']({ register: 'incoming', format: 'docx', from: '2026-11-01', to: '2026-11-30' });
    expect(first?.path).toBe(join(office.dir, 'exports', 'Sổ văn bản đến từ 2026-11-01 đến 2026-11-30.docx'));
    expect(second?.path).not.toBe(first?.path);
    expect(existsSync(second!.path)).toBe(true);
    expect(readFileSync(first!.path).subarray(0, 2).toString()).toBe('PK');
    const cancelled = followupHandlers({ db: office.db, chooseSavePath: () => Promise.resolve(null), writeFile: writeFileAtomicSync });
    expect(await cancelled['registers:export']({ register: 'followup', format: 'xlsx', from: '2026-11-01', to: '2026-11-30' })).toBeNull();
  });
});
