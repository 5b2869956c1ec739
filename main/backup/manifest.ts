import { z } from 'zod';
import { BACKUP_KINDS, type BackupInfo } from '../../shared/backup/types';
import { DB_FILE_NAME } from './layout';

export const MANIFEST_NAME = 'manifest.json';
export const BACKUP_FORMAT = 'van-thu-cong-doan/backup';
export const BACKUP_FORMAT_VERSION = 1;
/** A manifest larger than this is not one of ours (a million blobs is about 130 MB; this allows plenty). */
export const MAX_MANIFEST_BYTES = 256 * 1024 * 1024;

const BLOB_ENTRY = /^blobs\/([0-9a-f]{2})\/([0-9a-f]{2})\/([0-9a-f]{64})$/;

/** Only two shapes of name may appear in a backup, so a name can never steer a write outside the staging folder. */
export function isAllowedEntryName(name: string): boolean {
  if (name === DB_FILE_NAME) return true;
  const m = BLOB_ENTRY.exec(name);
  return m !== null && m[3]?.slice(0, 2) === m[1] && m[3]?.slice(2, 4) === m[2];
}

export function blobShaOfEntry(name: string): string | null {
  return BLOB_ENTRY.exec(name)?.[3] ?? null;
}

const entrySchema = z.object({
  name: z.string().refine(isAllowedEntryName, 'entry name'),
  size: z.number().int().nonnegative(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});

export const manifestSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.literal(BACKUP_FORMAT_VERSION),
  kind: z.enum(BACKUP_KINDS),
  createdAt: z.iso.datetime(),
  schemaVersion: z.number().int().nonnegative(),
  documentCount: z.number().int().nonnegative(),
  blobCount: z.number().int().nonnegative(),
  missingBlobs: z.array(z.string()),
  entries: z.array(entrySchema).min(1),
});

export type BackupManifest = z.infer<typeof manifestSchema>;
export type ManifestEntry = BackupManifest['entries'][number];

/** Exact bytes written into the archive; verification hashes entries against what these bytes say. */
export function serializeManifest(manifest: BackupManifest): Buffer {
  return Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`, 'utf8');
}

export function parseManifest(bytes: Buffer): BackupManifest | null {
  try {
    const parsed = manifestSchema.safeParse(JSON.parse(bytes.toString('utf8')));
    if (!parsed.success) return null;
    const names = new Set(parsed.data.entries.map((e) => e.name));
    if (names.size !== parsed.data.entries.length || !names.has(DB_FILE_NAME)) return null;
    return parsed.data;
  } catch {
    return null;
  }
}

export function infoFromManifest(file: string, sizeBytes: number, manifest: BackupManifest): BackupInfo {
  return {
    file,
    kind: manifest.kind,
    createdAt: manifest.createdAt,
    sizeBytes,
    schemaVersion: manifest.schemaVersion,
    documentCount: manifest.documentCount,
    blobCount: manifest.blobCount,
    missingBlobs: manifest.missingBlobs,
  };
}
