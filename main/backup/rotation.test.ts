import { describe, expect, it } from 'vitest';
import type { BackupKind } from '../../shared/backup/types';
import { backupFileName, parseBackupFileName } from './layout';
import { backupsToPrune, officeDay, officeMonth, officeWeek, type RotationCandidate } from './rotation';

const DAY = 86_400_000;
function candidate(kind: BackupKind, iso: string): RotationCandidate {
  const createdAt = new Date(iso);
  return { name: backupFileName(kind, createdAt), kind, createdAt };
}

describe('office calendar', () => {
  it('uses Việt Nam local dates', () => {
    expect(officeDay(new Date('2025-03-01T16:59:59Z'))).toBe('2025-03-01');
    expect(officeDay(new Date('2025-03-01T17:00:00Z'))).toBe('2025-03-02');
    expect(officeMonth(new Date('2025-01-31T18:00:00Z'))).toBe('2025-02');
  });

  it('numbers ISO weeks across year boundaries', () => {
    expect(officeWeek(new Date('2024-12-30T03:00:00Z'))).toBe('2025-W01');
    expect(officeWeek(new Date('2021-01-03T03:00:00Z'))).toBe('2020-W53');
    expect(officeWeek(new Date('2025-03-05T03:00:00Z'))).toBe('2025-W10');
    expect(officeWeek(new Date('2026-12-31T03:00:00Z'))).toBe('2026-W53');
  });
});

describe('backup names', () => {
  it('carry kind and time and parse back', () => {
    const at = new Date('2025-03-01T08:09:10Z');
    const name = backupFileName('pre-import', at);
    expect(name).toMatch(/^vanthu-pre-import-20250301T080910Z-[0-9a-f]{4}\.zip$/);
    expect(parseBackupFileName(name)).toEqual({ kind: 'pre-import', createdAt: at });
    expect(parseBackupFileName('vanthu-weird-20250301T080910Z-abcd.zip')).toBeNull();
    expect(parseBackupFileName('holiday-photos.zip')).toBeNull();
  });
});

describe('rotation', () => {
  it('keeps 7 daily, 4 weekly and 12 monthly out of two years of daily backups', () => {
    const start = Date.parse('2024-01-01T02:00:00Z');
    const all = Array.from({ length: 730 }, (_, i) => candidate('daily', new Date(start + i * DAY).toISOString()));
    const pruned = new Set(backupsToPrune(all));
    const kept = all.filter((c) => !pruned.has(c.name));
    const newest = all.slice(-7);
    for (const c of newest) expect(kept).toContain(c);
    const months = new Set(kept.map((c) => officeMonth(c.createdAt)));
    expect(months.size).toBe(12);
    const weeks = new Set(kept.map((c) => officeWeek(c.createdAt)));
    expect(weeks.size).toBeGreaterThanOrEqual(4);
    // 7 days + up to 4 weeks + 12 months, with overlaps.
    expect(kept.length).toBeGreaterThanOrEqual(12);
    expect(kept.length).toBeLessThanOrEqual(7 + 4 + 12);
    expect(kept.every((c) => c.createdAt.getTime() >= start + 365 * DAY - 31 * DAY)).toBe(true);
  });

  it('keeps only the latest backup of a day when several were taken', () => {
    const a = candidate('daily', '2025-03-01T01:00:00Z');
    const b = candidate('daily', '2025-03-01T09:00:00Z');
    expect(backupsToPrune([a, b])).toEqual([a.name]);
  });

  it('keeps the latest N of each event kind and never mixes kinds', () => {
    const pre = Array.from({ length: 8 }, (_, i) => candidate('pre-import', new Date(Date.UTC(2025, 0, 1 + i)).toISOString()));
    const migration = candidate('pre-migration', '2020-01-01T00:00:00Z');
    const pruned = backupsToPrune([...pre, migration], { daily: 7, weekly: 4, monthly: 12, perEventKind: 3 });
    expect(pruned.sort()).toEqual(pre.slice(0, 5).map((c) => c.name).sort());
  });

  it('prunes nothing from an empty or small set', () => {
    expect(backupsToPrune([])).toEqual([]);
    expect(backupsToPrune([candidate('manual', '2025-01-01T00:00:00Z'), candidate('daily', '2025-01-01T00:00:00Z')])).toEqual([]);
  });
});
