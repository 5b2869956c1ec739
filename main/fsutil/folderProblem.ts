import { isAbsolute } from 'node:path';
import { isDiskFull } from './diskFull';

/**
 * What is wrong with a folder the clerk chose (a USB stick, a shared folder), read from a file-system error: the
 * one mapping used by the backup to a stick and by bundle export and import, each of which words it for its task.
 * Null when the error is not about the folder (a bug, which stays unexpected).
 */
export type FolderProblem = 'missing' | 'notFolder' | 'readOnly' | 'full' | 'notAbsolute';

export function folderProblem(error: unknown): FolderProblem | null {
  if (isDiskFull(error)) return 'full';
  switch ((error as NodeJS.ErrnoException | null)?.code) {
    case 'ENOENT':
    case 'ENODEV':
    case 'ENXIO':
      return 'missing';
    case 'ENOTDIR':
      return 'notFolder';
    case 'EROFS':
    case 'EACCES':
    case 'EPERM':
    case 'EIO':
      return 'readOnly';
    default:
      return null;
  }
}

/**
 * A path typed by hand must name the folder from the root of a drive: a relative path would resolve against
 * wherever the program happened to start, and `E:\TraoDoi` means nothing on Linux.
 */
export function isUsableFolderPath(folder: string, platform: NodeJS.Platform = process.platform): boolean {
  if (platform === 'win32') return /^(?:[A-Za-z]:[\\/]|\\\\[^\\]+\\[^\\]+)/.test(folder);
  return isAbsolute(folder);
}
