import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writeFileAtomicSync } from '../../../main/fsutil/atomicWrite';
import { exportsFolderChooser } from '../../../main/savePath';
import { exportBundle } from '../../../main/sync/exportBundle';
import { createSyncService } from '../../../main/sync/service';
import { createTempDirs } from '../../helpers/tempDir';
import { issueDirective, setUpNetwork } from './offices';

const temp = createTempDirs('vanthu-worker-');
afterEach(() => temp.cleanup());

describe('import in a worker thread', () => {
  it('verifies and applies a bundle on its own connection while this thread stays free', async () => {
    const root = temp.make();
    const { province, offices } = setUpNetwork(root, ['CD-W']);
    const office = offices[0]!;
    for (let i = 1; i <= 20; i++) await issueDirective(province, ['CD-W'], `Văn bản ${i}`, `2026-03-${String(i).padStart(2, '0')}`);
    const usb = join(root, 'usb');
    mkdirSync(usb);
    await exportBundle(province.db, province.blobs, 'CD-W', usb);
    const sync = createSyncService({ db: office.db, blobs: office.blobs, dataDir: office.dir, chooseSavePath: exportsFolderChooser(office.dir), writeFile: writeFileAtomicSync, inWorker: true });
    let ticks = 0;
    const timer = setInterval(() => ticks++, 5);
    const results = await sync.importFolder(usb);
    clearInterval(timer);
    expect(results).toEqual([expect.objectContaining({ status: 'applied', documentsAdded: 20 })]);
    // The connection of this thread sees what the worker committed.
    expect(office.db.prepare("SELECT COUNT(*) AS n FROM documents WHERE origin_unit = 'LDLD-LC'").get()).toEqual({ n: 20 });
    expect(ticks).toBeGreaterThan(0);
  });
});
