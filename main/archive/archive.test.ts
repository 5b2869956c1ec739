import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../shared/errors';
import { documentFilter, searchInput } from '../../shared/ipc/archive';
import { createTempDirs } from '../../tests/helpers/tempDir';
import { openDatabase, type Db } from '../db/open';
import { createBlobStore } from './blobStore';
import type { CitationInput, NewDocument } from './documentsRepo';
import { listIncomingRegister } from './incomingRegister';
import { documentDetail } from './documentDetail';
import { listDocuments, searchDocuments } from './queries';
import { registerIncoming } from './registration';
import { warmUpSearch } from './searchWarmUp';

const temp = createTempDirs();
let db: Db;
let dataDir: string;

beforeEach(() => {
  dataDir = temp.make();
  db = openDatabase(join(dataDir, 'office.sqlite'));
});
afterEach(() => {
  db.close();
  temp.cleanup();
});

function doc(over: Partial<NewDocument> & { citations?: CitationInput[] } = {}): NewDocument {
  return {
    direction: 'incoming',
    typeId: 'plan',
    numberText: '314',
    number: 314,
    symbol: 'KH-LĐLĐ',
    issuer: 'Liên đoàn Lao động tỉnh Lai Châu',
    parentIssuer: 'Tổng LĐLĐ Việt Nam',
    place: 'Lai Châu',
    issuedOn: '2022-02-16',
    subject: 'Đẩy mạnh công tác tuyên truyền Nghị quyết số 02-NQ/TW',
    body: 'Tiếp tục tuyên truyền Nghị quyết số 02-NQ/TW ngày 12/6/2021 của Bộ Chính trị; xây dựng Đảng trong sạch.',
    addressees: [],
    distribution: ['Lưu: VT'],
    signerName: 'Đồng Thị Nghĩa',
    signerTitle: 'PHÓ CHỦ TỊCH',
    signingAuthority: 'TM. BAN THƯỜNG VỤ',
    urgency: 'normal',
    secrecy: 'none',
    reportDeadline: null,
    citations: [],
    ...over,
  };
}

const arrival = (arrivedOn: string) => ({ arrivedOn, channel: 'paper', recipient: 'Văn phòng', note: '' });
const search = (query: string, extra: object = {}) => searchDocuments(db, searchInput.parse({ query, ...extra }));

describe('incoming register', () => {
  it('numbers arrivals consecutively within a year and restarts on 1 January', () => {
    const a = registerIncoming(db, doc({ numberText: '1', symbol: 'TB-LĐLĐ' }), arrival('2024-12-30'));
    const b = registerIncoming(db, doc({ numberText: '2', symbol: 'TB-LĐLĐ' }), arrival('2024-12-31'));
    const c = registerIncoming(db, doc({ numberText: '3', symbol: 'TB-LĐLĐ', issuedOn: '2025-01-01' }), arrival('2025-01-01'));
    expect([a.arrivalNumber, b.arrivalNumber, c.arrivalNumber]).toEqual([1, 2, 1]);
    expect([a.year, c.year]).toEqual([2024, 2025]);
    const rows = listIncomingRegister(db, 2024);
    expect(rows.map((r) => r.arrivalNumber)).toEqual([1, 2]);
    expect(rows[0]).toMatchObject({ issuer: 'Liên đoàn Lao động tỉnh Lai Châu', numberSymbol: '1/TB-LĐLĐ', typeName: 'Kế hoạch' });
  });

  it('refuses the same số/ký hiệu from the same issuer in the same year and writes nothing', () => {
    registerIncoming(db, doc(), arrival('2022-02-17'));
    const before = db.prepare('SELECT (SELECT COUNT(*) FROM documents) d, (SELECT COUNT(*) FROM incoming) i, (SELECT COUNT(*) FROM audit) a').get();
    expect(() => registerIncoming(db, doc({ issuer: 'LIÊN ĐOÀN LAO ĐỘNG TỈNH LAI CHÂU' }), arrival('2022-02-18'))).toThrow(AppError);
    expect(db.prepare('SELECT (SELECT COUNT(*) FROM documents) d, (SELECT COUNT(*) FROM incoming) i, (SELECT COUNT(*) FROM audit) a').get()).toEqual(before);
    // Another year, or another issuer, is a different document.
    expect(() => registerIncoming(db, doc({ issuedOn: '2023-01-05' }), arrival('2023-01-06'))).not.toThrow();
    expect(() => registerIncoming(db, doc({ issuer: 'Công đoàn Viên chức tỉnh' }), arrival('2023-01-06'))).not.toThrow();
  });
});

