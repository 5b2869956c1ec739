// The integrity check at start in a worker thread: PRAGMA quick_check reads every page of the archive, seconds
// for a large one, during which the process that serves the window would otherwise answer nothing. The pages it
// reads stay in the system's cache, so the clerk's first searches do not wait on the disk either.
import { parentPort, workerData } from 'node:worker_threads';
import { replyFromWorker } from '../workers/runInWorker';
import { checkIntegrity, type IntegrityOptions } from './integrity';

type Job = { dataDir: string; options: IntegrityOptions };

const job = workerData as Job;
void replyFromWorker(parentPort?.postMessage.bind(parentPort), () => checkIntegrity(job.dataDir, job.options));
