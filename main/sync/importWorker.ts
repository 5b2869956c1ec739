// The bundle import in a worker thread: its own connection to the office database, so the process that serves
// the window (the Electron main process) stays free while a large bundle is verified and applied.
import { join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { createBlobStore } from '../archive/blobStore';
import { openDatabase } from '../db/open';
import { importBundle } from './importBundle';

type Job = { dataDir: string; file: string; nativeBinding?: string };

const job = workerData as Job;
const db = openDatabase(join(job.dataDir, 'office.sqlite'), job.nativeBinding ? { nativeBinding: job.nativeBinding } : {});
importBundle(db, createBlobStore(job.dataDir), job.dataDir, job.file)
  .then((result) => parentPort?.postMessage({ ok: true, result }))
  .catch((error: unknown) => parentPort?.postMessage({ ok: false, error: error instanceof Error ? error.message : String(error) }))
  .finally(() => db.close());
