import ExcelJS from 'exceljs';
import { beforeEach, describe, expect, it } from 'vitest';
import { useTempDatabase } from '../../tests/helpers/tempDatabase';
import type { Db } from '../db/open';
import { importUnits, parseCsv } from './importUnits';
import { findUnitByCode, listUnits } from './unitsRepo';

const office = useTempDatabase();
let db: Db;
beforeEach(() => {
  db = office.db();
});

describe('unit directory import', () => {
  it('parses CSV with quotes, semicolons and a BOM', () => {
    expect(parseCsv('\uFEFFMã;Tên đơn vị\r\nA;"Công đoàn ""Xã"" Tân Phong"\r\n')).toEqual([
      ['Mã', 'Tên đơn vị'],
      ['A', 'Công đoàn "Xã" Tân Phong'],
    ]);
  });

  it('imports a CSV with children before parents, reports bad rows, keeps the good ones', async () => {
    const csv = [
      'Mã,Tên đơn vị,Cấp trên,Loại,Địa bàn,Còn hoạt động',
      'CD-TP,Công đoàn phường Tân Phong,LDLD-LC,Công đoàn xã phường,Tân Phong,có',
      'LDLD-LC,Liên đoàn Lao động tỉnh Lai Châu,,LĐLĐ tỉnh,Lai Châu,có',
      'LDLD-TU,LĐLĐ huyện Than Uyên,LDLD-LC,LĐLĐ huyện,Than Uyên,đã giải thể',
      ',Không có mã,,,,',
      'CDCS-X,CĐCS Trường THPT X,KHONG-CO,CĐCS,,có',
    ].join('\n');
    const report = await importUnits(db, 'don-vi.csv', new TextEncoder().encode(csv));
    expect(report.added).toBe(3);
    expect(report.errors.map((e) => e.row)).toEqual([5, 6]);
    expect(report.errors[0]?.message).toContain('Hãy nhập mã đơn vị.');
    expect(report.errors[1]?.message).toContain('KHONG-CO');
    expect(findUnitByCode(db, 'CD-TP')).toMatchObject({ parentCode: 'LDLD-LC', kind: 'communeUnion', active: true });
    expect(findUnitByCode(db, 'LDLD-TU')).toMatchObject({ kind: 'districtFederation', active: false });
    expect(listUnits(db, false).map((u) => u.code).sort()).toEqual(['CD-TP', 'LDLD-LC']);
  });

  it('imports XLSX and updates existing units by code', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Đơn vị');
    sheet.addRow(['Mã đơn vị', 'Tên đơn vị', 'Tên viết tắt', 'Loại đơn vị']);
    sheet.addRow(['CDN-GD', 'Công đoàn ngành Giáo dục tỉnh Lai Châu', 'CĐN GD', 'Công đoàn ngành']);
    const bytes = new Uint8Array(await book.xlsx.writeBuffer());
    expect(await importUnits(db, 'a.xlsx', bytes)).toMatchObject({ added: 1, updated: 0, errors: [] });
    sheet.getRow(2).getCell(2).value = 'Công đoàn Giáo dục tỉnh Lai Châu';
    expect(await importUnits(db, 'a.xlsx', new Uint8Array(await book.xlsx.writeBuffer()))).toMatchObject({ added: 0, updated: 1 });
    expect(findUnitByCode(db, 'CDN-GD')).toMatchObject({ name: 'Công đoàn Giáo dục tỉnh Lai Châu', shortName: 'CĐN GD', kind: 'sectorUnion' });
  });

  it('refuses a file without the Mã and Tên columns, writing nothing', async () => {
    await expect(importUnits(db, 'x.csv', new TextEncoder().encode('a,b\n1,2'))).rejects.toMatchObject({ code: 'UNITS_FILE_UNREADABLE' });
    await expect(importUnits(db, 'x.xlsx', new Uint8Array([0x50, 0x4b, 3, 4, 0, 0]))).rejects.toMatchObject({ code: 'UNITS_FILE_UNREADABLE' });
    expect(listUnits(db)).toEqual([]);
  });
});