describe('Party-style numbers', () => {
  const invitation = (over: Partial<NewDocument> = {}) =>
    doc({ typeId: 'invitation', numberText: '45', number: 45, symbol: 'GM/ĐU', issuer: 'Đảng ủy xã Bình Lư', issuedOn: '2026-11-02', subject: 'Mời dự hội nghị', ...over });

  it('are kept as printed, are cited under either spelling and are not registered twice', () => {
    const cited = registerIncoming(db, invitation(), arrival('2026-11-03'));
    expect(db.prepare('SELECT number_symbol FROM documents WHERE id = ?').pluck().get(cited.id)).toBe('45-GM/ĐU');
    expect(listIncomingRegister(db, 2026)[0]?.numberSymbol).toBe('45-GM/ĐU');
    const citing = registerIncoming(
      db,
      doc({ numberText: '50', symbol: 'TB-LĐLĐ', issuedOn: '2026-11-05', citations: [{ numberSymbol: '45-GM/ĐU', typeName: 'Giấy mời', citedOn: '2026-11-02' }] }),
      arrival('2026-11-06'),
    );
    const blobs = createBlobStore(dataDir);
    expect(documentDetail(db, blobs, citing.id).citations[0]).toMatchObject({ numberSymbol: '45-GM/ĐU', resolved: { id: cited.id } });
    expect(() => registerIncoming(db, invitation({ issuer: 'ĐẢNG ỦY XÃ BÌNH LƯ' }), arrival('2026-11-07'))).toThrow(AppError);
  });
});

describe('search', () => {
  beforeEach(() => {
    registerIncoming(db, doc(), arrival('2022-02-17'));
    registerIncoming(
      db,
      doc({
        typeId: 'officialLetter',
        numberText: '572',
        symbol: 'LĐLĐ',
        issuedOn: '2025-03-18',
        subject: 'V/v nghiên cứu, quán triệt bài viết về học tập suốt đời',
        body: 'Tổ chức nghiên cứu bài viết về “Học tập suốt đời” đến cán bộ, đoàn viên.',
      }),
      arrival('2025-03-19'),
    );
  });

  it('ignores diacritics and case, and highlights the original text', () => {
    const result = search('hoc tap suot doi');
    expect(result.items).toHaveLength(1);
    const hit = result.items[0]!;
    expect(hit.numberSymbol).toBe('572/LĐLĐ');
    expect(hit.subjectHighlight.filter((p) => p.hit).map((p) => p.text)).toEqual(['học', 'tập', 'suốt', 'đời']);
    expect(hit.snippet.filter((p) => p.hit).map((p) => p.text)).toContain('Học');
  });

  it('finds Đảng when typing dang, and a number/symbol as a phrase', () => {
    expect(search('dang').items.map((i) => i.numberSymbol)).toEqual(['314/KH-LĐLĐ']);
    expect(search('02-NQ/TW').items.map((i) => i.numberSymbol)).toEqual(['314/KH-LĐLĐ']);
    expect(search('572/LĐLĐ').items.map((i) => i.numberSymbol)).toEqual(['572/LĐLĐ']);
  });

  it('finds words while they are being typed and combines with filters', () => {
    expect(search('tuyen tru').total).toBe(1);
    expect(search('tuyen', { typeId: 'officialLetter' }).total).toBe(0);
    expect(search('bai viet', { year: 2025 }).total).toBe(1);
  });

  it('never passes search syntax through to SQLite', () => {
    for (const q of ['"', 'AND OR NOT', 'NEAR(a b)', '*', 'body:x', "') DROP TABLE documents; --"]) {
      expect(() => search(q)).not.toThrow();
    }
  });

  it('is warmed up after the start-up check by one search of each shape, reading only', () => {
    const before = db.prepare('SELECT total_changes() AS n').get() as { n: number };
    expect(warmUpSearch(db)).toBe(4);
    expect(db.prepare('SELECT total_changes() AS n').get()).toEqual(before);
    const empty = openDatabase(join(temp.make(), 'empty.sqlite'));
    expect(warmUpSearch(empty)).toBe(0);
    empty.close();
  });

  it('lists with filters and sorts by date', () => {
    const asc = listDocuments(db, documentFilter.parse({ sort: 'issuedAsc' }));
    expect(asc.items.map((i) => i.issuedOn)).toEqual(['2022-02-16', '2025-03-18']);
    expect(listDocuments(db, documentFilter.parse({ typeId: 'plan' })).total).toBe(1);
    expect(listDocuments(db, documentFilter.parse({ issuer: 'lien doan lao dong tinh lai chau' })).total).toBe(2);
    expect(listDocuments(db, documentFilter.parse({ registerStatus: 'pending' })).total).toBe(2);
    expect(listDocuments(db, documentFilter.parse({ registerStatus: 'done' })).total).toBe(0);
  });
});

