import { afterEach, describe, expect, it } from 'vitest';
import { SYNC_MESSAGES } from '../../../shared/sync/reasons';
import { stateHash } from '../../../main/db/stateHash';
import { writeFileAtomicSync } from '../../../main/fsutil/atomicWrite';
import { exportsFolderChooser } from '../../../main/savePath';
import { exportBundle } from '../../../main/sync/exportBundle';
import { importBundle } from '../../../main/sync/importBundle';
import { createSyncService } from '../../../main/sync/service';
import { createTempDirs } from '../../helpers/tempDir';
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
