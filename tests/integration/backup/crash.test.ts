import { spawn } from 'node:child_process';
import { createHash, randomInt } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { listBackupFiles } from '../../../main/backup/create';
import { dataPaths } from '../../../main/backup/layout';
import { verifyBackup } from '../../../main/backup/verify';
import { openDatabase } from '../../../main/db/open';
import { FOCUSES, type Focus, removeTempDirs, tempDataDir } from './support';

const CHILD = join(import.meta.dirname, 'crashChild.ts');
const LANES = 4;
const KILLS_PER_LANE = Number(process.env.VANTHU_CRASH_KILLS ?? 26);

afterAll(removeTempDirs);

type RunOutcome = { lines: string[]; killedDuring: Focus | null };

/**
 * Starts the child, lets it reach the n-th start of its focus operation (plus a random few milliseconds, so
 * the kill lands anywhere inside the operation or just after it), and SIGKILLs it.
 */
function runAndKill(dataDir: string, focus: Focus): Promise<RunOutcome> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, dataDir, focus], { stdio: ['ignore', 'pipe', 'pipe'] });
    const lines: string[] = [];
    let pending = '';
    let stderr = '';
    let killed = false;
    const startsBeforeKill = randomInt(1, 4);
    let starts = 0;
    const kill = (): void => {
      if (killed) return;
      killed = true;
      child.kill('SIGKILL');
    };
    const timer = setTimeout(kill, 15_000);
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      pending += chunk;
      const complete = pending.split('\n');
      pending = complete.pop() ?? '';
      for (const line of complete) {
        lines.push(line);
        if (line === `begin ${focus}`) {
          starts += 1;
          if (starts === startsBeforeKill) setTimeout(kill, randomInt(0, focus === 'draft' ? 3 : 25));
        }
      }
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString('utf8');
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      if (signal !== 'SIGKILL') {
        reject(new Error(`child ended by itself (code ${code}): ${stderr}`));
        return;
      }
      const begun = lines.lastIndexOf(`begin ${focus}`);
      const ended = lines.lastIndexOf(`end ${focus}`);
      resolve({ lines, killedDuring: begun > ended ? focus : null });
    });
  });
}

type LaneResult = { kills: number; killedInside: Record<Focus, number>; savedIds: number; checkedBackups: number };

/** One data folder, killed again and again; after every kill the state a restart sees is checked. */
async function lane(laneNo: number): Promise<LaneResult> {
  const dataDir = tempDataDir(`vanthu-crash-${laneNo}-`);
  const saved = new Set<string>();
  const lastDraftSeq = new Map<string, number>();
  const killedInside: Record<Focus, number> = { register: 0, draft: 0, import: 0, backup: 0 };
  for (let k = 0; k < KILLS_PER_LANE; k += 1) {
    const focus = FOCUSES[(k + laneNo) % FOCUSES.length] ?? 'register';
    const outcome = await runAndKill(dataDir, focus);
    if (outcome.killedDuring) killedInside[outcome.killedDuring] += 1;
    for (const line of outcome.lines) {
      const [word, a, b] = line.split(' ');
      if (word === 'saved' && a) saved.add(a);
      if (word === 'wrote' && a && b) lastDraftSeq.set(a, Number(b));
    }
    checkAfterRestart(dataDir, saved, lastDraftSeq);
  }
  const backups = await listBackupFiles(dataPaths(dataDir).backupsDir);
  for (const b of backups) {
    const report = await verifyBackup(b.file);
    expect(report.problems, b.name).toEqual([]);
  }
  return { kills: KILLS_PER_LANE, killedInside, savedIds: saved.size, checkedBackups: backups.length };
}

function checkAfterRestart(dataDir: string, saved: Set<string>, lastDraftSeq: Map<string, number>): void {
  const db = openDatabase(dataPaths(dataDir).dbFile);
  try {
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    const present = new Set(db.prepare('SELECT id FROM documents').pluck().all() as string[]);
    const lost = [...saved].filter((id) => !present.has(id));
    expect(lost, 'documents reported as saved are all present').toEqual([]);
    const registered = db.prepare('SELECT count(*) FROM documents d JOIN incoming i ON i.document_id = d.id').pluck().get();
    expect(registered).toBe(present.size);
  } finally {
    db.close();
  }
  const draftsDir = join(dataDir, 'drafts');
  for (const name of readdirSync(draftsDir).filter((n) => !n.startsWith('.'))) {
    const draft = JSON.parse(readFileSync(join(draftsDir, name), 'utf8')) as { seq: number; sha256: string; payload: string };
    expect(createHash('sha256').update(draft.payload).digest('hex'), `${name} is whole`).toBe(draft.sha256);
    expect(draft.seq, `${name} holds at least the last reported save`).toBeGreaterThanOrEqual(lastDraftSeq.get(name) ?? 0);
  }
}

describe('SIGKILL at random moments', () => {
  it(
    `loses nothing reported as saved and never corrupts the database (${LANES * KILLS_PER_LANE} kills)`,
    async () => {
      const results = await Promise.all(Array.from({ length: LANES }, (_, i) => lane(i)));
      const kills = results.reduce((sum, r) => sum + r.kills, 0);
      const saved = results.reduce((sum, r) => sum + r.savedIds, 0);
      const inside = FOCUSES.map((f) => `${f}=${results.reduce((sum, r) => sum + r.killedInside[f], 0)}`).join(' ');
      console.log(`crash test: ${kills} kills, ${saved} saved documents checked, kills inside an operation: ${inside}`);
      expect(kills).toBeGreaterThanOrEqual(100);
      expect(saved).toBeGreaterThan(kills);
      // Every kind of operation was interrupted at least once, or the test did not test what it claims.
      for (const f of FOCUSES) {
        expect(results.reduce((sum, r) => sum + r.killedInside[f], 0), f).toBeGreaterThan(0);
      }
      expect(results.every((r) => r.checkedBackups > 0)).toBe(true);
    },
    180_000,
  );
});
