// `npm start`: the Electron window when an Electron binary can be had, otherwise the same UI in browser mode.
import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { buildElectron, buildRenderer } from './build.mjs';
import { electronBinaryPath } from './electronBinary.mjs';

const browserOnly = process.argv.includes('--browser') || process.env.VANTHU_BROWSER === '1';
const passThrough = process.argv.slice(2).filter((a) => a !== '--browser');

await buildRenderer();

let binary = browserOnly ? null : electronBinaryPath();
if (!binary && !browserOnly) {
  // Electron 42+ fetches its binary on first use; a machine without internet answers quickly with an error.
  const install = spawnSync(process.execPath, [join('node_modules', 'electron', 'install.js')], { stdio: 'ignore', timeout: 180_000 });
  if (install.status === 0) binary = electronBinaryPath();
}

if (binary) {
  await buildElectron();
  const child = spawn(binary, ['.', ...passThrough], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  if (!browserOnly) console.log('Không có Electron trên máy này: chạy giao diện trong trình duyệt thay thế (chế độ trình duyệt).');
  const child = spawn(process.execPath, [join('bin', 'vanthu.mjs'), 'serve', ...passThrough], { stdio: 'inherit' });
  const forward = (signal) => child.kill(signal);
  process.on('SIGINT', forward);
  process.on('SIGTERM', forward);
  child.on('exit', (code) => process.exit(code ?? 0));
}
