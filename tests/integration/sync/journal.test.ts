import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { SYNC_MESSAGES } from '../../../shared/sync/reasons';
import { stateHash } from '../../../main/db/stateHash';
import { writeFileAtomicSync } from '../../../main/fsutil/atomicWrite';
import { exportsFolderChooser } from '../../../main/savePath';
import { exportBundle } from '../../../main/sync/exportBundle';
import { importBundle } from '../../../main/sync/importBundle';
import { createSyncService } from '../../../main/sync/service';
import { createTempDirs } from '../../helpers/tempDir';
import { unzipAll, zipEntries } from './craft';
import { issueDirective, setUpNetwork, type Office } from './offices';

const temp = createTempDirs('vanthu-journal-');
afterEach(() => temp.cleanup());

const serviceOf = (o: Office) => createSyncService({ db: o.db, blobs: o.blobs, dataDir: o.dir, chooseSavePath: exportsFolderChooser(o.dir), writeFile: writeFileAtomicSync });
const JOURNAL = { skipTables: ['imported_bundles', 'sync_alerts'] };
const YEAR = 365 * 86_400_000;

describe('the import journal', () => {
  it('keeps a line for a bundle imported again, changing nothing else', async () => {
    const { province, offices } = setUpNetwork(temp.make(), ['CD-A']);
    const a = offices[0]!;
    await issueDirective(province, ['CD-A'], 'Kế hoạch tổ chức Tháng Công nhân', '2026-04-01');
    const bundle = (await exportBundle(province.db, province.blobs, 'CD-A', temp.make()))[0]!.path;
    const first = new Date();
    expect(await importBundle(a.db, a.blobs, a.dir, bundle, first, 'USB thứ nhất.ctb')).toMatchObject({ status: 'applied', documentsAdded: 1 });
    const after = stateHash(a.db, JOURNAL);

    const again = await importBundle(a.db, a.blobs, a.dir, bundle, new Date(first.getTime() + 60_000), 'USB thứ hai.ctb');
    expect(again).toMatchObject({ status: 'duplicate', message: SYNC_MESSAGES.DUPLICATE_BUNDLE });
    // Found by the file's hash before anything is verified: a PC clock gone wrong since does not matter.
    expect(await importBundle(a.db, a.blobs, a.dir, bundle, new Date(first.getTime() + 10 * YEAR), 'USB thứ hai.ctb')).toMatchObject({ status: 'duplicate' });
    expect(stateHash(a.db, JOURNAL)).toBe(after);

    const sync = serviceOf(a);
    const journal = sync.journal();
    expect(journal.map((j) => [j.fileName, j.status, j.sender, j.message])).toEqual([
      ['USB thứ hai.ctb', 'duplicate', 'LĐLĐ tỉnh Lai Châu (LDLD-LC)', SYNC_MESSAGES.DUPLICATE_BUNDLE],
      ['USB thứ hai.ctb', 'duplicate', 'LĐLĐ tỉnh Lai Châu (LDLD-LC)', SYNC_MESSAGES.DUPLICATE_BUNDLE],
      ['USB thứ nhất.ctb', 'applied', 'LĐLĐ tỉnh Lai Châu (LDLD-LC)', 'Đã nhập 1 văn bản mới.'],
    ]);
    expect(new Set(journal.map((j) => j.id)).size).toBe(3);
    expect(new Set(journal.map((j) => j.sha256)).size).toBe(1);
    // The applied line alone is keyed by the hash, as the duplicate check reads it.
    expect(a.db.prepare('SELECT status FROM imported_bundles WHERE sha256 = ?').pluck().all(again.sha256)).toEqual(['applied']);
    // Trying the stick again is not receiving anything: the last bundle received from the province stays the first.
    expect(sync.status().peers.find((p) => p.unitCode === 'LDLD-LC')).toMatchObject({ lastImport: { at: first.toISOString(), status: 'applied' }, rejected: 0 });
    for (const o of [province, a]) o.db.close();
  });
});

describe('a refused bundle', () => {
  it('is counted against the sending office when its signature proves who sent it, and against nobody otherwise', async () => {
    const { province, offices } = setUpNetwork(temp.make(), ['CD-A', 'CD-B']);
    const a = offices[0]!;
    const usb = temp.make();
    await issueDirective(province, ['CD-A', 'CD-B'], 'Kế hoạch tổ chức Tháng Công nhân', '2026-04-01');
    expect((await importBundle(a.db, a.blobs, a.dir, (await exportBundle(province.db, province.blobs, 'CD-A', usb))[0]!.path)).status).toBe('applied');
    await issueDirective(province, ['CD-A', 'CD-B'], 'Thông báo lịch họp', '2026-04-02');
    const next = (await exportBundle(province.db, province.blobs, 'CD-A', usb))[0]!.path;
    const forB = (await exportBundle(province.db, province.blobs, 'CD-B', usb))[0]!.path;
    // The province's genuine certificate in a bundle whose manifest was changed after signing: a claim, not proof.
    const entries = await unzipAll(next);
    entries.set('manifest.json', Buffer.from(entries.get('manifest.json')!.toString('utf8').replace('"created_at":"', '"created_at":"1')));
    const forged = join(usb, 'gia-mao.ctb');
    writeFileSync(forged, await zipEntries(entries));
    const unreadable = join(usb, 'hong.ctb');
    writeFileSync(unreadable, 'không phải gói trao đổi');

    const refused = [
      await importBundle(a.db, a.blobs, a.dir, next, new Date(Date.now() + 5 * YEAR), 'dong-ho-sai.ctb'),
      await importBundle(a.db, a.blobs, a.dir, forB, new Date(), 'cua-don-vi-khac.ctb'),
      await importBundle(a.db, a.blobs, a.dir, forged, new Date(), 'gia-mao.ctb'),
      await importBundle(a.db, a.blobs, a.dir, unreadable, new Date(), 'hong.ctb'),
    ];
    expect(refused.map((r) => [r.reason, r.senderUnit])).toEqual([
      ['CERT_EXPIRED', 'LDLD-LC'],
      ['NOT_ADDRESSED_HERE', 'LDLD-LC'],
      ['SIGNATURE_INVALID', null],
      ['BUNDLE_UNREADABLE', null],
    ]);
    const sync = serviceOf(a);
    const lines = sync.journal().filter((j) => j.status === 'rejected');
    expect(Object.fromEntries(lines.map((j) => [j.fileName, j.sender]))).toEqual({
      'dong-ho-sai.ctb': 'LĐLĐ tỉnh Lai Châu (LDLD-LC)',
      'cua-don-vi-khac.ctb': 'LĐLĐ tỉnh Lai Châu (LDLD-LC)',
      'gia-mao.ctb': null,
      'hong.ctb': null,
    });
    expect(sync.status().peers.map((p) => [p.unitCode, p.rejected])).toEqual([['LDLD-LC', 2]]);
    for (const o of [province, ...offices]) o.db.close();
  });
});
