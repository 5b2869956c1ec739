import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { writeOfficeProfile } from '../../main/archive/officeProfile';
import { openDatabase } from '../../main/db/open';
import { startBrowserMode } from '../../main/server/serve';
import { stats } from './stats';

// Sent as source text: the function runs in the page, untouched by the TypeScript loader's helpers.
const MEASURE = `async (query) => {
  const input = document.querySelector('input[type="search"]');
  const count = document.querySelector('[data-testid="result-count"]');
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
  const start = performance.now();
  setter.call(input, query);
  input.dispatchEvent(new Event('input', { bubbles: true }));
  await new Promise((done) => {
    let sawLoading = false;
    const check = () => {
      if (count.textContent.includes('Đang tải')) sawLoading = true;
      else if (sawLoading) { observer.disconnect(); requestAnimationFrame(() => done()); }
    };
    const observer = new MutationObserver(check);
    observer.observe(count, { childList: true, characterData: true, subtree: true });
    check();
  });
  return performance.now() - start;
}`;

const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

const QUERIES = [
  'hoc tap suot doi', 'thang cong nhan', 'tai chinh', 'doi thoai', 'binh dang gioi', 'an toan', 'mai am', 'chuyen doi so', 'kiem tra', 'dang',
  'ke hoach', 'thong bao 2024', 'huong dan', 'bao cao', 'dai hoi', 'tet', 'kinh phi cong doan', 'quyet toan', 'thi dua', 'tham nhung',
];

/**
 * First paint of the UI in browser mode, and the time from a typed query to its results on screen. The first query
 * after the archive opens reads its pages from disk and is reported on its own; the others are the clerk at work.
 */
export async function uiTimings(dataDir: string, queries = QUERIES) {
  const db = openDatabase(join(dataDir, 'office.sqlite'));
  // A twenty-year archive is handled, not waiting: Việc cần làm lists today's work, the archive holds the rest.
  db.prepare("UPDATE incoming SET status = 'done'").run();
  writeOfficeProfile(db, {
    officeName: 'LIÊN ĐOÀN LAO ĐỘNG TỈNH LAI CHÂU', parentName: '', placeName: 'Lai Châu', unitCode: 'LĐLĐ', role: 'province', symbolPatterns: {},
    numberingScheme: 'shared', signerPresets: [], defaultHandlingDays: 7, countWorkingDays: true, warningDays: 3,
  });
  db.close();
  const root = resolve(import.meta.dirname, '..', '..');
  const mode = await startBrowserMode({ dataDir, resourcesDir: join(root, 'resources'), distDir: join(root, 'dist'), backgroundTasks: false });
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ARGS });
  try {
    const page = await browser.newPage();
    await page.goto(mode.bridge.url);
    await page.waitForSelector('body[data-ready="true"]');
    const firstPaintMs = await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? -1);
    await page.getByRole('button', { name: 'Kho văn bản' }).click();
    await page.waitForSelector('[data-testid="doc-row"]');
    const typed: number[] = [];
    for (const q of queries) {
      typed.push(await page.evaluate<number>(`(${MEASURE})(${JSON.stringify(q)})`));
    }
    const [firstQueryMs, ...rest] = typed;
    return { firstPaintMs, firstQueryMs: firstQueryMs ?? -1, typedQuery: stats(rest) };
  } finally {
    await browser.close();
    await mode.stop();
  }
}
