import ExcelJS from 'exceljs';
import { UNIT_KIND_LABELS, UNIT_KINDS, type UnitKind } from '../../shared/domain/units';
import { AppError } from '../../shared/errors';
import { unitInput, type UnitImportReport } from '../../shared/ipc/units';
import { foldKey } from '../../shared/text/fold';
import type { Db } from '../db/open';
import { saveUnit } from './unitsRepo';

type Column = 'code' | 'name' | 'shortName' | 'parentCode' | 'kind' | 'place' | 'contact' | 'active';

/** Header words clerks use in their spreadsheets, folded. */
const HEADERS: Record<string, Column> = {
  ma: 'code', 'ma don vi': 'code', 'ma dv': 'code',
  ten: 'name', 'ten don vi': 'name',
  'ten viet tat': 'shortName', 'viet tat': 'shortName',
  'cap tren': 'parentCode', 'ma cap tren': 'parentCode', 'don vi cap tren': 'parentCode',
  loai: 'kind', 'loai don vi': 'kind',
  'dia ban': 'place', 'dia danh': 'place', 'dia chi': 'place',
  'lien he': 'contact', 'dien thoai': 'contact', email: 'contact',
  'con hoat dong': 'active', 'trang thai': 'active', 'hoat dong': 'active',
};

/** Splits CSV text (comma or semicolon, quoted fields, doubled quotes, CRLF) into rows. */
export function parseCsv(text: string): string[][] {
  const body = text.replace(/^\uFEFF/, '');
  const firstLine = body.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < body.length; i++) {
    const ch = body[i] as string;
    if (quoted) {
      if (ch === '"' && body[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === delimiter) {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && body[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((r) => r.some((c) => c.trim() !== ''));
}

async function xlsxRows(bytes: Uint8Array): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) return [];
  const rows: string[][] = [];
  sheet.eachRow({ includeEmpty: false }, (r) => {
    const values: string[] = [];
    for (let c = 1; c <= r.cellCount; c++) values.push(r.getCell(c).text.trim());
    rows.push(values);
  });
  return rows;
}

function kindOf(value: string): UnitKind {
  const key = foldKey(value);
  if (!key) return 'other';
  const byId = UNIT_KINDS.find((k) => k.toLowerCase() === key);
  if (byId) return byId;
  const byLabel = UNIT_KINDS.find((k) => foldKey(UNIT_KIND_LABELS[k]) === key);
  if (byLabel) return byLabel;
  if (/\bcdcs\b|co so/.test(key)) return 'grassroots';
  if (/\b(xa|phuong)\b/.test(key)) return 'communeUnion';
  if (/nganh/.test(key)) return 'sectorUnion';
  if (/vien chuc/.test(key)) return 'civilServantUnion';
  if (/huyen|thanh pho/.test(key)) return 'districtFederation';
  if (/\bban\b/.test(key)) return 'department';
  return 'other';
}

const isInactive = (value: string) => /^(khong|0|da giai the|giai the|ngung|no|false)$/.test(foldKey(value));

/**
 * Imports the unit directory from a spreadsheet (XLSX or CSV) with a header row. Rows are added or updated by
 * code in one transaction; rows with problems are reported by number and skipped, the others are kept.
 */
export async function importUnits(db: Db, fileName: string, bytes: Uint8Array): Promise<UnitImportReport> {
  const isXlsx = bytes[0] === 0x50 && bytes[1] === 0x4b;
  let rows: string[][];
  try {
    rows = isXlsx ? await xlsxRows(bytes) : parseCsv(new TextDecoder('utf-8').decode(bytes));
  } catch {
    throw new AppError('UNITS_FILE_UNREADABLE', { detail: fileName });
  }
  const header = (rows[0] ?? []).map((h) => HEADERS[foldKey(h).replace(/[*:]/g, '').trim()]);
  if (!header.includes('code') || !header.includes('name')) throw new AppError('UNITS_FILE_UNREADABLE', { detail: 'thiếu cột Mã hoặc Tên đơn vị' });
  const report: UnitImportReport = { added: 0, updated: 0, errors: [] };
  const pending = rows.slice(1).map((cells, i) => ({ cells, rowNumber: i + 2 }));
  db.transaction(() => {
    // Parents may come after their children in the sheet: retry rows whose parent was not there yet.
    for (let round = 0; round < 3 && pending.length; round++) {
      const retry: typeof pending = [];
      for (const { cells, rowNumber } of pending) {
        const raw: Record<string, unknown> = {};
        header.forEach((column, i) => {
          if (column) raw[column] = (cells[i] ?? '').trim();
        });
        const parsed = unitInput.safeParse({ ...raw, kind: kindOf(String(raw.kind ?? '')), active: !isInactive(String(raw.active ?? '')) });
        if (!parsed.success) {
          report.errors.push({ row: rowNumber, message: parsed.error.issues.map((i) => i.message).join(' ') });
          continue;
        }
        try {
          const { created } = saveUnit(db, parsed.data);
          report[created ? 'added' : 'updated']++;
        } catch (error) {
          if (round < 2 && error instanceof AppError && error.fields?.parentCode) retry.push({ cells, rowNumber });
          else report.errors.push({ row: rowNumber, message: error instanceof AppError && error.fields ? Object.values(error.fields).join(' ') : String(error) });
        }
      }
      pending.splice(0, pending.length, ...retry);
    }
  })();
  report.errors.sort((a, b) => a.row - b.row);
  return report;
}
