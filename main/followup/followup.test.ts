import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OfficeProfile } from '../../shared/domain/office';
import { createTempDirs } from '../../tests/helpers/tempDir';
import { unzipAll } from '../../tests/integration/sync/craft';
import { writeFileSync } from 'node:fs';
import { writeOfficeProfile } from '../archive/officeProfile';
import { registerIncoming } from '../archive/registration';
import type { NewDocument } from '../archive/documentsRepo';
import { openDatabase, type Db } from '../db/open';
import { registerDocx } from './export/registerDocx';
import { registerXlsx } from './export/registerXlsx';
import { registerTable } from './export/tables';
import { documentHistory, followupRegister, handlingReport, setHandling, todoList } from './queries';

const temp = createTempDirs();
let db: Db;
let dir: string;
const profile: OfficeProfile = {
  officeName: 'CÔNG ĐOÀN VIÊN CHỨC TỈNH LAI CHÂU', parentName: '', placeName: 'Lai Châu', unitCode: 'CĐVC', role: 'office', symbolPatterns: {},
  numberingScheme: 'shared', signerPresets: [], defaultHandlingDays: 5, countWorkingDays: true, warningDays: 3,
};
beforeEach(() => {
  dir = temp.make();
  db = openDatabase(join(dir, 'office.sqlite'));
  writeOfficeProfile(db, profile);
});
afterEach(() => {
  db.close();
  temp.cleanup();
});

function receive(n: number, arrivedOn: string, over: Partial<NewDocument> = {}) {
  return registerIncoming(
    db,
    {
      direction: 'incoming', typeId: 'officialLetter', numberText: String(n), number: n, symbol: 'LĐLĐ', issuer: 'LIÊN ĐOÀN LAO ĐỘNG TỈNH LAI CHÂU', parentIssuer: null,
      place: 'Lai Châu', issuedOn: arrivedOn, subject: `Công văn số ${n}`, body: '', addressees: [], distribution: [], signerName: null, signerTitle: null,
      signingAuthority: null, urgency: 'normal', secrecy: 'none', reportDeadline: null, citations: [], ...over,
    },
    { arrivedOn, channel: 'paper', recipient: 'Văn phòng', note: '' },
  ).id;
}

describe('follow-up', () => {
  it('gives every registered document a deadline by rule and sorts the to-do list, urgent first', () => {
    const late = receive(1, '2026-11-02');
    const week = receive(2, '2026-11-18', { reportDeadline: '2026-11-26' });
    const urgent = receive(3, '2026-11-18', { reportDeadline: '2026-11-27', urgency: 'flash' });
    const later = receive(4, '2026-11-25');
    expect(db.prepare('SELECT handling_deadline, deadline_source FROM incoming WHERE document_id = ?').get(late)).toEqual({ handling_deadline: '2026-11-09', deadline_source: 'default' });
    const list = todoList(db, '2026-11-23');
    expect(list.overdue.map((i) => i.id)).toEqual([late]);
    expect(list.thisWeek.map((i) => i.id)).toEqual([urgent, week]);
    expect(list.later.map((i) => i.id)).toEqual([later]);
    setHandling(db, late, { status: 'done' });
    expect(todoList(db, '2026-11-23').overdue).toEqual([]);
  });

  it('records every change of handler, deadline and status with its old and new value', () => {
    const id = receive(7, '2026-11-16');
    setHandling(db, id, { handler: 'Ban Tổ chức', handlingDeadline: '2026-11-30' }, new Date('2026-11-17T02:00:00Z'));
    setHandling(db, id, { status: 'inProgress' }, new Date('2026-11-18T02:00:00Z'));
    setHandling(db, id, { status: 'inProgress' });
    const history = documentHistory(db, id);
    expect(history.map((h) => h.label)).toEqual(['Vào sổ văn bản đến', 'Thay đổi xử lý', 'Thay đổi xử lý']);
    expect(history[1]?.details).toEqual(['Người xử lý: (trống) → Ban Tổ chức', 'Thời hạn: 23/11/2026 → 30/11/2026']);
    expect(history[2]?.details).toEqual(['Tình trạng: Chưa xử lý → Đang xử lý']);
  });

  it('keeps the 7-column follow-up register and the handling report from the data', () => {
    const a = receive(11, '2026-11-02');
    receive(12, '2026-11-03');
    setHandling(db, a, { handler: 'Ban Tổ chức', status: 'done' });
    const rows = followupRegister(db, '2026-11-01', '2026-11-30', '2026-11-23');
    expect(rows[0]).toMatchObject({ arrivalNumber: 1, description: 'Công văn 11/LĐLĐ ngày 02/11/2026 của LIÊN ĐOÀN LAO ĐỘNG TỈNH LAI CHÂU', progress: 'Đã xử lý' });
    expect(rows[1]?.progress).toBe('Chưa xử lý (quá hạn)');
    const report = handlingReport(db, '2026-11-01', '2026-11-30', '2026-11-23');
    expect(report.byStatus).toMatchObject({ done: 1, pending: 1 });
    expect(report.byHandler).toEqual(expect.arrayContaining([expect.objectContaining({ handler: 'Chưa giao', open: 1, overdue: 1 })]));
  });

  it('prints registers as landscape A4 DOCX with a repeated header row, and as XLSX', async () => {
    for (let i = 1; i <= 30; i++) receive(i, '2026-10-05');
    const table = registerTable(db, 'incoming', '2026-10-01', '2026-10-31');
    expect(table.columns).toHaveLength(10);
    expect(table.rows).toHaveLength(30);
    const docxFile = join(dir, 'so-den.docx');
    writeFileSync(docxFile, await registerDocx(table, profile.officeName));
    const xml = (await unzipAll(docxFile)).get('word/document.xml')!.toString('utf8');
    expect(xml).toMatch(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"\/>/);
    expect(xml.match(/<w:tblHeader\/>/g)?.length).toBe(2);
    expect(xml).toContain('SỔ ĐĂNG KÝ VĂN BẢN ĐẾN');
    expect(xml).toContain('Tên loại và trích yếu nội dung văn bản');
    expect(xml).toContain('Times New Roman');

    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await registerXlsx(registerTable(db, 'followup', '2026-10-01', '2026-10-31'), profile.officeName)) as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    expect(sheet.pageSetup.orientation).toBe('landscape');
    expect(sheet.pageSetup.printTitlesRow).toBe('5:6');
    expect(sheet.getRow(5).values).toEqual([undefined, 'Số đến', 'Tên loại, số, ký hiệu, ngày, tháng và tên cơ quan ban hành văn bản', 'Đơn vị hoặc người nhận', 'Thời hạn giải quyết', 'Tiến độ giải quyết', 'Số, ký hiệu văn bản trả lời', 'Ghi chú']);
    expect(sheet.rowCount).toBe(6 + 30);
  });
});
