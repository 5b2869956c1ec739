import { existsSync, mkdirSync } from 'node:fs';
import { join, parse } from 'node:path';

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
