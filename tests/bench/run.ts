/**
 * The performance benchmark: a synthetic archive of N documents (default 100,000), measured through the same
 * services the UI calls, side by side with MiniSearch (in memory) and a naive LIKE scan. Prints a table and
 * writes tests/bench/results/latest.json. Run: npm run bench [-- --docs N] [-- --no-ui] [-- --keep-cache]
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { importDocuments } from '../../main/archive/bulkImport';
import { openDatabase } from '../../main/db/open';
import { renderDraftDocx } from '../../main/drafting/docx/renderDraftDocx';
import { sampleReport } from '../../main/drafting/docx/sampleDrafts';
import { corpus } from './corpus';
import { benchQueries, likePattern } from './queries';
import { timeEach, type ContenderResult } from './searchProcess';
import { bundleThroughput } from './bundleBench';
import { uiTimings } from './uiBench';
import { mb, ms, stats, type Stats } from './stats';

export type BenchOptions = { docs: number; queries: number; ui: boolean; bundleDocs: number; bundleFiles: number; bundleFileBytes: number; out?: string };

export async function runBench(options: BenchOptions) {
  const root = mkdtempSync(join(tmpdir(), 'vanthu-bench-'));
  const dataDir = join(root, 'office');
  mkdirSync(dataDir);
  const result: Record<string, unknown> = {
    machine: { cpus: cpus().length, cpu: cpus()[0]?.model, memoryGb: Math.round(totalmem() / 1024 ** 3), node: process.version, date: new Date().toISOString() },
    docs: options.docs,
  };
  try {
    // 1. From an empty data folder to a searchable archive.
    const start = performance.now();
    const db = openDatabase(join(dataDir, 'office.sqlite'));
    const symbols: string[] = [];
    importDocuments(db, (function* () {
      for (const d of corpus(options.docs)) {
        if (symbols.length < 5000) symbols.push(d.numberSymbol);
        yield d;
      }
    })());
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
    const save = () => options.out && writeFileSync(options.out, `${JSON.stringify(result, null, 2)}\n`);
    result.bulkImport = { seconds: (performance.now() - start) / 1000, docsPerSecond: options.docs / ((performance.now() - start) / 1000) };

    // 2–3. Our search through the router, as the UI calls it, and MiniSearch fed the same folded text: each in a
    // fresh process of its own, so each process's memory is its own; a third process loads the same modules and
    // opens nothing, as the baseline.
    const queries = benchQueries(symbols, 7, options.queries);
    const queriesFile = join(root, 'queries.json');
    writeFileSync(queriesFile, JSON.stringify(queries));
    const contender = (mode: string): ContenderResult => {
      const run = spawnSync(process.execPath, ['--expose-gc', '--max-old-space-size=8192', '--import', 'tsx', join(import.meta.dirname, 'searchProcess.ts'), mode, dataDir, queriesFile], {
        cwd: resolve(import.meta.dirname, '..', '..'),
        encoding: 'utf8',
        maxBuffer: 1 << 26,
      });
      if (run.status !== 0) throw new Error(`search process ${mode} failed: ${run.stderr}`);
      return JSON.parse(run.stdout.trim().split('\n').at(-1) as string) as ContenderResult;
    };
    const baseline = contender('baseline');
    const oursCold = contender('ours-cold');
    const ours = contender('ours');
    const mini = contender('minisearch');
    result.memory = { baselineRss: baseline.rss, oursRss: ours.rss, miniSearchRss: mini.rss, miniSearchHeap: mini.heapUsed - baseline.heapUsed };

    // 4. A naive LIKE scan.
    const db2 = openDatabase(join(dataDir, 'office.sqlite'), { readonly: true });
    const like = db2.prepare('SELECT id FROM documents WHERE (subject LIKE ? OR body LIKE ?) AND (? IS NULL OR type_id = ?) AND (? IS NULL OR issued_year = ?) LIMIT 50');
    const likeScan = await timeEach(queries, (q) => {
      const p = likePattern(q);
      return like.all(p, p, q.typeId ?? null, q.typeId ?? null, q.year ?? null, q.year ?? null);
    });
    db2.close();
    result.search = { ours: ours.latency, oursCold: oursCold.latency, cacheEmptied: oursCold.cacheEmptied, startCheckSeconds: ours.startCheckSeconds, miniSearch: mini.latency, likeScan, miniSearchBuildSeconds: mini.buildSeconds };

    save();
    // 5. Bundles, next to raw inserts.
    result.bundles = await bundleThroughput(join(root, 'bundles'), options.bundleDocs, options.bundleFiles, options.bundleFileBytes);

    save();
    // 6. DOCX rendering of a five-page report.
    const draft = sampleReport(5);
    for (let i = 0; i < 5; i++) await renderDraftDocx(draft);
    const docx: number[] = [];
    for (let i = 0; i < 30; i++) {
      const t = performance.now();
      await renderDraftDocx(draft);
      docx.push(performance.now() - t);
    }
    result.docxRender = stats(docx);

    // 7. The UI in browser mode on the same archive.
    save();
    if (options.ui) {
      try {
        result.ui = await uiTimings(dataDir);
      } catch (error) {
        result.ui = { error: String(error) };
      }
    }
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
  if (options.out) writeFileSync(options.out, `${JSON.stringify(result, null, 2)}\n`);
  return result;
}

export function summary(r: Awaited<ReturnType<typeof runBench>>): string {
  const s = r.search as {
    ours: Record<string, Stats>;
    oursCold: Record<string, Stats>;
    cacheEmptied: boolean;
    startCheckSeconds: number;
    miniSearch: Record<string, Stats>;
    likeScan: Record<string, Stats>;
    miniSearchBuildSeconds: number;
  };
  const memory = r.memory as { baselineRss: number; oursRss: number; miniSearchRss: number; miniSearchHeap: number };
  const lines = [`Archive: ${r.docs} documents · ${JSON.stringify(r.machine)}`, '', '| Query class | Ours p50 / p95 / max | MiniSearch p50 / p95 / max | LIKE p50 / p95 / max |', '|---|---|---|---|'];
  for (const cls of Object.keys(s.ours)) {
    const f = (x?: Stats) => (x ? `${ms(x.median)} / ${ms(x.p95)} / ${ms(x.max)}` : '—');
    lines.push(`| ${cls} | ${f(s.ours[cls])} | ${f(s.miniSearch[cls])} | ${f(s.likeScan[cls])} |`);
  }
  const worstCold = Object.entries(s.oursCold).reduce((a, b) => (b[1].p95 > a[1].p95 ? b : a));
  lines.push(
    '',
    `Ours after the start-up integrity check (${s.startCheckSeconds.toFixed(1)} s, in a worker thread), as in the table. Searching the moment the archive opens${s.cacheEmptied ? ', from an emptied system file cache' : ''}: all p50 / p95 / max ${ms(s.oursCold.all!.median)} / ${ms(s.oursCold.all!.p95)} / ${ms(s.oursCold.all!.max)}; slowest class (${worstCold[0]}) p95 ${ms(worstCold[1].p95)}`,
  );
  const bulk = r.bulkImport as { seconds: number; docsPerSecond: number };
  const b = r.bundles as Awaited<ReturnType<typeof bundleThroughput>>;
  lines.push(
    '',
    `Bulk import: ${bulk.seconds.toFixed(1)} s (${bulk.docsPerSecond.toFixed(0)} documents/s)`,
    `MiniSearch: index built in ${s.miniSearchBuildSeconds.toFixed(1)} s at every start, ${mb(memory.miniSearchHeap)} of heap, process RSS ${mb(memory.miniSearchRss)}; ours: no build at start, process RSS with the archive open after the queries ${mb(memory.oursRss)} (${((memory.oursRss / memory.miniSearchRss) * 100).toFixed(0)}% of MiniSearch's); the same process with nothing open ${mb(memory.baselineRss)}`,
    `Bundles of ${b.docs} documents: export ${b.exportDocsPerSecond.toFixed(0)} documents/s, import ${b.importDocsPerSecond.toFixed(0)} documents/s; the same rows inserted raw ${b.rawSameRowsPerSecond.toFixed(0)} documents/s (import at ${(b.importVsRawSameRows * 100).toFixed(0)}%), into a bare two-column table ${b.rawBareInsertPerSecond.toFixed(0)}/s (${(b.importVsRawBare * 100).toFixed(0)}%)`,
    `The same with ${b.withFiles.files} attached files (${mb(b.withFiles.bytes)}): export ${b.withFiles.exportSeconds.toFixed(1)} s, import ${b.withFiles.importSeconds.toFixed(1)} s (${b.withFiles.importMegabytesPerSecond.toFixed(0)} MB/s; writing the same files raw: ${b.withFiles.rawFileWriteMegabytesPerSecond.toFixed(0)} MB/s)`,
    `DOCX, five-page report: median ${ms((r.docxRender as Stats).median)}`,
  );
  const ui = r.ui as { firstPaintMs: number; firstQueryMs: number; typedQuery: Stats; error?: string } | undefined;
  if (ui?.error) lines.push(`UI (browser mode): not measured: ${ui.error}`);
  else if (ui) {
    lines.push(
      `UI (browser mode): first contentful paint ${ms(ui.firstPaintMs)}; first typed query after opening (pages read from disk) ${ms(ui.firstQueryMs)}; typed query to results p50 ${ms(ui.typedQuery.median)}, p95 ${ms(ui.typedQuery.p95)}, max ${ms(ui.typedQuery.max)} (${ui.typedQuery.n} queries)`,
    );
  }
  return lines.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const arg = (name: string, fallback: number) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? Number(process.argv[i + 1]) : fallback;
  };
  const out = resolve(import.meta.dirname, 'results', 'latest.json');
  // The search right after opening is measured from an emptied system file cache where that is allowed (root).
  if (!process.argv.includes('--keep-cache')) process.env.VANTHU_BENCH_EMPTY_CACHE = '1';
  const r = await runBench({
    docs: arg('docs', 100_000),
    queries: arg('queries', 200),
    ui: !process.argv.includes('--no-ui'),
    bundleDocs: arg('bundle-docs', 2000),
    bundleFiles: arg('bundle-files', 100),
    bundleFileBytes: arg('bundle-file-bytes', 3 * 1024 * 1024),
    out,
  });
  const text = summary(r);
  writeFileSync(resolve(import.meta.dirname, 'results', 'latest.md'), `${text}\n`);
  console.log(text);
}
