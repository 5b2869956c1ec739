import { afterEach, describe, expect, it } from 'vitest';
import { backupHandlers } from '../../../main/backup/handlers';
import { createBackupService } from '../../../main/backup/service';
import type { Db } from '../../../main/db/open';
import { backupOperations } from '../../../shared/backup/operations';
import { openOffice, removeTempDirs, seedArchive, tempDataDir } from './support';

afterEach(removeTempDirs);

describe('backup operations over the API', () => {
  it('validate inputs with zod and return plain JSON', async () => {
    const dataDir = tempDataDir();
    const usb = tempDataDir('vanthu-usb-');
    let db: Db = seedArchive(dataDir, 2);
    const handlers = backupHandlers(
      createBackupService({ dataDir, getDb: () => db, closeDb: () => db.close(), reopenDb: () => (db = openOffice(dataDir)) }),
    );
    const call = async <K extends keyof typeof backupOperations>(name: K, raw: unknown): Promise<unknown> => {
      const input = backupOperations[name].input.parse(raw) as Parameters<(typeof handlers)[K]>[0];
      const output: unknown = await (handlers[name] as (i: typeof input) => Promise<unknown>)(input);
      expect(JSON.parse(JSON.stringify(output ?? null))).toEqual(output ?? null);
      return output;
    };

    const created = (await call('backup:create', {})) as { kind: string; file: string };
    expect(created.kind).toBe('manual');
    const exported = (await call('backup:exportTo', { folder: usb })) as { file: string };
    expect(((await call('backup:list', { folder: usb })) as unknown[]).length).toBe(1);
    expect(((await call('backup:verify', { file: exported.file })) as { ok: boolean }).ok).toBe(true);
    expect(((await call('backup:checkIntegrity', {})) as { ok: boolean }).ok).toBe(true);
    expect(await call('backup:quarantine', {})).toEqual({ dir: null, moved: [] });
    await expect(call('backup:restore', { file: exported.file, confirmed: false })).rejects.toMatchObject({ code: 'RESTORE_NOT_CONFIRMED' });
    const restored = (await call('backup:restore', { file: exported.file, confirmed: true })) as { info: { documentCount: number } };
    expect(restored.info.documentCount).toBe(2);
    expect(() => backupOperations['backup:verify'].input.parse({ file: '   ' })).toThrow();
    expect(() => backupOperations['backup:create'].input.parse({ kind: 'daily' })).toThrow();
    db.close();
  });
});
