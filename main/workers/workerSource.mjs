// Runs a TypeScript worker from source (browser mode, CLI, tests): the loader is registered in this thread, then
// the worker's module (passed in workerData.module by runInWorker.ts) is imported.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.module);
