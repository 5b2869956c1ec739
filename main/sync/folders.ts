import { SyncError, type SyncReason } from '../../shared/sync/reasons';
import { folderProblem, isUsableFolderPath, type FolderProblem } from '../fsutil/folderProblem';

const WRITING: Record<FolderProblem, SyncReason> = {
  missing: 'FOLDER_NOT_FOUND',
  notFolder: 'FOLDER_IS_FILE',
  readOnly: 'FOLDER_NOT_WRITABLE',
  full: 'NO_SPACE',
  notAbsolute: 'FOLDER_NOT_ABSOLUTE',
};

const READING: Record<FolderProblem, SyncReason> = { ...WRITING, readOnly: 'FOLDER_NOT_READABLE' };

/** Refuses a folder path typed by hand that cannot name a folder on this PC, before anything is read or written. */
export function checkFolderPath(folder: string): void {
  if (!isUsableFolderPath(folder)) throw new SyncError('FOLDER_NOT_ABSOLUTE', folder);
}

/**
 * Runs work on a folder the clerk chose and turns what the file system says about that folder (missing, a file,
 * read-only, full) into the sentence for the clerk; anything else stays unexpected.
 */
export async function inChosenFolder<T>(folder: string, use: 'read' | 'write', work: () => Promise<T>): Promise<T> {
  checkFolderPath(folder);
  try {
    return await work();
  } catch (error) {
    if (error instanceof SyncError) throw error;
    const problem = folderProblem(error);
    if (!problem) throw error;
    throw new SyncError((use === 'write' ? WRITING : READING)[problem], `${folder}: ${(error as Error).message}`);
  }
}
