import { join } from 'node:path';
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { searchInput } from '../../shared/ipc/archive';
import { useTempDatabase } from '../../tests/helpers/tempDatabase';
import { migrate, openDatabase, type Db } from '../db/open';
import { MIGRATIONS } from '../db/migrations/index';
import { importDocuments } from './bulkImport';
import type { NewDocument } from './documentsRepo';
import { searchDocuments } from './queries';
import { registerIncoming } from './registration';
import { completePrefix, MAX_COMPLETIONS, wordsOf } from './searchWords';

const office = useTempDatabase('vanthu-words-');
const temp = office.temp;
let db: Db;
beforeEach(() => {
  db = office.db();
});

let serial = 0;
function doc(subject: string, body: string, over: Partial<NewDocument> = {}): NewDocument {
  serial++;
  return {
    direction: 'incoming', typeId: 'officialLetter', numberText: String(serial), number: serial, symbol: 'LĐLĐ', issuer: 'Liên đoàn Lao động tỉnh Lai Châu',
    parentIssuer: null, place: 'Lai Châu', issuedOn: `2024-03-${String(1 + (serial % 28)).padStart(2, '0')}`, subject, body, addressees: [], distribution: [],
    signerName: null, signerTitle: null, signingAuthority: null, urgency: 'normal', secrecy: 'none', reportDeadline: null, citations: [], ...over,
  };
}
const arrival = { arrivedOn: '2024-04-01', channel: 'paper', recipient: '', note: '' };
const search = (query: string, extra: object = {}) => searchDocuments(db, searchInput.parse({ query, ...extra }));

/** What FTS5 itself indexed, read back through fts5vocab. */
function indexedWords(): string[] {
  db.exec("CREATE VIRTUAL TABLE IF NOT EXISTS temp.v USING fts5vocab(main, documents_fts, 'col')");
  return db.prepare("SELECT DISTINCT term FROM temp.v WHERE col != 'tags' ORDER BY term").pluck().all() as string[];
}
const recordedWords = () => db.prepare('SELECT word FROM search_words ORDER BY word').pluck().all() as string[];

