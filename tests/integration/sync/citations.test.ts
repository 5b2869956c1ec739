import { afterEach, describe, expect, it } from 'vitest';
import { documentDetail } from '../../../main/archive/documentDetail';
import { getDocument } from '../../../main/archive/documentsRepo';
import { deadlineRule } from '../../../main/followup/applyDeadline';
import { applyPublish, type PublishBody } from '../../../main/sync/apply';
import { localOps } from '../../../main/sync/oplog';
import { createTempDirs } from '../../helpers/tempDir';
import { issueDirective, setUpNetwork, type Office } from './offices';

const temp = createTempDirs('vanthu-sync-');
afterEach(() => temp.cleanup());

/** The publish op of a directive as a sender writes it; `citations` and the flag as given. */
function publishBody(province: Office, id: string, extra: Pick<PublishBody, 'citations' | 'citationsRead'>): PublishBody {
  const { isSample: _s, createdAt: _c, updatedAt: _u, direction: _d, ...document } = getDocument(province.db, id);
  return { document, attachments: [], replyToId: null, ...extra };
}

function apply(office: Office, body: PublishBody): void {
  const ctx = { senderUnit: 'LDLD-LC', senderLabel: 'LĐLĐ tỉnh (LDLD-LC)', myUnit: office.unitCode, now: new Date('2026-04-11T08:00:00Z'), localOps: localOps(office.db), deadlineRule: deadlineRule(office.db) };
  office.db.transaction(() => applyPublish(office.db, body, ctx))();
}

describe('citations of a received document', () => {
  it('are the ones the sender read at issue, even none: the text is not read again', async () => {
    const { province, offices } = setUpNetwork(temp.make(), ['CD-TP']);
    const id = await issueDirective(province, ['CD-TP'], 'Tuyên truyền Nghị quyết', '2026-04-10');
    const body = publishBody(province, id, { citations: [], citationsRead: true });
    body.document = { ...body.document, body: `${body.document.body}\nThực hiện Nghị quyết số 02-NQ/TW ngày 12/6/2021 của Bộ Chính trị.` };
    apply(offices[0]!, body);
    expect(documentDetail(offices[0]!.db, offices[0]!.blobs, id).citations).toEqual([]);
  });

  it('are read from the text when a sender of an earlier version sent none', async () => {
    const { province, offices } = setUpNetwork(temp.make(), ['CD-TP']);
    const id = await issueDirective(province, ['CD-TP'], 'Tuyên truyền Nghị quyết', '2026-04-10');
    const body = publishBody(province, id, { citations: [] });
    body.document = { ...body.document, body: `${body.document.body}\nThực hiện Nghị quyết số 02-NQ/TW ngày 12/6/2021 của Bộ Chính trị.` };
    apply(offices[0]!, body);
    expect(documentDetail(offices[0]!.db, offices[0]!.blobs, id).citations.map((c) => c.numberSymbol)).toEqual(['02-NQ/TW']);
  });
});
