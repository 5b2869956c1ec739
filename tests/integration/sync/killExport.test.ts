import { cpSync, mkdirSync, readdirSync } from 'node:fs';
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

const JOURNAL = { skipTables: ['imported_bundles', 'sync_alerts'] };
const NOW = new Date('2026-06-01T03:00:00Z');
const KILLS = Number(process.env.VANTHU_T3_KILLS ?? 40);
const temp = createTempDirs('vanthu-kill-export-');
afterAll(() => temp.cleanup());


describe('T3 the exporting process killed at random points', () => {
  it(`after ${KILLS} kills, whatever is left on the stick is refused or whole, and the next export is whole`, async () => {
    const base = temp.make();
    const net = setUpNetwork(base, ['CD-X']);
    for (let i = 1; i <= 12; i++) await issueDirective(net.province, ['CD-X'], `Văn bản ${i}`, `2026-05-${String(i).padStart(2, '0')}`, new Uint8Array(400_000).fill(i));
    const province = net.province;
    const office = net.offices[0]!;
    for (const o of [province, office]) {
      o.db.pragma('wal_checkpoint(TRUNCATE)');
      o.db.close();
    }

    // The office as it is after a clean export and import: what every surviving bundle must lead to.
    const cleanProvince = join(base, 'clean-province');
    cpSync(province.dir, cleanProvince, { recursive: true });
    const pdb = openDatabase(join(cleanProvince, 'office.sqlite'));
    const cleanUsb = join(base, 'clean-usb');
    mkdirSync(cleanUsb);
    const start = performance.now();
    const clean = (await exportBundle(pdb, createBlobStore(cleanProvince), 'CD-X', cleanUsb))[0]!.path;
    const exportMs = performance.now() - start;
    pdb.close();
    const imported = async (bundle: string) => {
      const dir = temp.make();
      cpSync(office.dir, dir, { recursive: true });
      const db = openDatabase(join(dir, 'office.sqlite'));
      const before = stateHash(db, JOURNAL);
      const result = await importBundle(db, createBlobStore(dir), dir, bundle, NOW);
      const after = stateHash(db, JOURNAL);
      db.close();
      return { status: result.status, changed: after !== before, after };
    };
    const golden = await imported(clean);
    expect(golden).toMatchObject({ status: 'applied', changed: true });

    let finished = 0;
    const left = { whole: 0, refused: 0 };
    const runs = Array.from({ length: KILLS }, (_, i) => i);
    const worker = async () => {
      for (let i = runs.shift(); i !== undefined; i = runs.shift()) {
        const dir = join(base, `p${i}`);
        cpSync(province.dir, dir, { recursive: true });
        const usb = join(base, `usb${i}`);
        mkdirSync(usb);
        // Uniform over the export's duration, with a margin for the child's start and after the read-back.
        const at = Math.random() * (exportMs * 3 + 300);
        if (await runAndKill('exportChild.ts', [dir, 'CD-X', usb], at)) finished++;
        // Whatever the stick holds (a .part, a finished bundle, or nothing) is either refused without a change or
        // imports to exactly the state of a clean export.
        for (const name of readdirSync(usb)) {
          const outcome = await imported(join(usb, name));
          if (outcome.status === 'rejected') {
            expect(outcome.changed, `${name} after a kill at ${at.toFixed(0)} ms`).toBe(false);
            left.refused++;
          } else {
            expect(outcome, `${name} after a kill at ${at.toFixed(0)} ms`).toMatchObject({ status: 'applied', after: golden.after });
            left.whole++;
          }
        }
        // Started again, the province's archive is sound and its next export is whole.
        const db = openDatabase(join(dir, 'office.sqlite'));
        expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
        const again = join(base, `again${i}`);
        mkdirSync(again);
        const next = (await exportBundle(db, createBlobStore(dir), 'CD-X', again))[0]!.path;
        db.close();
        expect(await imported(next)).toMatchObject({ status: 'applied', after: golden.after });
      }
    };
    await Promise.all([worker(), worker(), worker()]);
    // Kills landed before the first byte, while writing, and after the bundle was finished.
    expect(finished).toBeLessThan(KILLS);
    expect(left.refused + left.whole).toBeGreaterThan(0);
  }, 600_000);
});
