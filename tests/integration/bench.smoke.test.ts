import { describe, expect, it } from 'vitest';
import { runBench, summary } from '../bench/run';

describe('benchmark smoke run', () => {
  it('runs every measurement of npm run bench on a small archive', async () => {
    const r = await runBench({ docs: 400, queries: 25, ui: false, bundleDocs: 40, bundleFiles: 3, bundleFileBytes: 20_000 });
    const search = r.search as {
      ours: Record<string, { n: number; median: number }>;
      oursCold: Record<string, { n: number }>;
      startCheckSeconds: number;
      miniSearch: Record<string, { n: number }>;
      likeScan: Record<string, { n: number }>;
    };
    expect(search.ours.all?.n).toBe(25);
    expect(search.oursCold.all?.n).toBe(25);
    expect(search.startCheckSeconds).toBeGreaterThan(0);
    expect(search.miniSearch.all?.n).toBe(25);
    expect(search.likeScan.all?.n).toBe(25);
    expect(Object.keys(search.ours)).toEqual(expect.arrayContaining(['một từ (rộng)', '2–3 từ', 'cụm từ', 'số, ký hiệu', 'có lọc loại, năm']));
    expect((r.bulkImport as { docsPerSecond: number }).docsPerSecond).toBeGreaterThan(0);
    expect((r.bundles as { importDocsPerSecond: number; docs: number }).docs).toBe(40);
    const memory = r.memory as { baselineRss: number; oursRss: number; miniSearchRss: number };
    expect(memory.oursRss).toBeGreaterThan(memory.baselineRss / 2);
    expect(memory.miniSearchRss).toBeGreaterThan(0);
    expect((r.docxRender as { median: number }).median).toBeGreaterThan(0);
    expect(summary(r)).toContain('Bulk import');
  }, 120_000);
});
