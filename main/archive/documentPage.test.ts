import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { documentFields, searchInput } from '../../shared/ipc/archive';
import { createTempDirs } from '../../tests/helpers/tempDir';
import { openDatabase, type Db } from '../db/open';
import { documentHistory, setHandling, todoList } from '../followup/queries';
import { headerReader } from '../intake/headerReader';
import { exportsFolderChooser } from '../savePath';
import { recordReply } from '../tracking/tracking';
import { attachmentActions } from './attachments';
import { createBlobStore, type BlobStore } from './blobStore';
import { documentDetail } from './documentDetail';
import { updateReceivedDocument } from './documentEdit';
import type { NewDocument } from './documentsRepo';
import { insertDocument } from './documentsRepo';
import { cancelIncomingEntry, listIncomingRegister, nextArrivalNumber, updateIncomingEntry } from './incomingRegister';
import { searchDocuments } from './queries';
import { registerIncoming } from './registration';

const temp = createTempDirs();
let db: Db;
let dir: string;
let blobs: BlobStore;

beforeEach(() => {
  dir = temp.make();
  db = openDatabase(join(dir, 'office.sqlite'));
  blobs = createBlobStore(dir);
});
afterEach(() => {
  db.close();
  temp.cleanup();
});

const received = (over: Partial<NewDocument> = {}): NewDocument => ({
  direction: 'incoming', typeId: 'officialLetter', numberText: '615', number: 615, symbol: 'LĐLĐ', issuer: 'LIÊN ĐOÀN LAO ĐỘNG TỈNH LAI CHÂU',
  parentIssuer: null, place: 'Lai Châu', issuedOn: '2026-10-20', subject: 'Về việc báo cáo công tác tháng', body: 'Đề nghị các đơn vị báo cáo.',
  addressees: [], distribution: [], signerName: null, signerTitle: null, signingAuthority: null, urgency: 'normal', secrecy: 'none',
  reportDeadline: null, citations: [], ...over,
});
const register = (over: Partial<NewDocument> = {}, arrivedOn = '2026-10-21') =>
  registerIncoming(db, received(over), { arrivedOn, channel: 'file', recipient: '', note: '' });
const withFile = (id: string, bytes: Uint8Array, name = 'Công văn 615.pdf') => {
  const { sha256, size } = blobs.put(bytes);
  db.prepare('INSERT OR IGNORE INTO blobs (sha256, size, created_at) VALUES (?, ?, ?)').run(sha256, size, '2026-10-21T00:00:00Z');
  return Number(
    db.prepare("INSERT INTO attachments (document_id, sha256, size, mime, original_name, role, created_at) VALUES (?, ?, ?, 'application/pdf', ?, 'original', ?)")
      .run(id, sha256, size, name, '2026-10-21T00:00:00Z').lastInsertRowid,
  );
};

describe('the files of a document', () => {
  const writeFile = (path: string, data: Uint8Array) => writeFileSync(path, data);

  it('opens the received original with the system after checking its hash, and saves a copy', async () => {
    const { id } = register();
    const bytes = new TextEncoder().encode('%PDF-1.4 công văn 615');
    const fileId = withFile(id, bytes, 'Công văn: 615?.pdf');
    expect(documentDetail(db, blobs, id).attachments).toEqual([expect.objectContaining({ id: fileId, role: 'original', missing: false })]);
    const opened: string[] = [];
    const electron = attachmentActions({ db, blobs, chooseSavePath: exportsFolderChooser(dir), writeFile, openWithSystem: async (path) => (opened.push(path), '') });
    expect(await electron.open(fileId)).toEqual({ opened: true, fileName: 'Công văn- 615-.pdf' });
    expect(basename(opened[0]!)).toBe('Công văn- 615-.pdf');
    expect(readFileSync(opened[0]!)).toEqual(Buffer.from(bytes));
    const saved = await electron.save(fileId);
    expect(readFileSync(saved!.path)).toEqual(Buffer.from(bytes));

    // Browser mode: the page downloads the verified bytes.
    const browser = attachmentActions({ db, blobs, chooseSavePath: exportsFolderChooser(dir), writeFile });
    expect(await browser.open(fileId)).toEqual({ opened: false, fileName: 'Công văn- 615-.pdf', mime: 'application/pdf', contentBase64: Buffer.from(bytes).toString('base64') });
    await expect(attachmentActions({ db, blobs, chooseSavePath: exportsFolderChooser(dir), writeFile, openWithSystem: async () => 'No application' }).open(fileId)).rejects.toMatchObject({ code: 'OPEN_FAILED' });
  });

  it('never opens a damaged or missing file', async () => {
    const { id } = register();
    const bytes = new TextEncoder().encode('nội dung gốc');
    const fileId = withFile(id, bytes);
    const sha = (db.prepare('SELECT sha256 FROM attachments WHERE id = ?').pluck().get(fileId) as string);
    writeFileSync(blobs.pathOf(sha), 'nội dung bị sửa');
    const opened: string[] = [];
    const files = attachmentActions({ db, blobs, chooseSavePath: exportsFolderChooser(dir), writeFile, openWithSystem: async (path) => (opened.push(path), '') });
    await expect(files.open(fileId)).rejects.toMatchObject({ code: 'ATTACHMENT_DAMAGED' });
    await expect(files.save(fileId)).rejects.toMatchObject({ code: 'ATTACHMENT_DAMAGED' });
    expect(opened).toEqual([]);
    const goneDocument = register({ numberText: '616', number: 616 }).id;
    const gone = withFile(goneDocument, new TextEncoder().encode('tệp khác'));
    const goneSha = db.prepare('SELECT sha256 FROM attachments WHERE id = ?').pluck().get(gone) as string;
    rmSync(blobs.pathOf(goneSha));
    expect(existsSync(blobs.pathOf(goneSha))).toBe(false);
    // A file this office had and lost is not one to wait for from a sender: it is restored from a backup.
    expect(documentDetail(db, blobs, goneDocument).attachments).toEqual([expect.objectContaining({ id: gone, missing: 'lost' })]);
    expect(documentDetail(db, blobs, register({ numberText: '617', number: 617 }).id).attachments).toEqual([]);
    await expect(files.open(gone)).rejects.toMatchObject({ code: 'ATTACHMENT_MISSING' });
  });
});

