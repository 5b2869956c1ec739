// `npm test`: lint, typecheck, core tests (vitest), UI and shell tests (Playwright), then one closing line
// `N passed, N failed, N skipped` that totals every suite.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { buildRenderer } from './build.mjs';

const out = join('test-results', 'summary');
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const totals = { passed: 0, failed: 0, skipped: 0 };
const only = process.argv.slice(2);
const wanted = (name) => only.length === 0 || only.includes(name);

function run(label, command, args, env = {}) {
  console.log(`\n== ${label} ==`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status === 0;
}

function check(label, ok) {
  totals[ok ? 'passed' : 'failed'] += 1;
  console.log(`${label}: ${ok ? 'đạt' : 'KHÔNG ĐẠT'}`);
}

const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';

if (wanted('lint')) check('lint', run('Lint (gồm quy tắc phân lớp)', npx, ['eslint', '.', '--max-warnings=0']));
if (wanted('typecheck')) check('typecheck', run('Kiểm tra kiểu theo từng lớp', npx, ['tsc', '-b']));

if (wanted('unit')) {
  const file = join(out, 'vitest.json');
  const ok = run('Vitest (lõi, SQLite thật)', npx, ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${file}`]);
  if (existsSync(file)) {
    const report = JSON.parse(readFileSync(file, 'utf8'));
    totals.passed += report.numPassedTests;
    totals.failed += report.numFailedTests;
    totals.skipped += report.numPendingTests + (report.numTodoTests ?? 0);
    // A suite that fails to load has no tests to count: count it as a failure.
    totals.failed += report.testResults.filter((s) => s.status === 'failed' && s.assertionResults.length === 0).length;
  } else if (!ok) totals.failed += 1;
}

if (wanted('e2e')) {
  await buildRenderer();
  const file = join(out, 'playwright.json');
  const ok = run('Playwright (giao diện trong Chromium, vỏ Electron)', npx, ['playwright', 'test', '--reporter=list,json'], {
    PLAYWRIGHT_JSON_OUTPUT_NAME: file,
  });
  if (existsSync(file)) {
    const stats = JSON.parse(readFileSync(file, 'utf8')).stats;
    totals.passed += stats.expected + stats.flaky;
    totals.failed += stats.unexpected;
    totals.skipped += stats.skipped;
  } else if (!ok) totals.failed += 1;
}

console.log(`\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(totals.failed > 0 ? 1 : 0);
