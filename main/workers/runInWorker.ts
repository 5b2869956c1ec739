import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';

/** The long jobs that run on a thread of their own, each with its own database connection. */
const WORKERS = {
  /** Verifying and applying a bundle (main/sync/importWorker.ts). */
  importWorker: '../sync/importWorker.ts',
  /** The integrity check of the archive at start (main/backup/integrityWorker.ts). */
  integrityWorker: '../backup/integrityWorker.ts',
} as const;

export type WorkerName = keyof typeof WORKERS;

/** What every worker posts back once: its result, or the message of what went wrong. */
export type WorkerReply<T> = { ok: true; result: T } | { ok: false; error: string };

/**
 * Where a worker's code is: next to the bundled Electron main (dist/app/<name>.cjs), or its TypeScript source run
 * through tsx (browser mode, CLI, tests), loaded by workerSource.mjs.
 */
function workerEntry(name: WorkerName): { file: string | URL; module?: string } {
  const bundled = typeof __dirname === 'string' ? join(__dirname, `${name}.cjs`) : null;
  if (bundled && existsSync(bundled)) return { file: bundled };
  return { file: new URL('./workerSource.mjs', import.meta.url), module: new URL(WORKERS[name], import.meta.url).href };
}

/** Runs one job in a worker thread and resolves with what it posts back, or rejects with its error. */
export function runInWorker<T>(name: WorkerName, data: Record<string, unknown>, failure: string): Promise<T> {
  const entry = workerEntry(name);
  return new Promise((resolve, reject) => {
    const worker = new Worker(entry.file, { workerData: { ...data, ...(entry.module ? { module: entry.module } : {}) } });
    worker.once('message', (message: WorkerReply<T>) => {
      if (message.ok) resolve(message.result);
      else reject(new Error(message.error));
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`${failure} (mã ${code}).`));
    });
  });
}

/** The worker side: runs `job` and posts its result or error back once. */
export function replyFromWorker<T>(post: ((reply: WorkerReply<T>) => void) | undefined, job: () => Promise<T>): Promise<void> {
  return job().then(
    (result) => post?.({ ok: true, result }),
    (error: unknown) => post?.({ ok: false, error: error instanceof Error ? error.message : String(error) }),
  );
}