describe('search words', () => {
  it('hold every word FTS5 indexes from Latin-script text, and every ASCII word whatever surrounds it', () => {
    const latin = fc.constantFrom('Công đoàn', 'ĐẢNG', 'người lao động', '02-NQ/TW', '1.250.000đ', 'café', 'Ærø', 'naïve', 'Straße', 'İstanbul', '½', 'x²', '—', '“', '\u00a0', 'ﬁ', 'Ωμέγα');
    const anything = fc.oneof(latin, fc.constantFrom('東京', 'Ⅻ', '\ue000'), fc.string({ unit: 'grapheme', maxLength: 8 }));
    fc.assert(
      fc.property(fc.array(latin, { minLength: 1, maxLength: 12 }), fc.array(anything, { minLength: 1, maxLength: 12 }), (plain, mixed) => {
        db.exec('DELETE FROM search_words');
        registerIncoming(db, doc(plain.join(' '), plain.join('')), arrival);
        const fromLatin = new Set(recordedWords());
        for (const word of indexedWords()) expect(fromLatin, `"${word}" of ${JSON.stringify(plain)}`).toContain(word);
        registerIncoming(db, doc(mixed.join(' '), mixed.join('')), arrival);
        const recorded = new Set(recordedWords());
        for (const word of indexedWords().filter((w) => /^[a-z0-9]+$/.test(w))) expect(recorded, `"${word}" of ${JSON.stringify(mixed)}`).toContain(word);
        db.exec('DELETE FROM documents_fts; DELETE FROM incoming; DELETE FROM documents');
      }),
      { numRuns: 150 },
    );
  });

  it('are gathered once per batch by a bulk import, with the same result', () => {
    importDocuments(db, [doc('Kế hoạch tuyên truyền', 'trao đổi, trách nhiệm'), doc('Thông báo', 'tranh thủ ý kiến')].map((document) => ({ document, arrival })));
    expect(recordedWords()).toEqual(indexedWords());
    expect(wordsOf(['trao doi, trao doi'])).toEqual(['trao', 'doi']);
  });

  it('are each kept once however many distinct words and repeats a batch holds', () => {
    // 30,000 distinct words, each written three times across texts: the table grows and probes many times over.
    const words = Array.from({ length: 30_000 }, (_, i) => `w${(i * 7919).toString(36)}${'abc'[i % 3]}`);
    const texts = [0, 1, 2].map((turn) => words.filter((_, i) => (i + turn) % 2 === 0 || turn === 2).join(turn === 1 ? ', ' : ' '));
    expect(wordsOf(texts)).toEqual([...new Set(texts.flatMap((t) => t.match(/[a-z0-9]+/g) ?? []))]);
  });

  it('complete a prefix from the table, and leave very short prefixes to FTS5', () => {
    registerIncoming(db, doc('Trao đổi', 'Trách nhiệm, trang thiết bị, tránh lãng phí, tra cứu'), arrival);
    expect(completePrefix(db, 'tra')).toEqual(['tra', 'trach', 'trang', 'tranh', 'trao']);
    expect(completePrefix(db, 'xyz')).toBeNull();
    expect(completePrefix(db, 'tr\u1ea1')).toBeNull();
    const many = Array.from({ length: MAX_COMPLETIONS + 1 }, (_, i) => `k${i.toString(36)}x`).join(' ');
    registerIncoming(db, doc('Nhiều từ', many), arrival);
    expect(completePrefix(db, 'k')).toBeNull();
    expect(search('k').total).toBe(1);
  });

  it('are filled from the existing index when an older archive is upgraded', () => {
    const file = join(temp.make(), 'old.sqlite');
    const old = openDatabase(file, { migrations: MIGRATIONS.filter((m) => m.version < 420) });
    old.prepare("INSERT INTO documents_fts (rowid, number_symbol, subject, issuer, body, tags) VALUES (1, '1 ldld', 'thang cong nhan', 'lien doan', 'cham lo doan vien', 'tplan y2024')").run();
    migrate(old);
    expect(old.prepare('SELECT word FROM search_words ORDER BY word').pluck().all()).toEqual(['1', 'cham', 'cong', 'doan', 'ldld', 'lien', 'lo', 'nhan', 'thang', 'vien']);
    old.close();
  });
});

describe('search while typing and ranking', () => {
  beforeEach(() => {
    registerIncoming(db, doc('Hội nghị tổng kết', 'Báo cáo trao đổi kinh nghiệm', { issuedOn: '2024-01-05' }), arrival);
    registerIncoming(db, doc('V/v trao đổi thông tin', 'Đề nghị các đơn vị phối hợp', { issuedOn: '2023-06-01' }), arrival);
    registerIncoming(db, doc('Kế hoạch tập huấn', 'Nội dung trách nhiệm của cán bộ', { issuedOn: '2024-09-09', typeId: 'plan' }), arrival);
    registerIncoming(db, doc('Thông báo kết luận', 'Căn cứ văn bản số 7/TRAO-LĐLĐ', { issuedOn: '2022-02-02', numberText: '7', symbol: 'TRAO-LĐLĐ' }), arrival);
  });

  it('finds every word the typed letters begin, with filters, and the same once the word is complete', () => {
    expect(search('tra').total).toBe(4);
    expect(search('tra', { typeId: 'plan' }).items.map((i) => i.subject)).toEqual(['Kế hoạch tập huấn']);
    // Every document's issuer (Liên đoàn Lao động) begins with d.
    expect(search('trao d').total).toBe(3);
    expect(search('trao doi ').total).toBe(2);
    expect(search('tra', { year: 2023 }).total).toBe(1);
  });

  it('puts the số/ký hiệu first, then the trích yếu, then the rest, newest first within each', () => {
    expect(search('trao').items.map((i) => i.subject)).toEqual(['Thông báo kết luận', 'V/v trao đổi thông tin', 'Hội nghị tổng kết']);
    expect(search('trao', { sort: 'issuedAsc' }).items.map((i) => i.subject)).toEqual(['Thông báo kết luận', 'V/v trao đổi thông tin', 'Hội nghị tổng kết']);
  });

  it('does not match the type and year tags as words', () => {
    expect(search('tplan').total).toBe(0);
    expect(search('y2024').total).toBe(0);
  });
});
