import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { ERROR_MESSAGES } from '../../shared/errors';
import { toWireError } from './router';

describe('errors that reach the clerk', () => {
  const quiet = () => undefined;

  it('say a full disk is full, from SQLite or from a file call, instead of the unexpected-error sentence', () => {
    const sqliteFull = new Database.SqliteError('database or disk is full', 'SQLITE_FULL');
    const noSpace = Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
    for (const error of [sqliteFull, noSpace]) {
      expect(toWireError(error, quiet)).toEqual({ code: 'DISK_FULL_SAVE', message: ERROR_MESSAGES.DISK_FULL_SAVE });
    }
  });

  it('keep any other unexpected failure to the general sentence, with its detail in the log only', () => {
    const logged: unknown[] = [];
    const wire = toWireError(new TypeError('x is undefined'), (e) => logged.push(e));
    expect(wire).toEqual({ code: 'INTERNAL', message: ERROR_MESSAGES.INTERNAL });
    expect(logged).toHaveLength(1);
  });
});
