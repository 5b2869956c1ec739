import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import yazl from 'yazl';
import { afterEach, describe, expect, it } from 'vitest';
import { writeBackupArchive } from '../../../main/backup/archive';
import { createBackup, estimateBackupBytes, exportBackupTo, hasRoomFor, listBackupFiles, listBackups, runDailyBackupIfDue } from '../../../main/backup/create';
import { blobFile, dataPaths } from '../../../main/backup/layout';
import { completePendingBackups, preMigrationBackupHook } from '../../../main/backup/migrationHook';
import { readBackupInfo, verifyBackup } from '../../../main/backup/verify';
import { visitZipEntries } from '../../../main/backup/zipRead';
import { migrate, openDatabase, LATEST_SCHEMA_VERSION } from '../../../main/db/open';
import { MIGRATIONS } from '../../../main/db/migrations/index';
import { writeFileAtomicFrom } from '../../../main/fsutil/atomicWrite';
import { registerWithAttachment, removeTempDirs, seedArchive, tempDataDir } from './support';

afterEach(removeTempDirs);

async function entryNames(file: string): Promise<string[]> {
  const names: string[] = [];
  await visitZipEntries(file, async (entry) => {
    names.push(entry.name);
  });
  return names.sort();
}

describe('createBackup', () => {
  it('packs the database, every referenced blob and a manifest, and the file verifies', async () => {
    const dataDir = tempDataDir();
    const db = seedArchive(dataDir, 5);
    const info = await createBackup(db, dataDir, { kind: 'manual' });
    expect(info.file.startsWith(dataPaths(dataDir).backupsDir)).toBe(true);
    expect(info).toMatchObject({ kind: 'manual', documentCount: 5, blobCount: 5, schemaVersion: LATEST_SCHEMA_VERSION, missingBlobs: [] });
    const names = await entryNames(info.file);
    expect(names).toContain('office.sqlite');
    expect(names).toContain('manifest.json');
    expect(names.filter((n) => n.startsWith('blobs/'))).toHaveLength(5);
    const report = await verifyBackup(info.file);
    expect(report.ok).toBe(true);
    expect(report.problems).toEqual([]);
    expect(readdirSync(dataPaths(dataDir).backupsDir)).toEqual([info.file.split(/[\\/]/).pop()]);
    db.close();
  });

  it('records a blob missing on disk instead of failing, and the backup still verifies', async () => {
    const dataDir = tempDataDir();
    const db = seedArchive(dataDir, 2);
    const { sha256 } = registerWithAttachment(db, dataDir, 99);
    rmSync(blobFile(dataPaths(dataDir).blobsDir, sha256));
    const info = await createBackup(db, dataDir, { kind: 'daily' });
    expect(info.missingBlobs).toEqual([sha256]);
    expect(info.blobCount).toBe(2);
    expect((await verifyBackup(info.file)).ok).toBe(true);
    db.close();
  });

  it('applies the rotation to event backups', async () => {
    const dataDir = tempDataDir();
    const db = seedArchive(dataDir, 1);
    const rotation = { daily: 7, weekly: 4, monthly: 12, perEventKind: 3 };
    for (let i = 0; i < 6; i += 1) {
      await createBackup(db, dataDir, { kind: 'pre-import', now: new Date(Date.UTC(2025, 0, 1, 8, i)), rotation });
    }
    const left = await listBackupFiles(dataPaths(dataDir).backupsDir);
    expect(left.map((f) => f.createdAt.getUTCMinutes())).toEqual([5, 4, 3]);
    db.close();
  });

  it('takes the daily backup once per office day', async () => {
    const dataDir = tempDataDir();
    const db = seedArchive(dataDir, 1);
    const first = await runDailyBackupIfDue(db, dataDir, new Date('2025-03-01T01:00:00Z'));
    expect(first?.kind).toBe('daily');
    expect(await runDailyBackupIfDue(db, dataDir, new Date('2025-03-01T16:00:00Z'))).toBeNull();
    // 17:00 UTC is midnight in Việt Nam: a new office day.
    expect(await runDailyBackupIfDue(db, dataDir, new Date('2025-03-01T17:30:00Z'))).not.toBeNull();
    db.close();
  });

  it('refuses to archive a damaged snapshot and leaves no file behind', async () => {
    const dataDir = tempDataDir();
    const snapshot = join(dataDir, 'broken.sqlite');
    writeFileSync(snapshot, Buffer.alloc(8192, 7));
    const target = join(dataDir, 'out.zip');
    await expect(
      writeBackupArchive({ snapshotFile: snapshot, blobsDir: join(dataDir, 'blobs'), target, kind: 'manual', createdAt: new Date() }),
    ).rejects.toMatchObject({ code: 'BACKUP_SOURCE_DAMAGED' });
    expect(existsSync(target)).toBe(false);
  });
});

