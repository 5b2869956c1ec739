import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createBackup } from '../../../main/backup/create';
import { checkIntegrity, quarantineDamaged } from '../../../main/backup/integrity';
import { blobFile, dataPaths } from '../../../main/backup/layout';
import { restoreBackup } from '../../../main/backup/restore';
import { createBackupService, recoverDataDirAtStart } from '../../../main/backup/service';
import type { Db } from '../../../main/db/open';
import { openOffice, registerWithAttachment, removeTempDirs, seedArchive, tempDataDir } from './support';

afterEach(removeTempDirs);

/** Writes the whole archive into the main file and closes it, as the program leaves it at exit. */
function closeCleanly(db: Db): void {
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
}

/** Overwrites whole pages in the middle of the file with noise, the way a failing disk sector does. */
function damagePagesInTheMiddle(file: string): void {
  const size = statSync(file).size;
  const pageSize = 4096;
  const pages = size / pageSize;
  const fd = openSync(file, 'r+');
  const noise = Buffer.alloc(pageSize);
  for (let i = 0; i < noise.length; i += 1) noise[i] = (i * 131 + 17) % 251;
  for (let p = Math.floor(pages / 2) - 2; p < Math.floor(pages / 2) + 2; p += 1) writeSync(fd, noise, 0, pageSize, p * pageSize);
  closeSync(fd);
}

describe('checkIntegrity at start', () => {
  it('passes a healthy archive and a first start with no data', async () => {
    const dataDir = tempDataDir();
    closeCleanly(seedArchive(dataDir, 3));
    const report = await checkIntegrity(dataDir, { hashBlobs: true });
    expect(report).toMatchObject({ ok: true, database: 'ok', missingBlobs: [], damagedBlobs: [], problems: [], latestGoodBackup: null });
    const fresh = await checkIntegrity(tempDataDir());
    expect(fresh).toMatchObject({ ok: true, database: 'absent' });
  });

  it('detects a missing blob and offers the latest good backup', async () => {
    const dataDir = tempDataDir();
    const db = seedArchive(dataDir, 2);
    const { sha256 } = registerWithAttachment(db, dataDir, 12);
    const backup = await createBackup(db, dataDir, { kind: 'daily' });
    closeCleanly(db);
    rmSync(blobFile(dataPaths(dataDir).blobsDir, sha256));
    const report = await checkIntegrity(dataDir);
    expect(report.ok).toBe(false);
    expect(report.database).toBe('ok');
    expect(report.missingBlobs).toEqual([sha256]);
    expect(report.problems.map((p) => p.code)).toEqual(['INTEGRITY_BLOBS_MISSING']);
    expect(report.latestGoodBackup?.file).toBe(backup.file);
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  });

  it('detects a database with damaged pages, keeps it aside and recovers from the backup', async () => {
    const dataDir = tempDataDir();
    const db = seedArchive(dataDir, 150);
    const backup = await createBackup(db, dataDir, { kind: 'daily' });
    closeCleanly(db);
    const { dbFile } = dataPaths(dataDir);
    damagePagesInTheMiddle(dbFile);
    const damagedBytes = readFileSync(dbFile);

    const report = await checkIntegrity(dataDir);
    expect(report.ok).toBe(false);
    expect(['damaged', 'unreadable']).toContain(report.database);
    expect(report.databaseMessages.length).toBeGreaterThan(0);
    expect(report.problems[0]?.code).toMatch(/^INTEGRITY_DATABASE_(DAMAGED|UNREADABLE)$/);
    expect(report.latestGoodBackup?.file).toBe(backup.file);

    const quarantined = await quarantineDamaged(dataDir, report);
    expect(quarantined.moved).toContain('office.sqlite');
    expect(existsSync(dbFile)).toBe(false);
    expect(readFileSync(join(quarantined.dir ?? '', 'office.sqlite')).equals(damagedBytes)).toBe(true);

    await restoreBackup(report.latestGoodBackup?.file ?? '', dataDir);
    const after = await checkIntegrity(dataDir, { hashBlobs: true });
    expect(after.ok).toBe(true);
    const restored = openOffice(dataDir);
    expect(restored.prepare('SELECT count(*) FROM documents').pluck().get()).toBe(150);
    restored.close();
  });

  it('calls a file with a destroyed header unreadable', async () => {
    const dataDir = tempDataDir();
    closeCleanly(seedArchive(dataDir, 2));
    const { dbFile } = dataPaths(dataDir);
    const bytes = readFileSync(dbFile);
    bytes.fill(0x41, 0, 100);
    writeFileSync(dbFile, bytes);
    const report = await checkIntegrity(dataDir);
    expect(report.database).toBe('unreadable');
    expect(report.problems[0]?.code).toBe('INTEGRITY_DATABASE_UNREADABLE');
  });

  it('finds a blob whose content changed when asked to hash, and quarantines only that blob', async () => {
    const dataDir = tempDataDir();
    const db = seedArchive(dataDir, 1);
    const { sha256 } = registerWithAttachment(db, dataDir, 3);
    closeCleanly(db);
    const path = blobFile(dataPaths(dataDir).blobsDir, sha256);
    writeFileSync(path, 'nội dung đã bị thay đổi');
    expect((await checkIntegrity(dataDir)).ok).toBe(true);
    const report = await checkIntegrity(dataDir, { hashBlobs: true });
    expect(report.damagedBlobs).toEqual([sha256]);
    const quarantined = await quarantineDamaged(dataDir, report);
    expect(quarantined.moved).toEqual([`blobs/${sha256.slice(0, 2)}/${sha256.slice(2, 4)}/${sha256}`]);
    expect(existsSync(dataPaths(dataDir).dbFile)).toBe(true);
    expect(existsSync(path)).toBe(false);
  });

  it('reports a lost database when blobs or backups show an archive existed', async () => {
    const dataDir = tempDataDir();
    const db = seedArchive(dataDir, 1);
    await createBackup(db, dataDir, { kind: 'daily' });
    closeCleanly(db);
    rmSync(dataPaths(dataDir).dbFile);
    const report = await checkIntegrity(dataDir);
    expect(report).toMatchObject({ ok: false, database: 'absent' });
    expect(report.latestGoodBackup).not.toBeNull();
  });
});

