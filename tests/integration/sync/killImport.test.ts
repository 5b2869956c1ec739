import { cpSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createBlobStore } from '../../../main/archive/blobStore';
import { openDatabase } from '../../../main/db/open';
import { stateHash } from '../../../main/db/stateHash';
import { exportBundle } from '../../../main/sync/exportBundle';
import { importBundle } from '../../../main/sync/importBundle';
import { createTempDirs } from '../../helpers/tempDir';
import { runAndKill } from './killChild';
import { issueDirective, setUpNetwork } from './offices';

const NOW = new Date('2026-06-01T03:00:00Z');
const JOURNAL = ['imported_bundles', 'sync_alerts'];
const KILLS = Number(process.env.VANTHU_T2_KILLS ?? 100);
const temp = createTempDirs('vanthu-kill-');
afterAll(() => temp.cleanup());


describe('T2 the importing process killed at random points', () => {
  it(`after ${KILLS} kills and a re-import, the archive equals a clean import and passes integrity_check`, async () => {
    const base = temp.make();
    const net = setUpNetwork(base, ['CD-K']);
    for (let i = 1; i <= 12; i++) await issueDirective(net.province, ['CD-K'], `Văn bản ${i}`, `2026-05-${String(i).padStart(2, '0')}`, new Uint8Array(40_000).fill(i));
    const usb = join(base, 'usb');
    mkdirSync(usb);
    const bundle = (await exportBundle(net.province.db, net.province.blobs, 'CD-K', usb))[0]!.path;
    const office = net.offices[0]!;
    office.db.pragma('wal_checkpoint(TRUNCATE)');
    office.db.close();
    const pristine = office.dir;

    const golden = join(base, 'golden');
    cpSync(pristine, golden, { recursive: true });
    const gdb = openDatabase(join(golden, 'office.sqlite'));
    const start = performance.now();
    await importBundle(gdb, createBlobStore(golden), golden, bundle, NOW);
    const importMs = performance.now() - start;
    const goldenHash = stateHash(gdb, { skipTables: JOURNAL });
    gdb.close();

    let finishedBeforeKill = 0;
    const runs = Array.from({ length: KILLS }, (_, i) => i);
    const worker = async () => {
      for (let i = runs.shift(); i !== undefined; i = runs.shift()) {
        const dir = join(base, `k${i}`);
        cpSync(pristine, dir, { recursive: true });
        // Uniform over the import's duration, plus a margin either side (before it starts, after it commits).
        const at = Math.random() * (importMs * 3 + 20);
        if (await runAndKill('importChild.ts', [dir, bundle], at)) finishedBeforeKill++;
        const db = openDatabase(join(dir, 'office.sqlite'));
        expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
        const result = await importBundle(db, createBlobStore(dir), dir, bundle, NOW);
        expect(['applied', 'duplicate']).toContain(result.status);
        expect(stateHash(db, { skipTables: JOURNAL }), `kill #${i} at ${at.toFixed(0)} ms`).toBe(goldenHash);
        const dupes = db.prepare('SELECT origin, seq, COUNT(*) AS n FROM oplog GROUP BY origin, seq HAVING n > 1').all();
        expect(dupes).toEqual([]);
        db.close();
      }
    };
    await Promise.all([worker(), worker(), worker()]);
    // Some kills land after the commit, most before or during it: both kinds are covered.
    expect(finishedBeforeKill).toBeLessThan(KILLS);
  }, 600_000);
});
