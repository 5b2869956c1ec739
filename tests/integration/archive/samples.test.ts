import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createServices, type Services } from '../../../main/services';
import { createTempDirs } from '../../helpers/tempDir';

const temp = createTempDirs();
let services: Services | null = null;
afterEach(() => {
  services?.close();
  services = null;
  temp.cleanup();
});

const resourcesDir = resolve(import.meta.dirname, '..', '..', '..', 'resources');

describe('the sample archive', () => {
  it('holds the five directives, none of them citing its own number', () => {
    services = createServices({ dataDir: temp.make(), resourcesDir });
    const db = services.db!;
    expect(db.prepare('SELECT COUNT(*) FROM documents WHERE is_sample = 1').pluck().get()).toBe(5);
    const own = db
      .prepare('SELECT d.number_symbol FROM citations c JOIN documents d ON d.id = c.document_id WHERE c.number_symbol_key = d.number_symbol_key')
      .pluck()
      .all();
    expect(own).toEqual([]);
    // The samples still cite what they cite: 314/KH-LĐLĐ carries out 02-NQ/TW.
    expect(db.prepare('SELECT COUNT(*) FROM citations c JOIN documents d ON d.id = c.document_id WHERE d.is_sample = 1').pluck().get()).toBeGreaterThan(0);
  });
});
