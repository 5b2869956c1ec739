import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createTempDirs } from '../../tests/helpers/tempDir';
import { importDocuments } from '../archive/bulkImport';
import { openDatabase } from '../db/open';
import { TODO_LIST_LIMIT, todoList } from './queries';
import { dueReminder } from './reminders';

const temp = createTempDirs();
afterEach(() => temp.cleanup());

describe('Việc cần làm at scale', () => {
  it('lists the first documents of each group with the full counts, urgent first', () => {
    const db = openDatabase(join(temp.make(), 'office.sqlite'));
    const docs = Array.from({ length: 260 }, (_, i) => ({
      document: {
        direction: 'incoming' as const, typeId: 'officialLetter' as const, numberText: String(i + 1), number: i + 1, symbol: 'LĐLĐ', issuer: 'LĐLĐ TỈNH', parentIssuer: null,
        place: null, issuedOn: '2026-01-05', subject: `Công văn ${i + 1}`, body: '', addressees: [], distribution: [], signerName: null, signerTitle: null,
        signingAuthority: null, urgency: i === 200 ? ('flash' as const) : ('normal' as const), secrecy: 'none' as const, reportDeadline: null, citations: [],
      },
      arrival: { arrivedOn: '2026-01-06', channel: 'paper', recipient: '', note: '' },
    }));
    importDocuments(db, docs);
    const list = todoList(db, '2026-11-23');
    expect(list.counts.overdue).toBe(260);
    expect(list.overdue).toHaveLength(TODO_LIST_LIMIT);
    expect(list.overdue[0]?.subject).toBe('Công văn 201');
    expect(dueReminder(db, '2026-11-23')).toMatchObject({ count: 260, overdue: 260 });
    db.close();
  });
});
