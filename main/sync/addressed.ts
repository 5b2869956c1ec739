import { lstatSync } from 'node:fs';
import { parseUntrustedJson } from './canonical';
import { LIMITS, listEntries, openZip, readEntry } from './zip';

/**
 * The units a bundle says it is for, read from its manifest without verifying anything: only to choose which
 * files of a shared folder to import. Whatever is chosen still goes through the full verifier. Null when the
 * file cannot be read as a bundle at all.
 */
export async function declaredDestinations(file: string): Promise<string[] | null> {
  // A pipe or device in the folder would block or never end: only regular files are opened.
  if (!lstatSync(file, { throwIfNoEntry: false })?.isFile()) return null;
  let zip;
  try {
    zip = await openZip(file);
  } catch {
    return null;
  }
  try {
    const entries = await listEntries(zip);
    const info = entries.get('manifest.json');
    if (!info || info.size > LIMITS.maxManifestBytes) return null;
    const read = await readEntry(zip, info, LIMITS.maxManifestBytes);
    const manifest = parseUntrustedJson((read.bytes as Buffer).toString('utf8')) as { destinations?: unknown } | null;
    const list = manifest && typeof manifest === 'object' && !Array.isArray(manifest) ? manifest.destinations : null;
    return Array.isArray(list) ? list.filter((d): d is string => typeof d === 'string') : null;
  } catch {
    return null;
  } finally {
    zip.close();
  }
}

/**
 * Who a file in a chosen folder is for: this unit, or the other units it names. A file whose manifest cannot be
 * read (a damaged copy, a file that is no bundle at all) is for this unit unless its name says it is for another,
 * so the clerk sees it refused in the journal rather than skipped without a word.
 */
export async function addressee(file: string, fileName: string, unitCode: string): Promise<{ here: true } | { here: false; units: string[] }> {
  const destinations = await declaredDestinations(file);
  if (destinations) return destinations.includes(unitCode) ? { here: true } : { here: false, units: destinations };
  const named = /_to_([\p{L}\p{N}.-]+?)_/u.exec(fileName)?.[1];
  return named && named !== unitCode ? { here: false, units: [named] } : { here: true };
}
