/**
 * The program under SIGKILL: registers documents, autosaves drafts, imports "bundles" and takes backups in a
 * loop, printing a line only after each change is durable. The parent kills it at random moments and checks
 * that everything reported survived. Usage: node --import tsx crashChild.ts <dataDir> <focus>
 */
import { randomInt } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createBackup } from '../../../main/backup/create';
import { preMigrationBackupHook } from '../../../main/backup/migrationHook';
import { recoverDataDirAtStart } from '../../../main/backup/service';
import { insertDocument } from '../../../main/archive/documentsRepo';
import { addToIncomingRegister } from '../../../main/archive/incomingRegister';
import { openDatabase } from '../../../main/db/open';
import { writeFileAtomic } from '../../../main/fsutil/atomicWrite';
import { draftContent, FOCUSES, incomingDocument, registerWithAttachment } from './support';

function draftSeq(file: string): number {
  return (JSON.parse(readFileSync(file, 'utf8')) as { seq: number }).seq;
}

async function main(): Promise<void> {
  const [dataDir, focusArg] = process.argv.slice(2);
  const focus = FOCUSES.find((f) => f === focusArg);
  if (!dataDir || !focus) throw new Error('usage: crashChild <dataDir> <focus>');
  mkdirSync(dataDir, { recursive: true });
  recoverDataDirAtStart(dataDir);
  const db = openDatabase(join(dataDir, 'office.sqlite'), { beforeMigrate: preMigrationBackupHook(dataDir) });
  const draftsDir = join(dataDir, 'drafts');
  mkdirSync(draftsDir, { recursive: true });
  // Like a draft's revision, save numbers keep rising across restarts: continue after what is on disk.
  const savedBefore = Math.max(0, ...readdirSync(draftsDir).filter((f) => /^draft-\d\.json$/.test(f)).map((f) => draftSeq(join(draftsDir, f))));
  const say = (line: string): void => {
    process.stdout.write(`${line}\n`);
  };
  // Unique per run so document numbers never collide with earlier runs in the same data folder.
  const base = randomInt(1, 2 ** 40);
  let n = 0;
  say('ready');
  for (;;) {
    n += 1;
    const { id } = registerWithAttachment(db, dataDir, base + n * 100);
    say(`saved ${id}`);
    say(`begin ${focus}`);
    if (focus === 'register') {
      for (let k = 1; k <= 10; k += 1) say(`saved ${registerWithAttachment(db, dataDir, base + n * 100 + k).id}`);
    } else if (focus === 'draft') {
      const name = `draft-${n % 3}.json`;
      await writeFileAtomic(join(draftsDir, name), draftContent(savedBefore + n));
      say(`wrote ${name} ${savedBefore + n}`);
    } else if (focus === 'import') {
      await createBackup(db, dataDir, { kind: 'pre-import' });
      const ids = db.transaction(() =>
        Array.from({ length: 15 }, (_, k) => {
          const docId = insertDocument(db, incomingDocument(base + n * 100 + k + 1));
          addToIncomingRegister(db, docId, { arrivedOn: '2025-03-03', channel: 'bundle', recipient: '', note: '' });
          return docId;
        }),
      ).immediate();
      for (const docId of ids) say(`saved ${docId}`);
    } else if (focus === 'backup') {
      const info = await createBackup(db, dataDir, { kind: 'manual' });
      say(`backup ${info.file}`);
    }
    say(`end ${focus}`);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
