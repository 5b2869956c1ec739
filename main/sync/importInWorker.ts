import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ImportResult } from './importBundle';

/**
 * Where the worker's code is: next to the bundled Electron main (dist/app/importWorker.cjs), or the TypeScript
 * source run through tsx (browser mode, CLI, tests).
 */
function workerEntry(): { file: string | URL; execArgv: string[] } {
  const bundled = typeof __dirname === 'string' ? join(__dirname, 'importWorker.cjs') : null;
  if (bundled && existsSync(bundled)) return { file: bundled, execArgv: [] };
  return { file: new URL('./importWorkerSource.mjs', import.meta.url), execArgv: [] };
}

/** Runs one bundle import in a worker thread and resolves with its result, exactly as importBundle would. */
export function importInWorker(dataDir: string, file: string, nativeBinding?: string): Promise<ImportResult> {
  const entry = workerEntry();
  return new Promise((resolve, reject) => {
    const worker = new Worker(entry.file, { workerData: { dataDir, file, ...(nativeBinding ? { nativeBinding } : {}) }, execArgv: entry.execArgv });
    worker.once('message', (message: { ok: true; result: ImportResult } | { ok: false; error: string }) => {
      if (message.ok) resolve(message.result);
      else reject(new Error(message.error));
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`Luồng nhập gói dừng bất thường (mã ${code}).`));
    });
  });
}
