import { runInWorker } from '../workers/runInWorker';
import type { ImportResult } from './importBundle';

/** Runs one bundle import in a worker thread and resolves with its result, exactly as importBundle would. */
export function importInWorker(dataDir: string, file: string, fileName: string, nativeBinding?: string): Promise<ImportResult> {
  return runInWorker<ImportResult>('importWorker', { dataDir, file, fileName, ...(nativeBinding ? { nativeBinding } : {}) }, 'Luồng nhập gói dừng bất thường');
}