describe('exportBackupTo ("Sao lưu ra USB")', () => {
  it('writes one verified file into the chosen folder', async () => {
    const dataDir = tempDataDir();
    const usb = tempDataDir('vanthu-usb-');
    const db = seedArchive(dataDir, 3);
    const info = await exportBackupTo(db, dataDir, usb);
    expect(info.file.startsWith(usb)).toBe(true);
    expect((await verifyBackup(info.file)).ok).toBe(true);
    expect(readdirSync(usb)).toHaveLength(1);
    db.close();
  });

  it('says the destination cannot be written when the folder is gone', async () => {
    const dataDir = tempDataDir();
    const db = seedArchive(dataDir, 1);
    await expect(exportBackupTo(db, dataDir, join(dataDir, 'unplugged-stick'))).rejects.toMatchObject({ code: 'BACKUP_DESTINATION_UNWRITABLE' });
    db.close();
  });

  it('asks for the estimated size plus a margin', () => {
    expect(hasRoomFor(100 * 1024 * 1024, 200 * 1024 * 1024)).toBe(true);
    expect(hasRoomFor(100 * 1024 * 1024, 104 * 1024 * 1024)).toBe(false);
    expect(hasRoomFor(0, 512 * 1024)).toBe(false);
  });

  it('lists the backups on a stick from their manifests, marking foreign files', async () => {
    const dataDir = tempDataDir();
    const usb = tempDataDir('vanthu-usb-');
    const db = seedArchive(dataDir, 4);
    const info = await exportBackupTo(db, dataDir, usb);
    writeFileSync(join(usb, 'vanthu-manual-20240101T000000Z-abcd.zip'), 'không phải tệp zip');
    writeFileSync(join(usb, 'thu-moi.docx'), 'x');
    const listed = await listBackups(usb);
    expect(listed.map((l) => [l.readable, l.info?.documentCount ?? null])).toEqual([
      [true, 4],
      [false, null],
    ]);
    expect(await readBackupInfo(info.file)).toEqual(info);
    db.close();
  });

  it('estimates at least the database and the blobs', async () => {
    const dataDir = tempDataDir();
    const db = seedArchive(dataDir, 3);
    const blobBytes = readdirSync(dataPaths(dataDir).blobsDir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .reduce((sum, e) => sum + readFileSync(join(e.parentPath, e.name)).byteLength, 0);
    const estimate = await estimateBackupBytes(db, dataDir);
    expect(estimate).toBeGreaterThanOrEqual(blobBytes + 4096);
    db.close();
  });
});

describe('verifyBackup', () => {
  it('finds a changed byte inside a stored blob', async () => {
    const dataDir = tempDataDir();
    const db = seedArchive(dataDir, 1);
    registerWithAttachment(db, dataDir, 7, Buffer.from('NỘI DUNG GỐC CẦN BẢO VỆ '.repeat(40), 'utf8'));
    const info = await createBackup(db, dataDir, { kind: 'manual' });
    const bytes = readFileSync(info.file);
    const at = bytes.indexOf(Buffer.from('NỘI DUNG GỐC', 'utf8'));
    expect(at).toBeGreaterThan(0);
    bytes[at] = 'X'.charCodeAt(0);
    writeFileSync(info.file, bytes);
    const report = await verifyBackup(info.file);
    expect(report.ok).toBe(false);
    expect(report.problems.map((p) => p.code)).toContain('BACKUP_FILE_DAMAGED');
    db.close();
  });

  it('rejects a truncated file, a file that is not a ZIP, and a ZIP that is not a backup', async () => {
    const dataDir = tempDataDir();
    const db = seedArchive(dataDir, 2);
    const info = await createBackup(db, dataDir, { kind: 'manual' });
    const truncated = join(dataDir, 'truncated.zip');
    writeFileSync(truncated, readFileSync(info.file).subarray(0, 2000));
    expect((await verifyBackup(truncated)).ok).toBe(false);

    const text = join(dataDir, 'note.zip');
    writeFileSync(text, 'Kính gửi các đồng chí');
    expect((await verifyBackup(text)).problems[0]?.code).toBe('BACKUP_FILE_INVALID');

    const foreign = new yazl.ZipFile();
    foreign.addBuffer(Buffer.from('ảnh'), 'photos/holiday.jpg');
    foreign.end();
    const foreignFile = join(dataDir, 'photos.zip');
    await writeFileAtomicFrom(foreignFile, foreign.outputStream);
    const report = await verifyBackup(foreignFile);
    expect(report.ok).toBe(false);
    expect(report.problems.every((p) => p.code === 'BACKUP_FILE_INVALID')).toBe(true);
    expect((await verifyBackup(join(dataDir, 'nope.zip'))).problems[0]?.code).toBe('BACKUP_FILE_INVALID');
    db.close();
  });
});

describe('pre-migration backup', () => {
  it('snapshots an older database inside openDatabase and packs it afterwards', async () => {
    const dataDir = tempDataDir();
    const { dbFile, backupsDir } = dataPaths(dataDir);
    const old = new Database(dbFile);
    migrate(old, MIGRATIONS.slice(0, 1));
    old.prepare("INSERT INTO settings (key, value) VALUES ('office.name', 'Công đoàn cơ sở Trường Tiểu học Phú Hòa')").run();
    old.close();

    const db = openDatabase(dbFile, { beforeMigrate: preMigrationBackupHook(dataDir) });
    expect(readdirSync(backupsDir).some((n) => n.startsWith('pending-pre-migration-'))).toBe(true);
    const { created, failed } = await completePendingBackups(dataDir);
    expect(failed).toEqual([]);
    expect(created).toHaveLength(1);
    expect(created[0]).toMatchObject({ kind: 'pre-migration', schemaVersion: MIGRATIONS[0]?.version });
    expect((await verifyBackup(created[0]?.file ?? '')).ok).toBe(true);
    expect(readdirSync(backupsDir).filter((n) => n.startsWith('pending-'))).toEqual([]);
    db.close();
  });

  it('does nothing for a brand-new database', () => {
    const dataDir = tempDataDir();
    mkdirSync(dataPaths(dataDir).backupsDir);
    const db = openDatabase(dataPaths(dataDir).dbFile, { beforeMigrate: preMigrationBackupHook(dataDir) });
    expect(readdirSync(dataPaths(dataDir).backupsDir)).toEqual([]);
    db.close();
  });
});
