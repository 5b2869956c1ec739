/**
 * Median time to render a five-page report to DOCX bytes. Run: npx tsx tests/bench/docxRender.ts [runs]
 * Prints one line: the median in milliseconds, the number of runs and the size of the file.
 */
import { performance } from 'node:perf_hooks';
import { renderDraftDocx } from '../../main/drafting/docx/renderDraftDocx';
import { sampleReport } from '../../main/drafting/docx/sampleDrafts';

async function main(): Promise<void> {
  const runs = Number(process.argv[2] ?? 40);
  const draft = sampleReport(5);
  for (let i = 0; i < 5; i += 1) await renderDraftDocx(draft);
  const times: number[] = [];
  let bytes = 0;
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    bytes = (await renderDraftDocx(draft)).byteLength;
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const mid = Math.floor(times.length / 2);
  const median = times.length % 2 ? (times[mid] as number) : ((times[mid - 1] as number) + (times[mid] as number)) / 2;
  console.log(`docx render (5-page report): median ${median.toFixed(1)} ms over ${runs} runs, ${(bytes / 1024).toFixed(1)} KiB`);
}

await main();
