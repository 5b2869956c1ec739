/**
 * One search contender in a fresh process of its own, so its memory is measured alone: the archive opened through
 * the services the UI calls ("ours"), MiniSearch built from the same archive ("minisearch"), or the process with
 * every module loaded and nothing opened ("baseline"). Prints one JSON line. Run by run.ts:
 *   node --expose-gc --import tsx tests/bench/searchProcess.ts <ours|minisearch|baseline> <dataDir> <queries.json>
 */
import { execSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import MiniSearch from 'minisearch';
import { warmUpSearch } from '../../main/archive/searchWarmUp';
import { openDatabase } from '../../main/db/open';
import { createServices } from '../../main/services';
import { foldText } from '../../shared/text/fold';
import type { BenchQuery } from './queries';
import { stats, type Stats } from './stats';

export type ContenderResult = {
  latency: (Record<string, Stats> & { all: Stats }) | null;
  rss: number;
  heapUsed: number;
  buildSeconds: number;
  /** ours: the integrity check the program runs at start (in a worker thread), which reads every page of the archive. */
  startCheckSeconds?: number;
  /** ours-cold: whether the system's file cache could be emptied first (only as root on Linux). */
  cacheEmptied?: boolean;
};

/** Empties the system's file cache, as after switching the PC on; false where that is not allowed. */
function emptySystemCache(): boolean {
  try {
    execSync('sync');
    writeFileSync('/proc/sys/vm/drop_caches', '3');
    return true;
  } catch {
    return false;
  }
}

const settle = () => {
  (globalThis as { gc?: () => void }).gc?.();
  return process.memoryUsage();
};

export async function timeEach(queries: BenchQuery[], run: (q: BenchQuery) => unknown): Promise<Record<string, Stats> & { all: Stats }> {
  const by = new Map<string, number[]>();
  const all: number[] = [];
  for (const q of queries) {
    const start = performance.now();
    await run(q);
    const took = performance.now() - start;
    all.push(took);
    by.set(q.cls, [...(by.get(q.cls) ?? []), took]);
  }
  return Object.assign(Object.fromEntries([...by].map(([k, v]) => [k, stats(v)])), { all: stats(all) });
}

type Row = { id: number; subject: string; body: string; numberSymbol: string; typeId: string; year: number };

export async function runContender(mode: string, dataDir: string, queries: BenchQuery[]): Promise<ContenderResult> {
  if (mode === 'ours' || mode === 'ours-cold') {
    // ours-cold searches the moment the archive opens, from an emptied cache where allowed; ours first lets the
    // start-up integrity check and the search warm-up after it run, as the program does, so the archive is read
    // once as on any working day.
    const cacheEmptied = mode === 'ours-cold' && process.env.VANTHU_BENCH_EMPTY_CACHE === '1' ? emptySystemCache() : false;
    const services = createServices({ dataDir, resourcesDir: resolve(import.meta.dirname, '..', '..', 'resources'), samples: false });
    const check = performance.now();
    if (mode === 'ours') {
      await services.backup.checkIntegrity();
      warmUpSearch(services.db);
    }
    const startCheckSeconds = (performance.now() - check) / 1000;
    const latency = await timeEach(queries, (q) =>
      services.router.dispatch('documents:search', { query: q.query, ...(q.typeId ? { typeId: q.typeId } : {}), ...(q.year ? { year: q.year } : {}), limit: 50 }),
    );
    const memory = settle();
    services.close();
    return { latency, rss: memory.rss, heapUsed: memory.heapUsed, buildSeconds: 0, ...(mode === 'ours' ? { startCheckSeconds } : { cacheEmptied }) };
  }
  if (mode === 'minisearch') {
    const start = performance.now();
    const mini = new MiniSearch<Row>({
      fields: ['numberSymbol', 'subject', 'body'],
      storeFields: ['typeId', 'year'],
      processTerm: (term) => foldText(term),
      searchOptions: { prefix: true, combineWith: 'AND', boost: { numberSymbol: 8, subject: 6 } },
    });
    const db = openDatabase(resolve(dataDir, 'office.sqlite'), { readonly: true });
    const rows = db.prepare('SELECT rowid AS id, subject, body, number_symbol AS numberSymbol, type_id AS typeId, issued_year AS year FROM documents').iterate() as Iterable<Row>;
    for (const row of rows) mini.add(row);
    db.close();
    const buildSeconds = (performance.now() - start) / 1000;
    const latency = await timeEach(queries, (q) =>
      mini.search(q.query.replace(/[/-]/g, ' '), { filter: (r) => (!q.typeId || r.typeId === q.typeId) && (!q.year || r.year === q.year) }).slice(0, 50),
    );
    const memory = settle();
    return { latency, rss: memory.rss, heapUsed: memory.heapUsed, buildSeconds };
  }
  const memory = settle();
  return { latency: null, rss: memory.rss, heapUsed: memory.heapUsed, buildSeconds: 0 };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [mode = 'baseline', dataDir = '.', queriesFile] = process.argv.slice(2);
  const queries = queriesFile ? (JSON.parse(readFileSync(queriesFile, 'utf8')) as BenchQuery[]) : [];
  process.stdout.write(`${JSON.stringify(await runContender(mode, dataDir, queries))}\n`);
}
