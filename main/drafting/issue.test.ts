import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OfficeProfile } from '../../shared/domain/office';
import { newDraft, replyDraftFrom } from '../../shared/drafting/templates';
import { AppError } from '../../shared/errors';
import { filledIn } from '../../tests/helpers/drafts';
import { openTempOffice } from '../../tests/helpers/tempDatabase';
import { createTempDirs } from '../../tests/helpers/tempDir';
import type { BlobStore } from '../archive/blobStore';
import { registerIncoming } from '../archive/registration';
import { documentDetail } from '../archive/documentDetail';
import type { Db } from '../db/open';
import { renderDraftDocx } from './docx/renderDraftDocx';
import { createDraft, getDraft, saveDraft } from './draftsRepo';
import { issueDraft } from './issue';
import { previewIssue } from './issueCheck';
import { listOutgoingRegister } from './outgoingRegister';

const temp = createTempDirs();
let db: Db;
let blobs: BlobStore;
const profile: OfficeProfile = {
  officeName: 'CÔNG ĐOÀN VIÊN CHỨC TỈNH LAI CHÂU',
  parentName: 'LĐLĐ TỈNH LAI CHÂU',
  placeName: 'Lai Châu',
  unitCode: 'CĐVC',
  role: 'office',
  symbolPatterns: {},
  numberingScheme: 'shared',
  signerPresets: [{ signingAuthority: 'TM. BAN THƯỜNG VỤ', signerTitle: 'CHỦ TỊCH', signerName: 'Nguyễn Văn An' }],
  defaultHandlingDays: 7,
  countWorkingDays: true,
  warningDays: 3,
};

beforeEach(() => ({ db, blobs } = openTempOffice(temp, profile)));
afterEach(() => {
  db.close();
  temp.cleanup();
});

function draftOf(typeId: 'report' | 'officialLetter', subject = 'Kết quả công tác tháng') {
  return createDraft(db, { ...filledIn(newDraft(typeId, profile)), subject }, null).id;
}

