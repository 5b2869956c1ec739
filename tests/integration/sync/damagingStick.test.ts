import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { stateHash } from '../../../main/db/stateHash';
import { exportBundle } from '../../../main/sync/exportBundle';
import { importBundle } from '../../../main/sync/importBundle';
import { type SyncError, SYNC_MESSAGES } from '../../../shared/sync/reasons';
import { createTempDirs } from '../../helpers/tempDir';
import { issueDirective, setUpNetwork } from './offices';

const temp = createTempDirs('vanthu-stick-');
const HELPER = resolve(import.meta.dirname, '..', '..', 'helpers', 'corruptingStick.py');
const PYTHON = '/usr/bin/python3';
const sticks: { dir: string; daemon: ChildProcess }[] = [];
afterAll(() => {
  for (const { dir, daemon } of sticks) {
    execFileSync('umount', ['-l', dir]);
    daemon.kill();
  }
  temp.cleanup();
});

const isMounted = (dir: string) => readFileSync('/proc/mounts', 'utf8').split('\n').some((line) => line.split(' ')[1] === dir);

/**
 * A real file system that damages one byte when told to (tests/helpers/corruptingStick.py, on FUSE), as a failing
 * USB stick; null where FUSE cannot be mounted (not Linux, not root, no /dev/fuse, or no python3-fusepy).
 */
async function damagingStick(): Promise<{ dir: string; damage: (mode: 'read' | 'write' | 'none', offset?: number) => void } | null> {
  if (process.platform !== 'linux' || process.getuid?.() !== 0 || !existsSync('/dev/fuse') || !existsSync(PYTHON)) return null;
  const backing = temp.make();
  const dir = temp.make();
  const daemon = spawn(PYTHON, [HELPER, backing, dir], { stdio: 'ignore' });
  for (let i = 0; i < 50 && !isMounted(dir) && daemon.exitCode === null; i++) await new Promise((r) => setTimeout(r, 100));
  if (!isMounted(dir)) {
    daemon.kill();
    return null;
  }
  sticks.push({ dir, daemon });
  return {
    dir,
    damage: (mode, offset = 0) => writeFileSync(join(backing, '.damage'), mode === 'none' ? '' : `${mode} ${offset}`),
  };
}

const probe = await damagingStick();

// T3's last check: the exporter's read-back must catch a stick that returns or stores wrong bytes, before the
// clerk is told the stick may be removed. It needs a real damaging file system, made here with FUSE as root.
describe.skipIf(!probe)('T3 read-back on a stick that damages data', () => {
  it('flags every damaged bundle, one byte anywhere in it, takes it off the stick, and records nothing as sent', async () => {
    const stick = probe!;
    const { province, offices } = setUpNetwork(temp.make(), ['CD-S']);
    for (let i = 1; i <= 3; i++) await issueDirective(province, ['CD-S'], `Văn bản ${i}`, `2026-05-0${i}`, new Uint8Array(40_000).fill(i));

    stick.damage('none');
    const sound = (await exportBundle(province.db, province.blobs, 'CD-S', stick.dir))[0]!;
    const size = statSync(sound.path).size;
    const before = stateHash(province.db);
    // The first bytes (the zip's local header), the signed manifest, the ops, an attached file, the central
    // directory near the end.
    const offsets = [0, 40, 300, Math.floor(size / 3), Math.floor(size / 2), Math.floor((size * 3) / 4), size - 400, size - 60];
    let flagged = 0;
    for (const mode of ['read', 'write'] as const) {
      for (const offset of offsets) {
        stick.damage(mode, offset);
        const failure = (await exportBundle(province.db, province.blobs, 'CD-S', stick.dir).catch((e: unknown) => e)) as SyncError;
        expect([failure.code, failure.message]).toEqual(['WRITE_VERIFY_FAILED', SYNC_MESSAGES.WRITE_VERIFY_FAILED]);
        flagged++;
        // Only the sound bundle is left on the stick, and no export is recorded as written.
        expect(readdirSync(stick.dir)).toEqual([sound.fileName]);
        expect(stateHash(province.db)).toBe(before);
      }
    }
    expect(flagged).toBe(offsets.length * 2);

    // What stayed on the stick is whole: the office takes all three directives with their files.
    stick.damage('none');
    const office = offices[0]!;
    const imported = await importBundle(office.db, office.blobs, office.dir, sound.path);
    expect(imported).toMatchObject({ status: 'applied', documentsAdded: 3 });
    rmSync(sound.path);
    province.db.close();
    office.db.close();
  });
});
