import { resolve } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { NewDocument } from '../../../main/archive/documentsRepo';
import { checkArrivalDates, lastArrival } from '../../../main/archive/arrivalDates';
import { nextArrivalNumber } from '../../../main/archive/incomingRegister';
import { registerIncoming } from '../../../main/archive/registration';
import { loadSamplesOnce, removeSamples } from '../../../main/archive/samples';
import { migrate } from '../../../main/db/open';
import { MIGRATIONS } from '../../../main/db/migrations';
import { followupHandlers } from '../../../main/followup/handlers';
import { headerReader } from '../../../main/intake/headerReader';
import { registerTable } from '../../../main/followup/export/tables';
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

const letter = (n: number, issuedOn: string): NewDocument => ({
  direction: 'incoming', typeId: 'officialLetter', numberText: String(n), number: n, symbol: 'UBND', issuer: 'ỦY BAN NHÂN DÂN XÃ BÌNH LƯ',
  parentIssuer: null, place: 'Bình Lư', issuedOn, subject: `Công văn số ${n}`, body: '', addressees: [], distribution: [], signerName: null,
  signerTitle: null, signingAuthority: null, urgency: 'normal', secrecy: 'none', reportDeadline: null, citations: [],
});
const arrival = (arrivedOn: string) => ({ arrivedOn, channel: 'paper', recipient: 'Văn phòng', note: '' });

function withSamples(): Services {
  services = createServices({ dataDir: temp.make(), resourcesDir });
  return services;
}

describe('the sample archive', () => {
  it('is loaded once: a clerk who removed it does not get it back', () => {
    const db = withSamples().db!;
    const samplesDir = resolve(resourcesDir, 'samples');
    expect(loadSamplesOnce(db, samplesDir, headerReader)).toBe(0);
    expect(removeSamples(db)).toBe(5);
    expect(loadSamplesOnce(db, samplesDir, headerReader)).toBe(0);
    expect(db.prepare('SELECT COUNT(*) FROM documents').pluck().get()).toBe(0);
  });

  it('holds the five directives, none of them citing its own number', () => {
    const db = withSamples().db!;
    expect(db.prepare('SELECT COUNT(*) FROM documents WHERE is_sample = 1').pluck().get()).toBe(5);
    const own = db
      .prepare('SELECT d.number_symbol FROM citations c JOIN documents d ON d.id = c.document_id WHERE c.number_symbol_key = d.number_symbol_key')
      .pluck()
      .all();
    expect(own).toEqual([]);
    // The samples still cite what they cite: 314/KH-LĐLĐ carries out 02-NQ/TW.
    expect(db.prepare('SELECT COUNT(*) FROM citations c JOIN documents d ON d.id = c.document_id WHERE d.is_sample = 1').pluck().get()).toBeGreaterThan(0);
  });

  it('takes no số đến of the office: the first real document of 2026 is số 1, before and after the samples are removed', () => {
    const db = withSamples().db!;
    // A sample arrived in 2026 and keeps its own number in the sample register.
    expect(db.prepare("SELECT COUNT(*) FROM incoming WHERE is_sample = 1 AND year = 2026").pluck().get()).toBe(1);
    expect(nextArrivalNumber(db, 2026)).toBe(1);
    expect(registerIncoming(db, letter(12, '2026-05-04'), arrival('2026-05-04')).arrivalNumber).toBe(1);
    expect(registerIncoming(db, letter(13, '2026-05-05'), arrival('2026-05-05')).arrivalNumber).toBe(2);
    removeSamples(db);
    expect(registerIncoming(db, letter(14, '2026-05-06'), arrival('2026-05-06')).arrivalNumber).toBe(3);
    expect(db.prepare('SELECT arrival_number FROM incoming WHERE year = 2026 ORDER BY arrival_number').pluck().all()).toEqual([1, 2, 3]);
  });

  it('is not the last số đến of the office: an arrival dated before the sample’s is not held back', () => {
    const db = withSamples().db!;
    // The 2026 sample arrived on 1 April; the office's register of 2026 is still empty.
    expect(lastArrival(db, 2026)).toBeNull();
    expect(() => checkArrivalDates(db, { issuedOn: '2026-03-09' }, { arrivedOn: '2026-03-10' })).not.toThrow();
    registerIncoming(db, letter(12, '2026-03-09'), arrival('2026-03-10'));
    expect(lastArrival(db, 2026)).toEqual({ arrivalNumber: 1, arrivedOn: '2026-03-10' });
  });

  it('is left out of every register, report and export, and of the Việc cần làm note once removed', async () => {
    const { db } = withSamples();
    registerIncoming(db!, letter(12, '2026-05-04'), arrival('2026-05-04'));
    const from = '2026-01-01';
    const to = '2026-12-31';
    const incoming = registerTable(db!, 'incoming', from, to);
    expect(incoming.rows.map((r) => r[1])).toEqual([1]);
    expect(incoming.rows.flat()).not.toContain('Văn bản mẫu');
    expect(registerTable(db!, 'followup', from, to).rows).toHaveLength(1);
    expect(registerTable(db!, 'report', from, to).summary).toContain('Tổng số 1 văn bản');
    const handlers = followupHandlers({ db: db!, chooseSavePath: () => Promise.resolve(null), writeFile: () => undefined });
    // Over the years of the samples' own dates too.
    expect(registerTable(db!, 'followup', '2022-01-01', to).rows).toHaveLength(1);
    expect(registerTable(db!, 'report', '2022-01-01', to).summary).toContain('Tổng số 1 văn bản');
    expect((await handlers['followup:todo']({ today: '2026-05-04' })).samples).toBe(5);
    removeSamples(db!);
    expect((await handlers['followup:todo']({ today: '2026-05-04' })).samples).toBe(0);
  });
});

