import { rmSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { checkIntegrity } from '../../../main/backup/integrity';
import { attachmentActions } from '../../../main/archive/attachments';
import { documentDetail } from '../../../main/archive/documentDetail';
import { exportsFolderChooser } from '../../../main/savePath';
import { writeFileAtomicSync } from '../../../main/fsutil/atomicWrite';
import { exportBundle } from '../../../main/sync/exportBundle';
import { importBundle } from '../../../main/sync/importBundle';
import { createTempDirs } from '../../helpers/tempDir';
import { issueDirective, setUpNetwork, type Office } from './offices';

const temp = createTempDirs('vanthu-awaited-');
afterEach(() => temp.cleanup());

const ANNEX = new TextEncoder().encode('Biểu mẫu báo cáo kết quả Tháng Công nhân');
const send = async (from: Office, to: Office) => importBundle(to.db, to.blobs, to.dir, (await exportBundle(from.db, from.blobs, to.unitCode, temp.make()))[0]!.path);
const files = (o: Office, documentId: string) => documentDetail(o.db, o.blobs, documentId).attachments.map((a) => [a.originalName, a.missing]);

describe('a document whose file is not in the bundle (sync.md 5.4)', () => {
  it('is taken with its file shown missing, and the file fills in from a later bundle of the sender', async () => {
    const { province, offices } = setUpNetwork(temp.make(), ['CD-A']);
    const a = offices[0]!;
    const first = await issueDirective(province, ['CD-A'], 'Kế hoạch tổ chức Tháng Công nhân', '2026-04-01', ANNEX);
    // The province's copy of the annex is gone (a disk fault), so its bundle cannot carry it.
    const annexSha = province.blobs.put(ANNEX).sha256;
    rmSync(province.blobs.pathOf(annexSha));
    const second = await issueDirective(province, ['CD-A'], 'Thông báo lịch họp', '2026-04-02');

    const taken = await send(province, a);
    expect(taken).toMatchObject({ status: 'applied', reason: null, documentsAdded: 2 });
    expect(taken.message).toBe('Đã nhập 2 văn bản mới. 1 tệp đính kèm chưa có trong gói (thiếu tệp đính kèm): văn bản vẫn được nhập, tệp sẽ có khi nhập gói tiếp theo từ nơi gửi.');
    expect(files(a, first)).toEqual([
      [expect.stringMatching(/\.docx$/), false],
      ['Biểu mẫu báo cáo.docx', 'awaited'],
    ]);
    expect(files(a, second)).toEqual([[expect.stringMatching(/\.docx$/), false]]);
    const opener = attachmentActions({ db: a.db, blobs: a.blobs, chooseSavePath: exportsFolderChooser(a.dir), writeFile: writeFileAtomicSync });
    const annexId = documentDetail(a.db, a.blobs, first).attachments.find((f) => f.missing)!.id;
    await expect(opener.open(annexId)).rejects.toMatchObject({ code: 'ATTACHMENT_MISSING' });
    // The check at start does not take a file still on its way for a loss to restore from a backup; the province's
    // own copy, which is gone, still is one.
    expect(await checkIntegrity(a.dir)).toMatchObject({ ok: true, missingBlobs: [] });
    expect(await checkIntegrity(province.dir)).toMatchObject({ ok: false, missingBlobs: [annexSha] });

    // The office's acknowledgement stops before the op that lacks its file, so the province sends it again...
    expect(await send(a, province)).toMatchObject({ status: 'applied' });
    province.blobs.put(ANNEX);
    const again = await exportBundle(province.db, province.blobs, 'CD-A', temp.make());
    expect(again[0]).toMatchObject({ ops: 2, blobs: 3 });
    // ...and with it the file: nothing is added twice, the attachment the office already had now opens.
    const filled = await importBundle(a.db, a.blobs, a.dir, again[0]!.path);
    expect(filled).toMatchObject({ status: 'applied', documentsAdded: 0, message: 'Đã nhập; gói không có văn bản mới. Đã nhận 1 tệp đính kèm mà kho còn thiếu.' });
    expect(files(a, first).map(([, missing]) => missing)).toEqual([false, false]);
    expect(await opener.open(annexId)).toMatchObject({ opened: false, contentBase64: Buffer.from(ANNEX).toString('base64') });
    expect(a.db.prepare("SELECT COUNT(*) FROM documents WHERE is_sample = 0").pluck().get()).toBe(2);

    // Once the file is here, the acknowledgement goes the whole way and the province stops sending the ops.
    await send(a, province);
    expect((await exportBundle(province.db, province.blobs, 'CD-A', temp.make()))[0]).toMatchObject({ ops: 0, blobs: 0 });
    for (const o of [province, a]) o.db.close();
  });
});