describe('correcting a registered entry', () => {
  const fields = (over: Record<string, unknown> = {}) =>
    documentFields.parse({ typeId: 'officialLetter', numberText: '615', symbol: 'LĐLĐ', issuer: 'LIÊN ĐOÀN LAO ĐỘNG TỈNH LAI CHÂU', place: 'Lai Châu', issuedOn: '2026-10-20', subject: 'Về việc báo cáo công tác tháng', body: 'Đề nghị các đơn vị báo cáo.', ...over });
  const read = (body: string, own: string | null) => headerReader.readCitations(body, own);

  it('corrects số/ký hiệu, date, subject and text: search, citations and history follow', () => {
    const { id } = register();
    const changed = updateReceivedDocument(db, id, fields({ numberText: '651', issuedOn: '2026-10-19', subject: 'Về việc tổng kết phong trào thi đua', body: 'Thực hiện Kế hoạch số 276/KH-LĐLĐ của Ban Thường vụ.' }), read);
    expect(Object.keys(changed).sort()).toEqual(['body', 'issuedOn', 'numberText', 'subject']);
    const detail = documentDetail(db, blobs, id);
    expect(detail.document).toMatchObject({ numberSymbol: '651/LĐLĐ', issuedOn: '2026-10-19', subject: 'Về việc tổng kết phong trào thi đua' });
    expect(detail.citations.map((c) => c.numberSymbol)).toEqual(['276/KH-LĐLĐ']);
    expect(searchDocuments(db, searchInput.parse({ query: 'tong ket thi dua' })).items.map((i) => i.id)).toEqual([id]);
    expect(searchDocuments(db, searchInput.parse({ query: 'bao cao cong tac thang' })).total).toBe(0);
    expect(searchDocuments(db, searchInput.parse({ query: '651/LĐLĐ' })).items.map((i) => i.id)).toEqual([id]);
    const history = documentHistory(db, id).at(-1)!;
    expect(history.label).toBe('Sửa thông tin văn bản');
    expect(history.details).toContain('Số: 615 → 651');
    expect(history.details).toContain('Ngày ban hành: 20/10/2026 → 19/10/2026');
    // Saving the same fields again changes nothing and writes nothing.
    expect(updateReceivedDocument(db, id, fields({ numberText: '651', issuedOn: '2026-10-19', subject: 'Về việc tổng kết phong trào thi đua', body: 'Thực hiện Kế hoạch số 276/KH-LĐLĐ của Ban Thường vụ.' }), read)).toEqual({});
  });

  it('refuses a correction that would duplicate another document or date the issue after the arrival, and never edits an issued one', () => {
    const { id } = register();
    const other = register({ numberText: '700', number: 700 });
    expect(() => updateReceivedDocument(db, id, fields({ numberText: '700' }), read)).toThrow(
      expect.objectContaining({ code: 'DUPLICATE_DOCUMENT', documentId: other.id }),
    );
    expect(documentDetail(db, blobs, id).document.numberSymbol).toBe('615/LĐLĐ');
    // Nor a date of issue after the arrival the sổ đến records (21/10/2026), as registration refuses.
    expect(() => updateReceivedDocument(db, id, fields({ issuedOn: '2026-10-22' }), read)).toThrow(
      expect.objectContaining({ code: 'ARRIVAL_BEFORE_ISSUE', fields: expect.objectContaining({ 'document.issuedOn': 'Ngày ban hành muộn hơn ngày đến.' }) }),
    );
    expect(documentDetail(db, blobs, id).document.issuedOn).toBe('2026-10-20');
    expect(Object.keys(updateReceivedDocument(db, id, fields({ issuedOn: '2026-10-21' }), read))).toEqual(['issuedOn']);
    const outgoing = db.transaction(() => insertDocument(db, received({ direction: 'outgoing', numberText: '01', symbol: 'BC-CĐVC' })))();
    expect(() => updateReceivedDocument(db, outgoing, fields(), read)).toThrow(expect.objectContaining({ code: 'ISSUED_DOCUMENT_FIXED' }));
  });

  it('fills in columns 7 to 10 of the sổ đến', () => {
    const { id } = register();
    updateIncomingEntry(db, id, { recipient: 'Ban Tổ chức', transferredOn: '2026-10-22', receiverSignature: 'Lò Thị Hoa', note: 'Bản chính' });
    expect(listIncomingRegister(db, 2026)[0]).toMatchObject({ recipient: 'Ban Tổ chức', transferredOn: '2026-10-22', receiverSignature: 'Lò Thị Hoa', note: 'Bản chính' });
    expect(documentHistory(db, id).at(-1)?.label).toBe('Sửa thông tin sổ đến');
    // The same columns saved again change nothing and write nothing.
    const entries = documentHistory(db, id).length;
    expect(updateIncomingEntry(db, id, { recipient: 'Ban Tổ chức', note: 'Bản chính' })).toEqual({});
    expect(documentHistory(db, id)).toHaveLength(entries);
  });

  it('cancels an entry registered by mistake: the số đến stays taken, the line stays in the sổ, the document leaves the to-do list', () => {
    const { id, arrivalNumber } = register();
    updateIncomingEntry(db, id, { note: 'Bản chụp' });
    cancelIncomingEntry(db, id, 'Văn bản gửi nhầm đơn vị', new Date('2026-10-22T02:00:00Z'));
    expect(todoList(db, '2026-10-22').counts).toEqual({ overdue: 0, thisWeek: 0, later: 0 });
    expect(nextArrivalNumber(db, 2026)).toBe(arrivalNumber + 1);
    expect(register({ numberText: '620', number: 620 }).arrivalNumber).toBe(arrivalNumber + 1);
    expect(listIncomingRegister(db, 2026)[0]).toMatchObject({ arrivalNumber, note: 'Đã hủy số đến (vào sổ nhầm): Văn bản gửi nhầm đơn vị. Bản chụp' });
    expect(documentDetail(db, blobs, id).incoming).toMatchObject({ status: 'noAction', cancelledOn: '2026-10-22', cancelReason: 'Văn bản gửi nhầm đơn vị' });
    expect(documentHistory(db, id).at(-1)).toMatchObject({ label: 'Hủy số đến (vào sổ nhầm)', details: expect.arrayContaining(['Lý do: Văn bản gửi nhầm đơn vị']) });
    expect(() => setHandling(db, id, { status: 'pending' })).toThrow(expect.objectContaining({ code: 'ENTRY_CANCELLED' }));
    expect(() => updateIncomingEntry(db, id, { note: 'x' })).toThrow(expect.objectContaining({ code: 'ENTRY_CANCELLED' }));
    expect(() => cancelIncomingEntry(db, id, 'lần nữa')).toThrow(expect.objectContaining({ code: 'ENTRY_CANCELLED' }));
  });
});

describe('the document page', () => {
  it('lists a report received by bundle as a reply, and marks the searched words in the full text', () => {
    const directive = db.transaction(() => insertDocument(db, received({ direction: 'outgoing', numberText: '01', symbol: 'KH-LĐLĐ', body: 'Học tập suốt đời trong công nhân.' })))();
    const report = register({ numberText: '05', symbol: 'BC-CĐVC', issuer: 'CÔNG ĐOÀN VIÊN CHỨC', subject: 'Báo cáo kết quả' }).id;
    recordReply(db, report, directive);
    expect(documentDetail(db, blobs, directive).replies.map((r) => r.id)).toEqual([report]);
    const parts = documentDetail(db, blobs, directive, 'hoc tap').bodyHighlight!;
    expect(parts.filter((p) => p.hit).map((p) => p.text)).toEqual(['Học', 'tập']);
    expect(parts.map((p) => p.text).join('')).toBe('Học tập suốt đời trong công nhân.');
    expect(documentDetail(db, blobs, directive).bodyHighlight).toBeNull();
  });
});