describe('citations', () => {
  it('link to the cited document once it is registered, in both directions', () => {
    const citing = registerIncoming(
      db,
      doc({ numberText: '108', symbol: 'TB-LĐLĐ', issuedOn: '2024-10-14', citations: [{ numberSymbol: '276/KH-LĐLĐ', typeName: 'Kế hoạch', citedOn: '2021-10-15' }] }),
      arrival('2024-10-15'),
    );
    const blobs = createBlobStore(dataDir);
    expect(documentDetail(db, blobs, citing.id).citations[0]).toMatchObject({ numberSymbol: '276/KH-LĐLĐ', resolved: null });
    const cited = registerIncoming(db, doc({ numberText: '276', symbol: 'KH-LĐLĐ', issuedOn: '2021-10-15', subject: 'Kế hoạch thực hiện' }), arrival('2021-10-16'));
    expect(documentDetail(db, blobs, citing.id).citations[0]?.resolved?.id).toBe(cited.id);
    expect(documentDetail(db, blobs, cited.id).citedBy.map((d) => d.id)).toEqual([citing.id]);
  });

  it('name the document of the year cited when a number comes back each year, and keep their order', () => {
    const plan = (issuedOn: string) => doc({ numberText: '05', symbol: 'KH-LĐLĐ', issuedOn, subject: `Kế hoạch năm ${issuedOn.slice(0, 4)}` });
    const of2025 = registerIncoming(db, plan('2025-01-10'), arrival('2025-01-12'));
    const of2026 = registerIncoming(db, plan('2026-01-09'), arrival('2026-01-12'));
    const cite = (citedOn: string | null) => ({ numberSymbol: '5/KH-LĐLĐ', typeName: 'Kế hoạch', citedOn });
    const citing = registerIncoming(
      db,
      doc({ numberText: '30', symbol: 'BC-LĐLĐ', issuedOn: '2026-02-02', citations: [cite('2025-01-10'), cite(null), cite('2024-01-11')] }),
      arrival('2026-02-03'),
    );
    const detail = documentDetail(db, createBlobStore(dataDir), citing.id);
    expect(detail.citations.map((c) => [c.citedOn, c.resolved?.id ?? null])).toEqual([
      ['2025-01-10', of2025.id],
      [null, of2026.id],
      ['2024-01-11', null],
    ]);
    expect(detail.citations[0]?.resolved).toEqual({ id: of2025.id, subject: 'Kế hoạch năm 2025', typeName: 'Kế hoạch' });
  });
});