describe('an archive whose samples took the office’s numbers (before 440)', () => {
  it('keeps every real number and gives the next one after the real entries only', () => {
    const dir = temp.make();
    const db = new Database(resolve(dir, 'office.sqlite'));
    migrate(db, MIGRATIONS.filter((m) => m.version < 440));
    const now = '2026-01-01T00:00:00Z';
    const insertDoc = db.prepare(
      `INSERT INTO documents (id, direction, type_id, issuer, issuer_key, subject, is_sample, created_at, updated_at)
       VALUES (?, 'incoming', 'officialLetter', 'LĐLĐ TỈNH', 'ldld tinh', 'Công văn', ?, ?, ?)`,
    );
    const insertEntry = db.prepare('INSERT INTO incoming (document_id, year, arrival_number, arrived_on, registered_at) VALUES (?, ?, ?, ?, ?)');
    for (const [id, sample, year, n] of [['s25', 1, 2025, 1], ['r25', 0, 2025, 2], ['s26', 1, 2026, 1]] as const) {
      insertDoc.run(id, sample, now, now);
      insertEntry.run(id, year, n, `${year}-03-01`, now);
    }
    migrate(db);
    expect(db.prepare("SELECT arrival_number FROM incoming WHERE document_id = 'r25'").pluck().get()).toBe(2);
    expect(nextArrivalNumber(db, 2025)).toBe(3);
    // In 2026 only a sample was numbered: số 1 is free for the office.
    expect(nextArrivalNumber(db, 2026)).toBe(1);
    insertDoc.run('r26', 0, now, now);
    expect(() => db.prepare("INSERT INTO incoming (document_id, year, arrival_number, arrived_on, registered_at) VALUES ('r26', 2026, 1, '2026-04-02', ?)").run(now)).not.toThrow();
    // Real numbers stay unique.
    insertDoc.run('r26b', 0, now, now);
    expect(() => insertEntry.run('r26b', 2026, 1, '2026-04-03', now)).toThrow(/UNIQUE/);
    db.close();
  });
});
