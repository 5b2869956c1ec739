import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { BlobStore } from '../archive/blobStore';
import type { Db } from '../db/open';
import { device } from './device';
import { exportBundle } from './exportBundle';

type Exported = { path: string; to_seq: number; created_at: string };

/**
 * The bundles for one peer that wait to go to the relay, kept in the data folder until the relay has them whole.
 * On a line that keeps dropping, the next exchange sends the same file again, and the relay, which keeps what it
 * received of it, takes it from where it stopped; a new export would be a new file, sent with every attached file
 * from the first byte. A new bundle is written only when there is something new to say: ops written since, or
 * bundles imported since (their acknowledgements ride in the manifest).
 */
export async function bundlesForRelay(db: Db, blobs: BlobStore, dataDir: string, peer: string): Promise<string[]> {
  const folder = join(dataDir, 'outbox', 'relay');
  mkdirSync(folder, { recursive: true });
  const inFolder = db
    .prepare('SELECT path, to_seq, created_at FROM exported_bundles WHERE peer_unit = ? AND substr(path, 1, length(?)) = ? ORDER BY created_at DESC')
    .all(peer, folder, folder) as Exported[];
  const waiting = inFolder.filter((b) => existsSync(b.path));
  const newest = waiting[0]?.created_at;
  if (newest) {
    const set = waiting.filter((b) => b.created_at === newest);
    const lastSeq = device(db).next_seq - 1;
    const importedSince = db.prepare("SELECT 1 FROM imported_bundles WHERE status = 'applied' AND received_at >= ?").get(newest);
    if (Math.max(...set.map((b) => b.to_seq)) === lastSeq && !importedSince) return set.map((b) => b.path);
  }
  for (const b of waiting) rmSync(b.path, { force: true });
  const written = await exportBundle(db, blobs, peer, folder);
  // A bundle with no ops of this device is not sent: acknowledgements alone wait for the next one.
  for (const b of written) if (b.ops === 0) rmSync(b.path, { force: true });
  return written.filter((b) => b.ops > 0).map((b) => b.path);
}