describe('issuing drafts', () => {
  it('numbers consecutively from 01 within the year, restarting on 1 January, in one shared sequence', async () => {
    const a = await issueDraft(db, blobs, profile, renderDraftDocx, draftOf('report'), '2025-12-30');
    const b = await issueDraft(db, blobs, profile, renderDraftDocx, draftOf('officialLetter', 'V/v gửi danh sách'), '2025-12-31');
    const c = await issueDraft(db, blobs, profile, renderDraftDocx, draftOf('report'), '2026-01-02');
    expect([a.numberSymbol, b.numberSymbol, c.numberSymbol]).toEqual(['01/BC-CĐVC', '02/CĐVC', '01/BC-CĐVC']);
    expect(listOutgoingRegister(db, 2025).map((r) => r.numberSymbol)).toEqual(['01/BC-CĐVC', '02/CĐVC']);
  });

  it('lists in the sổ đi each document’s own Nơi nhận, then the units it was sent to by bundle, by name, before “Lưu”', async () => {
    const sentOut = await issueDraft(db, blobs, profile, renderDraftDocx, draftOf('report'), '2026-04-01');
    const kept = await issueDraft(db, blobs, profile, renderDraftDocx, draftOf('report', 'Kết quả quý I'), '2026-04-02');
    for (const doc of [sentOut, kept]) db.prepare('UPDATE documents SET distribution = ? WHERE id = ?').run(JSON.stringify(['Như trên;', 'Lưu: VT.']), doc.id);
    const sent = db.prepare('INSERT INTO document_recipients (document_id, unit_code, unit_name) VALUES (?, ?, ?)');
    sent.run(sentOut.id, 'CDN-YT', 'Công đoàn ngành Y tế');
    sent.run(sentOut.id, 'CDN-GD', 'Công đoàn ngành Giáo dục');
    expect(listOutgoingRegister(db, 2026).map((r) => r.distribution)).toEqual([
      ['Như trên', 'Công đoàn ngành Giáo dục', 'Công đoàn ngành Y tế', 'Lưu: VT'],
      ['Như trên', 'Lưu: VT'],
    ]);
  });

  it('keeps one sequence per type when the office chooses it', async () => {
    const perType = { ...profile, numberingScheme: 'perType' as const };
    const a = await issueDraft(db, blobs, perType, renderDraftDocx, draftOf('report'), '2026-03-01');
    const b = await issueDraft(db, blobs, perType, renderDraftDocx, draftOf('officialLetter'), '2026-03-02');
    const c = await issueDraft(db, blobs, perType, renderDraftDocx, draftOf('report'), '2026-03-03');
    expect([a.numberSymbol, b.numberSymbol, c.numberSymbol]).toEqual(['01/BC-CĐVC', '01/CĐVC', '02/BC-CĐVC']);
  });

  it('stores the printed DOCX, removes the draft, and links a reply to its directive', async () => {
    const directive = registerIncoming(
      db,
      {
        direction: 'incoming', typeId: 'plan', numberText: '314', number: 314, symbol: 'KH-LĐLĐ', issuer: 'LIÊN ĐOÀN LAO ĐỘNG TỈNH LAI CHÂU',
        parentIssuer: null, place: 'Lai Châu', issuedOn: '2022-02-16', subject: 'Đẩy mạnh công tác tuyên truyền', body: '', addressees: [],
        distribution: [], signerName: null, signerTitle: null, signingAuthority: null, urgency: 'normal', secrecy: 'none', reportDeadline: null, citations: [],
      },
      { arrivedOn: '2022-02-17', channel: 'paper', recipient: '', note: '' },
    );
    const reply = replyDraftFrom(
      { typeName: 'Kế hoạch', numberSymbol: '314/KH-LĐLĐ', issuedOn: '2022-02-16', issuer: 'LIÊN ĐOÀN LAO ĐỘNG TỈNH LAI CHÂU', subject: 'Đẩy mạnh công tác tuyên truyền', documentId: directive.id },
      profile,
      'report',
    );
    const draft = createDraft(db, filledIn(reply), directive.id);
    const issued = await issueDraft(db, blobs, profile, renderDraftDocx, draft.id, '2022-03-10');
    expect(() => getDraft(db, draft.id)).toThrow(AppError);
    expect([...blobs.read(issued.sha256).subarray(0, 2)]).toEqual([0x50, 0x4b]);
    const detail = documentDetail(db, blobs, directive.id);
    expect(detail.replies.map((r) => r.numberSymbol)).toEqual(['01/BC-CĐVC']);
    const replyDetail = documentDetail(db, blobs, issued.id);
    expect(replyDetail.document.body).toContain('Thực hiện Kế hoạch số 314/KH-LĐLĐ ngày 16/02/2022');
    expect(replyDetail.attachments).toHaveLength(1);
    expect(replyDetail.citations[0]?.resolved?.id).toBe(directive.id);
    // The reply answers the directive: it leaves Việc cần làm as handled, recorded in its history.
    expect(detail.incoming?.status).toBe('done');
    const audit = db.prepare("SELECT detail FROM audit WHERE entity_id = ? AND action = 'handling.changed'").pluck().all(directive.id);
    expect(audit.map((d) => JSON.parse(String(d)) as unknown)).toEqual([{ status: { from: 'pending', to: 'done' } }]);
  });

  it('records the documents the issued text cites, and links a replacement to the document it replaces', async () => {
    const paragraph = (text: string) => ({ kind: 'paragraph' as const, runs: [{ text }] });
    const body = [
      paragraph('Thực hiện Nghị quyết số 02-NQ/TW ngày 12/6/2021 của Bộ Chính trị và Kế hoạch số 276/KH-LĐLĐ ngày 05/3/2026 của Ban Thường vụ LĐLĐ tỉnh;'),
      paragraph('Công đoàn Viên chức tỉnh xây dựng kế hoạch như sau.'),
    ];
    const first = createDraft(db, { ...filledIn(newDraft('plan', profile)), subject: 'Tuyên truyền Nghị quyết', body }, null).id;
    const plan = await issueDraft(db, blobs, profile, renderDraftDocx, first, '2026-03-10');
    expect(documentDetail(db, blobs, plan.id).citations.map((c) => c.numberSymbol)).toEqual(['02-NQ/TW', '276/KH-LĐLĐ']);

    const replacement = createDraft(
      db,
      { ...filledIn(newDraft('plan', profile)), subject: 'Tuyên truyền Nghị quyết (thay thế)', body: [paragraph(`Kế hoạch này thay thế Kế hoạch số ${plan.numberSymbol} ngày 10/3/2026.`)] },
      null,
      new Date(),
      plan.id,
    ).id;
    const next = await issueDraft(db, blobs, profile, renderDraftDocx, replacement, '2026-03-12');
    const nextDetail = documentDetail(db, blobs, next.id);
    expect(nextDetail.citations.map((c) => [c.numberSymbol, c.resolved?.id])).toEqual([[plan.numberSymbol, plan.id]]);
    expect(nextDetail.supersedes?.id).toBe(plan.id);
    const old = documentDetail(db, blobs, plan.id);
    expect(old.supersededBy.map((d) => d.id)).toEqual([next.id]);
    expect(old.citedBy.map((d) => d.id)).toEqual([next.id]);
  });

  it('refuses to issue a draft without subject or signer, and leaves the register untouched', async () => {
    const id = createDraft(db, { ...newDraft('report', profile), subject: '', signerName: '' }, null).id;
    await expect(issueDraft(db, blobs, profile, renderDraftDocx, id, '2026-01-05')).rejects.toMatchObject({ code: 'DRAFT_INCOMPLETE' });
    expect(listOutgoingRegister(db, 2026)).toEqual([]);
  });
});

