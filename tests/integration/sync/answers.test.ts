import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { newDraft, type TemplateTypeId } from '../../../shared/drafting/templates';
import { createDraft } from '../../../main/drafting/draftsRepo';
import { renderDraftDocx } from '../../../main/drafting/docx/renderDraftDocx';
import { issueDraft } from '../../../main/drafting/issue';
import { todoList } from '../../../main/followup/queries';
import { dueReminder } from '../../../main/followup/reminders';
import { exportBundle } from '../../../main/sync/exportBundle';
import { importBundle } from '../../../main/sync/importBundle';
import { directiveTracking } from '../../../main/tracking/tracking';
import { filledIn } from '../../helpers/drafts';
import { createTempDirs } from '../../helpers/tempDir';
import { issueDirective, replyTo, setUpNetwork, type Office } from './offices';

const temp = createTempDirs('vanthu-sync-');
afterEach(() => temp.cleanup());

async function send(from: Office, to: Office, usb: string): Promise<void> {
  const [bundle] = await exportBundle(from.db, from.blobs, to.unitCode, usb);
  expect(await importBundle(to.db, to.blobs, to.dir, bundle!.path)).toMatchObject({ status: 'applied' });
}

const entryOf = (office: Office, id: string) =>
  office.db.prepare('SELECT status, handling_deadline, deadline_source FROM incoming WHERE document_id = ?').get(id);

/** Every document in Việc cần làm on `today`, whatever its group. */
function todoIds(office: Office, today: string): string[] {
  const list = todoList(office.db, today);
  return [...list.overdue, ...list.thisWeek, ...list.later].map((d) => d.id);
}

/** A document the office sends up to the province of its own accord, answering nothing. */
async function sendUp(office: Office, typeId: TemplateTypeId, subject: string): Promise<string> {
  const draft = { ...filledIn(newDraft(typeId, office.profile)), subject, signerName: 'Lò Văn Minh', recipientUnits: ['LDLD-LC'] };
  return (await issueDraft(office.db, office.blobs, office.profile, renderDraftDocx, createDraft(office.db, draft, null).id, '2026-05-12')).id;
}

function network() {
  const root = temp.make();
  const { province, offices } = setUpNetwork(root, ['CD-TP']);
  const usb = join(root, 'usb');
  mkdirSync(usb);
  return { province, office: offices[0]!, usb };
}

describe('a document that answers the province', () => {
  it('is no task at the province, while the directive it answers shows the office as replied and the office keeps its deadline', async () => {
    const { province, office, usb } = network();
    const directiveId = await issueDirective(province, ['CD-TP'], 'Tổ chức Tháng Công nhân năm 2026', '2026-04-10');
    await send(province, office, usb);
    // At the office the directive is a task due on its own deadline.
    expect(entryOf(office, directiveId)).toEqual({ status: 'pending', handling_deadline: '2026-06-30', deadline_source: 'document' });
    expect(todoIds(office, '2026-07-01')).toEqual([directiveId]);

    const replyId = await replyTo(office, directiveId, '2026-05-20');
    await send(office, province, usb);
    expect(entryOf(province, replyId)).toEqual({ status: 'noAction', handling_deadline: null, deadline_source: 'none' });
    expect(todoIds(province, '2027-06-01')).toEqual([]);
    expect(dueReminder(province.db, '2027-06-01')).toMatchObject({ count: 0, overdue: 0 });
    expect(directiveTracking(province.db, directiveId, '2026-05-21').recipients).toEqual([
      expect.objectContaining({ unitCode: 'CD-TP', state: 'replied', reply: expect.objectContaining({ id: replyId }) }),
    ]);
  });

  it('is no task when it is a báo cáo sent up unasked, but a tờ trình sent up is one, due by the rule', async () => {
    const { province, office, usb } = network();
    const reportId = await sendUp(office, 'report', 'Kết quả hoạt động quý II năm 2026');
    const submissionId = await sendUp(office, 'submission', 'Đề nghị khen thưởng năm 2026');
    await send(office, province, usb);
    expect(entryOf(province, reportId)).toEqual({ status: 'noAction', handling_deadline: null, deadline_source: 'none' });
    expect(entryOf(province, submissionId)).toMatchObject({ status: 'pending', deadline_source: 'default', handling_deadline: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
    expect(todoIds(province, '2027-06-01')).toEqual([submissionId]);
  });
});
