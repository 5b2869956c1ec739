import { existsSync, mkdirSync } from 'node:fs';
import { basename, join, parse } from 'node:path';
import { AppError } from '../shared/errors';
import type { SavedFile } from '../shared/ipc/drafting';

/**
 * Where a file the clerk asked for goes. The Electron shell asks with a save dialog (null when the clerk
 * cancels); browser mode and the CLI write into `<dataDir>/exports/` and show the path.
 */
export type ChooseSavePath = (suggestedName: string) => Promise<string | null>;

/** A file name safe on Windows and Linux alike, from text that may come from a document. */
export function safeFileName(name: string): string {
  const cleaned = name
    .normalize('NFC')
    .replace(/[<>:"/\\|?*]/g, '-')
    .replace(/\p{Cc}/gu, '-')
    .replace(/[. ]+$/, '')
    .slice(0, 150);
  const base = cleaned || 'van-ban';
  return /^(con|prn|aux|nul|com\d|lpt\d)(\.|$)/i.test(base) ? `_${base}` : base;
}

/**
 * Writes a file the clerk asked for where they choose, under a safe form of the suggested name: null when the
 * clerk cancels; a folder that cannot be written says so.
 */
export async function saveAs(
  choose: ChooseSavePath,
  suggestedName: string,
  bytes: Uint8Array,
  writeFile: (path: string, data: Uint8Array) => void,
): Promise<SavedFile | null> {
  const path = await choose(safeFileName(suggestedName));
  if (!path) return null;
  try {
    writeFile(path, bytes);
  } catch {
    throw new AppError('EXPORT_FAILED');
  }
  return { path, fileName: basename(path) };
}

export function exportsFolderChooser(dataDir: string): ChooseSavePath {
  return async (suggestedName) => {
    const dir = join(dataDir, 'exports');
    mkdirSync(dir, { recursive: true });
    const { name, ext } = parse(safeFileName(suggestedName));
    let candidate = join(dir, `${name}${ext}`);
    for (let i = 2; existsSync(candidate); i++) candidate = join(dir, `${name} (${i})${ext}`);
    return candidate;
  };
}
