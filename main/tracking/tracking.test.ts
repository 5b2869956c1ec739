import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OfficeProfile } from '../../shared/domain/office';
import { newDraft } from '../../shared/drafting/templates';
import { openTempOffice } from '../../tests/helpers/tempDatabase';
import { createTempDirs } from '../../tests/helpers/tempDir';
import { filledIn } from '../../tests/helpers/drafts';
import type { BlobStore } from '../archive/blobStore';
import { insertDocument } from '../archive/documentsRepo';
import type { Db } from '../db/open';
import { renderDraftDocx } from '../drafting/docx/renderDraftDocx';
import { createDraft } from '../drafting/draftsRepo';
import { issueDraft } from '../drafting/issue';
import { saveUnit } from '../units/unitsRepo';
import { reminderDraft } from './reminder';
import { directiveTracking, issuedDirectives, recordReceipt, recordReply, trackingOverview } from './tracking';

const temp = createTempDirs();
let db: Db;
let blobs: BlobStore;
const province: OfficeProfile = {
  officeName: 'LIÊN ĐOÀN LAO ĐỘNG TỈNH LAI CHÂU', parentName: 'TỔNG LĐLĐ VIỆT NAM', placeName: 'Lai Châu', unitCode: 'LĐLĐ', role: 'province',
  symbolPatterns: {}, numberingScheme: 'shared', signerPresets: [], defaultHandlingDays: 7, countWorkingDays: true, warningDays: 3,
};

beforeEach(() => {
  ({ db, blobs } = openTempOffice(temp, province));
  for (const [code, name] of [['CD-TP', 'Công đoàn phường Tân Phong'], ['CD-DK', 'Công đoàn phường Đoàn Kết'], ['CDN-GD', 'Công đoàn ngành Giáo dục']]) {
    saveUnit(db, { code: code as string, name: name as string, shortName: '', parentCode: '', kind: 'communeUnion', place: '', contact: '', active: true });
  }
});
afterEach(() => {
  db.close();
  temp.cleanup();
});

async function issueDirective(): Promise<string> {
  const draft = { ...filledIn(newDraft('plan', province)), subject: 'Tổ chức Tháng Công nhân năm 2026', signerName: 'Hoàng Thọ Trung', recipientUnits: ['CD-TP', 'CD-DK', 'CDN-GD'], reportDeadline: '2026-05-30' };
  return (await issueDraft(db, blobs, province, renderDraftDocx, createDraft(db, draft, null).id, '2026-04-10')).id;
}

function reportFrom(unit: string, issuedOn: string, number: string): string {
  return insertDocument(db, {
    direction: 'incoming', typeId: 'report', numberText: number, number: Number(number), symbol: `BC-${unit}`, issuer: unit, parentIssuer: null, place: null,
    issuedOn, subject: 'Kết quả Tháng Công nhân', body: '', addressees: [], distribution: [], signerName: null, signerTitle: null, signingAuthority: null,
    urgency: 'normal', secrecy: 'none', reportDeadline: null, citations: [], originUnit: unit,
  });
}

describe('directive tracking', () => {
  it('follows each recipient from sent to delivered, registered, replied on time or late, and overdue', async () => {
    const id = await issueDirective();
    expect(directiveTracking(db, id, '2026-04-11').counts).toMatchObject({ sent: 3 });
    recordReceipt(db, { directiveId: id, unitCode: 'CD-TP', deliveredAt: '2026-04-12T08:00:00Z', arrivalNumber: 45, registeredOn: '2026-04-12' });
    recordReceipt(db, { directiveId: id, unitCode: 'CD-DK', deliveredAt: '2026-04-13T08:00:00Z', arrivalNumber: null, registeredOn: null });
    const early = directiveTracking(db, id, '2026-04-14');
    expect(Object.fromEntries(early.recipients.map((r) => [r.unitCode, r.state]))).toEqual({ 'CD-TP': 'registered', 'CD-DK': 'delivered', 'CDN-GD': 'sent' });

    recordReply(db, reportFrom('CD-TP', '2026-05-20', '12'), id);
    recordReply(db, reportFrom('CD-DK', '2026-06-02', '7'), id);
    const later = directiveTracking(db, id, '2026-06-05');
    expect(Object.fromEntries(later.recipients.map((r) => [r.unitCode, r.state]))).toEqual({ 'CD-TP': 'replied', 'CD-DK': 'repliedLate', 'CDN-GD': 'overdue' });
    expect(later.counts).toMatchObject({ replied: 1, repliedLate: 1, overdue: 1 });

    const overview = trackingOverview(db, '2026-01-01', '2026-12-31', '2026-06-05');
    expect(overview.directives).toBe(1);
    expect(overview.units[0]).toMatchObject({ unitCode: 'CDN-GD', overdue: 1 });

    const reminder = reminderDraft(db, province, id, ['CDN-GD']);
    expect(reminder.addressees).toEqual(['Công đoàn ngành Giáo dục']);
    expect(reminder.recipientUnits).toEqual(['CDN-GD']);
    expect(reminder.subject).toContain('đôn đốc báo cáo theo Kế hoạch số 01/KH-LĐLĐ ngày 10/04/2026');
  });

  it('takes a report due on a day off as on time the next working day, as the receiving office counts it', async () => {
    // Due Saturday 30 May 2026: the offices' deadline is Monday 1 June.
    const id = await issueDirective();
    expect(directiveTracking(db, id, '2026-06-01').counts).toMatchObject({ overdue: 0, sent: 3 });
    recordReply(db, reportFrom('CD-TP', '2026-06-01', '12'), id);
    const tuesday = directiveTracking(db, id, '2026-06-02');
    expect(Object.fromEntries(tuesday.recipients.map((r) => [r.unitCode, r.state]))).toEqual({ 'CD-TP': 'replied', 'CD-DK': 'overdue', 'CDN-GD': 'overdue' });
  });

  it('keeps a receipt idempotent: the first delivery time stays', async () => {
    const id = await issueDirective();
    recordReceipt(db, { directiveId: id, unitCode: 'CD-TP', deliveredAt: '2026-04-12T08:00:00Z', arrivalNumber: 45, registeredOn: '2026-04-12' });
    recordReceipt(db, { directiveId: id, unitCode: 'CD-TP', deliveredAt: '2026-04-20T08:00:00Z', arrivalNumber: null, registeredOn: null });
    expect(directiveTracking(db, id, '2026-04-21').recipients.find((r) => r.unitCode === 'CD-TP')).toMatchObject({
      deliveredAt: '2026-04-12T08:00:00Z',
      arrivalNumber: 45,
    });
  });

  it('no longer counts a directive replaced by a newer one ("Soạn văn bản thay thế") as in force', async () => {
    const old = await issueDirective();
    const draft = { ...filledIn(newDraft('plan', province)), subject: 'Tổ chức Tháng Công nhân năm 2026 (thay thế)', signerName: 'Hoàng Thọ Trung', recipientUnits: ['CD-TP'], reportDeadline: '2026-05-30' };
    const replacement = (await issueDraft(db, blobs, province, renderDraftDocx, createDraft(db, draft, null, new Date(), old).id, '2026-04-15')).id;
    expect(issuedDirectives(db, '2026-01-01', '2026-12-31', '2026-06-02').map((d) => d.id)).toEqual([replacement]);
    expect(trackingOverview(db, '2026-01-01', '2026-12-31', '2026-06-02')).toMatchObject({ directives: 1, units: [expect.objectContaining({ unitCode: 'CD-TP', overdue: 1 })] });
  });
});
