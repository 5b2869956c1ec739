import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writeFileAtomicSync } from '../../../main/fsutil/atomicWrite';
import { exportsFolderChooser } from '../../../main/savePath';
import { stateHash } from '../../../main/db/stateHash';
import { declaredDestinations } from '../../../main/sync/addressed';
import { exportBundle } from '../../../main/sync/exportBundle';
import { createSyncService } from '../../../main/sync/service';
import { createTempDirs } from '../../helpers/tempDir';
import { issueDirective, setUpNetwork } from './offices';

const temp = createTempDirs('vanthu-folder-');
afterEach(() => temp.cleanup());

describe('importing from a shared folder', () => {
  it('takes the bundles whose manifest names this unit, renamed or not, and leaves the others', async () => {
    const { province, offices } = setUpNetwork(temp.make(), ['CD-A', 'CD-B']);
    const [a, b] = offices as [(typeof offices)[0], (typeof offices)[0]];
    await issueDirective(province, ['CD-A', 'CD-B'], 'Hướng dẫn đại hội công đoàn cơ sở', '2026-04-02');
    const out = temp.make();
    const forA = (await exportBundle(province.db, province.blobs, 'CD-A', out))[0]!.path;
    const forB = (await exportBundle(province.db, province.blobs, 'CD-B', out))[0]!.path;
    expect(await declaredDestinations(forA)).toEqual(['CD-A']);

    const shared = temp.make();
    copyFileSync(forA, join(shared, 'goi tu tinh (ban sao).ctb'));
    copyFileSync(forB, join(shared, 'cho-cong-doan-B.ctb'));
    // A damaged copy whose name says it is for CD-A is tried, so the clerk sees why it was refused.
    const damaged = readFileSync(forA).subarray(0, 300);
    writeFileSync(join(shared, `CTB_LDLD-LC_to_CD-A_hong.ctb`), damaged);
    writeFileSync(join(shared, 'rac.ctb'), damaged);
    mkdirSync(join(shared, 'thu-muc.ctb'));

    const service = createSyncService({ db: a.db, blobs: a.blobs, dataDir: a.dir, chooseSavePath: exportsFolderChooser(a.dir), writeFile: writeFileAtomicSync });
    const results = await service.importFolder(shared);
    // Every bundle file gets its line; a file that is no bundle at all is refused, not skipped without a word.
    expect(results.map((r) => [r.fileName, r.status])).toEqual([
      ['CTB_LDLD-LC_to_CD-A_hong.ctb', 'rejected'],
      ['cho-cong-doan-B.ctb', 'skipped'],
      ['goi tu tinh (ban sao).ctb', 'applied'],
      ['rac.ctb', 'rejected'],
    ]);
    expect(results[1]!.message).toBe('Gói gửi cho CD-B, không phải đơn vị này; để nguyên trong thư mục.');
    const after = stateHash(a.db, { skipTables: ['imported_bundles', 'sync_alerts'] });
    expect((await service.importFolder(shared)).map((r) => r.status)).toEqual(['rejected', 'skipped', 'duplicate', 'rejected']);
    expect(stateHash(a.db, { skipTables: ['imported_bundles', 'sync_alerts'] })).toBe(after);
    expect(b.db.prepare('SELECT COUNT(*) FROM imported_bundles').pluck().get()).toBe(0);
    for (const o of [province, a, b]) o.db.close();
  });
});
