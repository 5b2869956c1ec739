// The bundle import in a worker thread: its own connection to the office database, so the process that serves
// the window (the Electron main process) stays free while a large bundle is verified and applied.
import { join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { createBlobStore } from '../archive/blobStore';
import { openDatabase } from '../db/open';
import { replyFromWorker } from '../workers/runInWorker';
import { importBundle } from './importBundle';

type Job = { dataDir: string; file: string; fileName: string; nativeBinding?: string };

const job = workerData as Job;
void replyFromWorker(parentPort?.postMessage.bind(parentPort), async () => {
  const db = openDatabase(join(job.dataDir, 'office.sqlite'), job.nativeBinding ? { nativeBinding: job.nativeBinding } : {});
  try {
    return await importBundle(db, createBlobStore(job.dataDir), job.dataDir, job.file, new Date(), job.fileName);
  } finally {
    db.close();
  }
});