describe('checks before issuing', () => {
  it('refuses a draft that still holds the template gaps, says where they are, and takes no number', async () => {
    const id = createDraft(db, { ...newDraft('officialLetter', profile), subject: 'Đề nghị hỗ trợ kinh phí' }, null).id;
    const refused = issueDraft(db, blobs, profile, renderDraftDocx, id, '2026-03-05');
    await expect(refused).rejects.toMatchObject({ code: 'DRAFT_PLACEHOLDERS' });
    await expect(refused).rejects.toThrow(/Kính gửi: “…”.*Nội dung đoạn 1: “Căn cứ …, Công đoàn Viên chức tỉnh Lai Châu …”/u);
    expect(listOutgoingRegister(db, 2026)).toEqual([]);
    expect(getDraft(db, id).content.subject).toBe('Đề nghị hỗ trợ kinh phí');
  });

  it('previews the number and date, the last document of the sequence and the gaps, without taking a number', async () => {
    await issueDraft(db, blobs, profile, renderDraftDocx, draftOf('report'), '2026-11-23');
    const id = createDraft(db, { ...newDraft('officialLetter', profile), subject: 'Đề nghị hỗ trợ' }, null).id;
    const preview = previewIssue(db, profile, id, '2026-11-01', new Date(2026, 10, 25));
    expect(preview).toMatchObject({
      numberSymbol: '02/CĐVC',
      issuedOn: '2026-11-01',
      today: '2026-11-25',
      lastIssued: { numberSymbol: '01/BC-CĐVC', issuedOn: '2026-11-23' },
    });
    expect(preview.placeholders.map((p) => p.where)).toContain('Kính gửi');
    const nextYear = previewIssue(db, profile, id, '2027-03-05', new Date(2026, 10, 25));
    expect(nextYear).toMatchObject({ numberSymbol: '01/CĐVC', lastIssued: null });
    expect(listOutgoingRegister(db, 2026)).toHaveLength(1);
  });
});

describe('draft autosave', () => {
  it('bumps the revision on each save and refuses a save based on a stale revision', () => {
    const draft = createDraft(db, newDraft('report', profile), null);
    const first = saveDraft(db, draft.id, { ...draft.content, subject: 'Một' }, 1);
    expect(first.revision).toBe(2);
    expect(() => saveDraft(db, draft.id, { ...draft.content, subject: 'Cũ' }, 1)).toThrow(/cửa sổ khác/);
    expect(getDraft(db, draft.id).content.subject).toBe('Một');
  });
});

describe('corrections', () => {
  it('never edit an issued document: a replacement is a new document that points to the old one', async () => {
    const issued = await issueDraft(db, blobs, profile, renderDraftDocx, draftOf('report', 'Kết quả quý I'), '2026-04-02');
    const before = db.prepare('SELECT * FROM documents WHERE id = ?').get(issued.id);
    const { draftingHandlers } = await import('./handlers');
    const handlers = draftingHandlers({ db, blobs, render: renderDraftDocx, chooseSavePath: async () => null });
    const replacement = await handlers['drafts:replace']({ documentId: issued.id });
    expect(replacement.content.subject).toBe('Kết quả quý I');
    expect(replacement.content.numberText).toBeNull();
    const next = await issueDraft(db, blobs, profile, renderDraftDocx, replacement.id, '2026-04-03');
    expect(next.numberSymbol).toBe('02/BC-CĐVC');
    expect(db.prepare('SELECT supersedes_id AS s FROM documents WHERE id = ?').get(next.id)).toEqual({ s: issued.id });
    expect(db.prepare('SELECT * FROM documents WHERE id = ?').get(issued.id)).toEqual(before);
  });
});
