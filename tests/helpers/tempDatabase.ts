import { join } from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import { createBlobStore, type BlobStore } from '../../main/archive/blobStore';
import { writeOfficeProfile } from '../../main/archive/officeProfile';
import { openDatabase, type Db } from '../../main/db/open';
import type { OfficeProfile } from '../../shared/domain/office';
import { createTempDirs } from './tempDir';

/** A new office database in a fresh folder for every test of the file, closed and removed afterwards. */
export function useTempDatabase(prefix?: string): { db: () => Db; temp: ReturnType<typeof createTempDirs> } {
  const temp = createTempDirs(prefix);
  let current: Db | null = null;
  beforeEach(() => {
    current = openDatabase(join(temp.make(), 'office.sqlite'));
  });
  afterEach(() => {
    current?.close();
    current = null;
    temp.cleanup();
  });
  return {
    db: () => {
      if (!current) throw new Error('useTempDatabase: the database exists only inside a test');
      return current;
    },
    temp,
  };
}

/** An office set up with its profile in a fresh folder of `temp`: its folder, database and file store. */
export function openTempOffice(temp: ReturnType<typeof createTempDirs>, profile: OfficeProfile): { dir: string; db: Db; blobs: BlobStore } {
  const dir = temp.make();
  const db = openDatabase(join(dir, 'office.sqlite'));
  writeOfficeProfile(db, profile);
  return { dir, db, blobs: createBlobStore(dir) };
}
