import { mkdir, open, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Readable } from 'node:stream';
import { LATEST_SCHEMA_VERSION } from '../db/open';
import type { BackupInfo, BackupProblem, VerifyReport } from '../../shared/backup/types';
import { blobShaOfEntry, infoFromManifest, isAllowedEntryName, MANIFEST_NAME, MAX_MANIFEST_BYTES, parseManifest, type BackupManifest } from './manifest';
import { digestStream, readAll, visitZipEntries, type Digest } from './zipRead';

export type BackupReading = {
  readonly manifest: BackupManifest | null;
  readonly problems: BackupProblem[];
};

/**
 * Reads every entry of a backup, hashing it, and checks the result against the manifest. With `extractTo`, the
 * entries are also written (and fsynced) under that folder, by their checked names only.
 */
export async function readBackup(file: string, extractTo?: string): Promise<BackupReading> {
  const problems: BackupProblem[] = [];
  const digests = new Map<string, Digest>();
  let manifestBytes: Buffer | null = null;
  try {
    await visitZipEntries(file, async (entry, openEntry) => {
      if (entry.name === MANIFEST_NAME && !entry.encrypted) {
        manifestBytes = await readAll(await openEntry(), MAX_MANIFEST_BYTES);
        return;
      }
      if (!isAllowedEntryName(entry.name) || entry.encrypted || digests.has(entry.name)) {
        problems.push({ code: 'BACKUP_FILE_INVALID', subject: entry.name, detail: 'unexpected entry' });
        return;
      }
      const stream = await openEntry();
      digests.set(entry.name, extractTo ? await extractEntry(stream, join(extractTo, ...entry.name.split('/'))) : await digestStream(stream));
    });
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    const notZip = digests.size === 0 && manifestBytes === null;
    problems.push({ code: notZip ? 'BACKUP_FILE_INVALID' : 'BACKUP_FILE_DAMAGED', detail });
    return { manifest: null, problems };
  }
  const manifest = manifestBytes ? parseManifest(manifestBytes) : null;
  if (!manifest) {
    problems.push({ code: 'BACKUP_FILE_INVALID', subject: MANIFEST_NAME, detail: 'missing or malformed manifest' });
    return { manifest: null, problems };
  }
  problems.push(...compareWithManifest(manifest, digests));
  if (manifest.schemaVersion > LATEST_SCHEMA_VERSION) {
    problems.push({ code: 'BACKUP_TOO_NEW', detail: `schema ${manifest.schemaVersion} > ${LATEST_SCHEMA_VERSION}` });
  }
  return { manifest, problems };
}

function compareWithManifest(manifest: BackupManifest, digests: Map<string, Digest>): BackupProblem[] {
  const problems: BackupProblem[] = [];
  const listed = new Set<string>();
  for (const entry of manifest.entries) {
    listed.add(entry.name);
    const actual = digests.get(entry.name);
    const blobSha = blobShaOfEntry(entry.name);
    if (!actual) problems.push({ code: 'BACKUP_FILE_DAMAGED', subject: entry.name, detail: 'entry missing' });
    else if (actual.sha256 !== entry.sha256 || actual.size !== entry.size || (blobSha !== null && blobSha !== actual.sha256)) {
      problems.push({ code: 'BACKUP_FILE_DAMAGED', subject: entry.name, detail: 'content does not match its checksum' });
    }
  }
  for (const name of digests.keys()) {
    if (!listed.has(name)) problems.push({ code: 'BACKUP_FILE_INVALID', subject: name, detail: 'entry not in manifest' });
  }
  return problems;
}

/** Checks a backup file end to end (every byte hashed) without touching any data. */
export async function verifyBackup(file: string): Promise<VerifyReport> {
  let size: number;
  try {
    size = (await stat(file)).size;
  } catch (error) {
    return { ok: false, file, info: null, problems: [{ code: 'BACKUP_FILE_INVALID', detail: (error as Error).message }] };
  }
  const { manifest, problems } = await readBackup(file);
  return { ok: problems.length === 0, file, info: manifest ? infoFromManifest(file, size, manifest) : null, problems };
}

/**
 * The backup's details from its manifest alone, without hashing the content: quick enough for a list of many
 * large backups. Null when the file is not a readable backup. verifyBackup remains the check before use.
 */
export async function readBackupInfo(file: string): Promise<BackupInfo | null> {
  let manifestBytes: Buffer | null = null;
  try {
    const size = (await stat(file)).size;
    await visitZipEntries(file, async (entry, openEntry) => {
      if (entry.name === MANIFEST_NAME && !entry.encrypted) manifestBytes = await readAll(await openEntry(), MAX_MANIFEST_BYTES);
    });
    const manifest = manifestBytes ? parseManifest(manifestBytes) : null;
    return manifest ? infoFromManifest(file, size, manifest) : null;
  } catch {
    return null;
  }
}

async function extractEntry(stream: Readable, target: string): Promise<Digest> {
  await mkdir(dirname(target), { recursive: true });
  const handle = await open(target, 'wx');
  try {
    const digest = await digestStream(stream, async (chunk) => {
      let offset = 0;
      while (offset < chunk.byteLength) offset += (await handle.write(chunk, offset, chunk.byteLength - offset)).bytesWritten;
    });
    await handle.sync();
    return digest;
  } finally {
    await handle.close();
  }
}
