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
 * Whether a file in a chosen folder should be imported here: it names this unit as its destination, or, when
 * its manifest cannot be read (a damaged copy), its file name says so, so the clerk sees it refused in the journal.
 */
export async function isAddressedTo(file: string, fileName: string, unitCode: string): Promise<boolean> {
  const destinations = await declaredDestinations(file);
  if (destinations) return destinations.includes(unitCode);
  return fileName.includes(`_to_${unitCode}_`);
}
