import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { writeBackupArchive } from '../../../main/backup/archive';
import { createBackup } from '../../../main/backup/create';
import { currentIdentityEpoch, IDENTITY_EPOCH_KEY, IDENTITY_RESET_KEY, readIdentityReset, clearIdentityReset } from '../../../main/backup/identity';
import { blobFile, dataPaths } from '../../../main/backup/layout';
import { finishInterruptedRestore, restoreBackup } from '../../../main/backup/restore';
import { createBackupService } from '../../../main/backup/service';
import { LATEST_SCHEMA_VERSION, type Db } from '../../../main/db/open';
import { stateHash } from '../../../main/db/stateHash';
import { openOffice, registerWithAttachment, removeTempDirs, seedArchive, tempDataDir } from './support';

afterEach(removeTempDirs);

function settingsWithoutIdentity(db: Db): unknown[] {
  return db.prepare('SELECT key, value FROM settings WHERE key NOT IN (?, ?) ORDER BY key').all(IDENTITY_EPOCH_KEY, IDENTITY_RESET_KEY);
}

function blobBytes(dataDir: string, sha: string): Buffer {
  return readFileSync(blobFile(dataPaths(dataDir).blobsDir, sha));
}

describe('restoreBackup', () => {
  it('round-trips: backup → wipe → restore gives the same state hash and the same blobs', async () => {
    const dataDir = tempDataDir();
    const db = seedArchive(dataDir, 8);
    db.prepare("INSERT INTO settings (key, value) VALUES ('office.name', 'Công đoàn Giáo dục huyện Phú Vang')").run();
    const shas = db.prepare('SELECT sha256 FROM attachments ORDER BY sha256').pluck().all() as string[];
    const originals = shas.map((s) => blobBytes(dataDir, s));
    const before = stateHash(db, { skipTables: ['settings'] });
    const settingsBefore = settingsWithoutIdentity(db);
    const usb = tempDataDir('vanthu-usb-');
    const info = await createBackup(db, dataDir, { kind: 'manual' });
    cpSync(info.file, join(usb, 'copy.zip'));
    db.close();

    rmSync(dataDir, { recursive: true, force: true });
    const result = await restoreBackup(join(usb, 'copy.zip'), dataDir);
    expect(result.replacedDir).toBeNull();
    expect(result.info.documentCount).toBe(8);

    const restored = openOffice(dataDir);
    expect(restored.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(stateHash(restored, { skipTables: ['settings'] })).toBe(before);
    expect(settingsWithoutIdentity(restored)).toEqual(settingsBefore);
    expect(shas.map((s) => blobBytes(dataDir, s))).toEqual(originals);
    restored.close();
  });

  it('gives the restored copy a new sync identity that the sync code must honour', async () => {
    const dataDir = tempDataDir();
    const db = seedArchive(dataDir, 1);
    const info = await createBackup(db, dataDir, { kind: 'manual' });
    db.close();
    const first = await restoreBackup(info.file, dataDir);
    const second = await restoreBackup(info.file, dataDir);
    expect(first.identityEpoch).not.toBe(second.identityEpoch);
    const restored = openOffice(dataDir);
    expect(currentIdentityEpoch(restored)).toBe(second.identityEpoch);
    expect(readIdentityReset(restored)).toMatchObject({ reason: 'restore', epoch: second.identityEpoch });
    clearIdentityReset(restored);
    expect(readIdentityReset(restored)).toBeNull();
    restored.close();
  });

  it('moves the replaced installation aside, never deleting it', async () => {
    const dataDir = tempDataDir();
    const db = seedArchive(dataDir, 3);
    const info = await createBackup(db, dataDir, { kind: 'manual' });
    const later = registerWithAttachment(db, dataDir, 50);
    const afterBackup = stateHash(db);
    db.close();

    const result = await restoreBackup(info.file, dataDir);
    expect(result.replacedDir).not.toBeNull();
    const replacedDir = result.replacedDir ?? '';
    const old = new Database(join(replacedDir, 'office.sqlite'), { readonly: true });
    expect(stateHash(old)).toBe(afterBackup);
    old.close();
    expect(existsSync(blobFile(join(replacedDir, 'blobs'), later.sha256))).toBe(true);

    const restored = openOffice(dataDir);
    expect(restored.prepare('SELECT count(*) FROM documents WHERE id = ?').pluck().get(later.id)).toBe(0);
    expect(restored.prepare('SELECT count(*) FROM documents').pluck().get()).toBe(3);
    restored.close();
    expect(readdirSync(dataDir).filter((n) => n.startsWith('.restore-'))).toEqual([]);
  });

  it('refuses a damaged backup and leaves the installation untouched', async () => {
    const dataDir = tempDataDir();
    const db = seedArchive(dataDir, 2);
    const info = await createBackup(db, dataDir, { kind: 'manual' });
    const hash = stateHash(db);
    db.close();
    const bytes = readFileSync(info.file);
    writeFileSync(info.file, bytes.subarray(0, bytes.length - 100));
    await expect(restoreBackup(info.file, dataDir)).rejects.toMatchObject({ code: expect.stringMatching(/^BACKUP_FILE_(DAMAGED|INVALID)$/) });
    const again = openOffice(dataDir);
    expect(stateHash(again)).toBe(hash);
    again.close();
    expect(readdirSync(dataDir).filter((n) => n.startsWith('.restore-') || n.startsWith('replaced-'))).toEqual([]);
  });

  it('refuses a backup made by a newer program', async () => {
    const dataDir = tempDataDir();
    const snapshot = join(dataDir, 'newer.sqlite');
    const newer = new Database(snapshot);
    newer.exec('CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT');
    newer.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 10}`);
    newer.close();
    const target = join(dataDir, 'newer.zip');
    await writeBackupArchive({ snapshotFile: snapshot, blobsDir: join(dataDir, 'blobs'), target, kind: 'manual', createdAt: new Date() });
    const installed = join(dataDir, 'office');
    mkdirSync(installed);
    await expect(restoreBackup(target, installed)).rejects.toMatchObject({ code: 'BACKUP_TOO_NEW' });
    expect(existsSync(dataPaths(installed).dbFile)).toBe(false);
  });

  it('finishes a swap that a crash interrupted', async () => {
    const dataDir = tempDataDir();
    const db = seedArchive(dataDir, 2);
    const info = await createBackup(db, dataDir, { kind: 'manual' });
    registerWithAttachment(db, dataDir, 40);
    db.close();
    // Reproduce the state right after the old database went aside and before the new one arrived.
    const staging = join(dataDir, '.restore-crash');
    const replacedDir = join(dataDir, 'replaced-crash');
    const donor = tempDataDir();
    await restoreBackup(info.file, donor);
    mkdirSync(staging);
    cpSync(dataPaths(donor).dbFile, join(staging, 'office.sqlite'));
    cpSync(dataPaths(donor).blobsDir, join(staging, 'blobs'), { recursive: true });
    mkdirSync(replacedDir);
    cpSync(dataPaths(dataDir).dbFile, join(replacedDir, 'office.sqlite'));
    rmSync(dataPaths(dataDir).dbFile);
    writeFileSync(join(dataDir, 'restore-journal.json'), JSON.stringify({ staging, replacedDir }));

    expect(finishInterruptedRestore(dataDir)).toBe(true);
    expect(finishInterruptedRestore(dataDir)).toBe(false);
    const restored = openOffice(dataDir);
    expect(restored.prepare('SELECT count(*) FROM documents').pluck().get()).toBe(2);
    restored.close();
    expect(existsSync(join(replacedDir, 'office.sqlite'))).toBe(true);
    expect(existsSync(join(replacedDir, 'blobs'))).toBe(true);
    expect(existsSync(staging)).toBe(false);
  });
});

describe('backup service', () => {
  it('restores only after confirmation, closing and reopening the live database', async () => {
    const dataDir = tempDataDir();
    let db: Db = seedArchive(dataDir, 2);
    const events: string[] = [];
    const service = createBackupService({
      dataDir,
      getDb: () => db,
      closeDb: () => {
        events.push('close');
        db.close();
      },
      reopenDb: () => {
        events.push('reopen');
        db = openOffice(dataDir);
      },
    });
    const info = await service.create({});
    registerWithAttachment(db, dataDir, 9);
    await expect(service.restore({ file: info.file, confirmed: false })).rejects.toMatchObject({ code: 'RESTORE_NOT_CONFIRMED' });
    expect(events).toEqual([]);
    const result = await service.restore({ file: info.file, confirmed: true });
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
    expect(events).toEqual(['close', 'reopen']);
    expect(db.prepare('SELECT count(*) FROM documents').pluck().get()).toBe(2);
    const listed = await service.list();
    expect(listed.map((l) => [l.readable, l.info?.documentCount])).toEqual([[true, 2]]);
    db.close();
  });

  it('runs one operation at a time', async () => {
    const dataDir = tempDataDir();
    const db = seedArchive(dataDir, 2);
    const service = createBackupService({ dataDir, getDb: () => db });
    const first = service.create({});
    await expect(service.create({})).rejects.toMatchObject({ code: 'BACKUP_BUSY' });
    await first;
    await expect(service.restore({ file: (await first).file, confirmed: true })).rejects.toMatchObject({ code: 'RESTORE_DATABASE_IN_USE' });
    db.close();
  });
});
