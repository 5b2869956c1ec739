import { join } from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import { openDatabase, type Db } from '../../main/db/open';
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
