import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createBlobStore } from '../../../main/archive/blobStore';
import { openDatabase } from '../../../main/db/open';
import { stateHash } from '../../../main/db/stateHash';
import { exportBundle } from '../../../main/sync/exportBundle';
import { importBundle } from '../../../main/sync/importBundle';
import { SyncError } from '../../../shared/sync/reasons';
import { createTempDirs } from '../../helpers/tempDir';
import { issueDirective, setUpNetwork } from './offices';

const temp = createTempDirs('vanthu-full-');
const mounted: string[] = [];
afterAll(() => {
  // Lazily: a database a failed test left open must not keep the mount (and the temp folder) behind.
  for (const dir of mounted) execFileSync('umount', ['-l', dir]);
  temp.cleanup();
});

/** A small file system of its own (tmpfs), as a nearly full USB stick or disk; null where mounting is not allowed. */
function smallDisk(megabytes: number): string | null {
  const dir = temp.make();
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${megabytes}m`, 'tmpfs', dir], { stdio: 'ignore' });
  } catch {
    return null;
  }
  mounted.push(dir);
  return dir;
}

const canMount = (() => {
  if (process.platform !== 'linux' || process.getuid?.() !== 0) return false;
  const probe = smallDisk(1);
  return probe !== null;
})();
const JOURNAL = { skipTables: ['imported_bundles', 'sync_alerts'] };
const NOW = new Date('2026-06-01T03:00:00Z');
const filesIn = (dir: string) => (existsSync(dir) ? readdirSync(dir, { recursive: true }).map(String) : []);
const codeOf = async (work: Promise<unknown>) => work.then(() => null, (e: unknown) => (e instanceof SyncError ? e.code : String(e)));

// T14 needs a real full file system, made here with tmpfs; that takes root on Linux (as in CI on this machine).
describe.skipIf(!canMount)('T14 a full disk or USB stick', () => {
  async function network() {
    const net = setUpNetwork(temp.make(), ['CD-F']);
    for (let i = 1; i <= 6; i++) await issueDirective(net.province, ['CD-F'], `Văn bản ${i}`, `2026-05-${String(i).padStart(2, '0')}`, new Uint8Array(500_000).fill(i));
    return net;
  }

  it('export: a stick too small is refused before a byte is written, and one that fills up while writing keeps nothing', async () => {
    const { province } = await network();
    const stick = smallDisk(1)!;
    const before = stateHash(province.db);
    expect(await codeOf(exportBundle(province.db, province.blobs, 'CD-F', stick))).toBe('NO_SPACE');
    // As if another program filled the stick after the check: the write itself runs out of room.
    expect(await codeOf(exportBundle(province.db, province.blobs, 'CD-F', stick, { freeSpace: () => 2 ** 40 }))).toBe('NO_SPACE');
    expect(readdirSync(stick)).toEqual([]);
    expect(stateHash(province.db)).toBe(before);
    const roomy = temp.make();
    // Each directive's issued DOCX and its annex.
    expect((await exportBundle(province.db, province.blobs, 'CD-F', roomy))[0]!.blobs).toBe(12);
    province.db.close();
  });

  it('import: a full disk refuses the bundle with its reason, changes nothing, leaves nothing, and takes it once there is room', async () => {
    const { province, offices } = await network();
    const usb = temp.make();
    const bundle = (await exportBundle(province.db, province.blobs, 'CD-F', usb))[0]!.path;
    province.db.close();
    const office = offices[0]!;
    office.db.pragma('wal_checkpoint(TRUNCATE)');
    office.db.close();
    const disk = smallDisk(24)!;
    const dir = join(disk, 'data');
    cpSync(office.dir, dir, { recursive: true });
    const db = openDatabase(join(dir, 'office.sqlite'));
    const before = stateHash(db, JOURNAL);
    const blobsBefore = filesIn(join(dir, 'blobs')).length;
    // Fill the disk so that a few megabytes are left: the staged copy of the bundle (3 MB) fits, its attached files do not all.
    for (const left of [1, 4]) {
      const filler = join(disk, 'filler');
      const free = Number(execFileSync('df', ['--output=avail', '-B1', disk]).toString().trim().split('\n')[1]);
      writeFileSync(filler, Buffer.alloc(Math.max(0, free - left * 1024 * 1024)));
      const refused = await importBundle(db, createBlobStore(dir), dir, bundle, NOW);
      expect(refused, `${left} MB left`).toMatchObject({ status: 'rejected', reason: 'DISK_FULL' });
      expect(refused.message).toContain('Ổ đĩa của máy tính này đã đầy');
      expect(stateHash(db, JOURNAL)).toBe(before);
      expect(filesIn(join(dir, 'inbox')).filter((f) => f.endsWith('.part') || f.endsWith('.ctb'))).toEqual([]);
      expect(filesIn(join(dir, 'staging'))).toEqual([]);
      expect(filesIn(join(dir, 'blobs')).length).toBe(blobsBefore);
      rmSync(filler);
    }
    expect(await importBundle(db, createBlobStore(dir), dir, bundle, NOW)).toMatchObject({ status: 'applied', documentsAdded: 6 });
    db.close();
  });
});