describe('recoverDataDirAtStart', () => {
  it('sweeps staging folders and temporaries left by an interrupted backup', async () => {
    const dataDir = tempDataDir();
    const { backupsDir } = dataPaths(dataDir);
    mkdirSync(join(backupsDir, '.staging-0123456789ab'), { recursive: true });
    writeFileSync(join(backupsDir, '.staging-0123456789ab', 'office.sqlite'), 'partial');
    writeFileSync(join(backupsDir, '.vanthu-daily-20250301T080000Z-abcd.zip.0123456789ab.tmp'), 'partial');
    writeFileSync(join(backupsDir, 'keep-me.txt'), 'clerk note');
    expect(recoverDataDirAtStart(dataDir)).toBe(false);
    expect(existsSync(join(backupsDir, '.staging-0123456789ab'))).toBe(false);
    expect(existsSync(join(backupsDir, 'keep-me.txt'))).toBe(true);
    expect(existsSync(join(backupsDir, '.vanthu-daily-20250301T080000Z-abcd.zip.0123456789ab.tmp'))).toBe(false);
  });
});

describe('integrity check in a worker thread', () => {
  it('reports what the check reports on this thread, while this thread stays free to answer the window', async () => {
    const dataDir = tempDataDir();
    const db = seedArchive(dataDir, 150);
    const { sha256 } = registerWithAttachment(db, dataDir, 151);
    closeCleanly(db);
    rmSync(blobFile(dataPaths(dataDir).blobsDir, sha256));
    const service = createBackupService({
      dataDir,
      getDb: () => {
        throw new Error('the check opens its own connection');
      },
      inWorker: true,
    });
    let ticks = 0;
    const timer = setInterval(() => ticks++, 5);
    const report = await service.checkIntegrity({ hashBlobs: true });
    clearInterval(timer);
    const here = await checkIntegrity(dataDir, { hashBlobs: true });
    expect({ ...report, checkedAt: '' }).toEqual({ ...here, checkedAt: '' });
    expect(report).toMatchObject({ ok: false, database: 'ok', missingBlobs: [sha256] });
    expect(ticks).toBeGreaterThan(0);
  });
});
