import type { BlobStore } from '../archive/blobStore';
import type { Db } from '../db/open';

/** Files named by documents received from `peerUnit` that have not arrived here (shown as thiếu tệp đính kèm). */
export function awaitedFiles(db: Db, blobs: BlobStore, peerUnit: string): string[] {
  const named = db.prepare('SELECT DISTINCT a.sha256 FROM attachments a JOIN documents d ON d.id = a.document_id WHERE d.origin_unit = ?').pluck().all(peerUnit) as string[];
  return named.filter((sha256) => !blobs.has(sha256));
}

/**
 * The acknowledgements a bundle to `peerUnit` carries: what this office applied of every origin, except that the
 * peer's own origins stop short of the first op whose file has not arrived (sync.md 5.4: metadata may arrive before
 * the file). The peer, which sends everything not acknowledged, then sends that op again, with its file once it has
 * it; the op is known here and skipped, and the file fills in the attachment that already names it.
 */
export function acknowledgementsFor(db: Db, blobs: BlobStore, peerUnit: string): Record<string, number> {
  const rows = db.prepare('SELECT origin, seq FROM vv_applied').all() as { origin: string; seq: number }[];
  const acks = Object.fromEntries(rows.map((r) => [r.origin, r.seq]));
  const awaited = awaitedFiles(db, blobs, peerUnit);
  if (awaited.length === 0) return acks;
  const first = db
    .prepare(
      `SELECT o.origin, MIN(o.seq) AS seq FROM oplog o JOIN origin_units u ON u.origin = o.origin, json_each(o.body, '$.attachments') f
       WHERE u.unit_code = ? AND o.kind = 'document.publish' AND json_extract(f.value, '$.sha256') IN (SELECT value FROM json_each(?))
       GROUP BY o.origin`,
    )
    .all(peerUnit, JSON.stringify(awaited)) as { origin: string; seq: number }[];
  for (const f of first) {
    const applied = acks[f.origin];
    if (applied !== undefined) acks[f.origin] = Math.min(applied, f.seq - 1);
  }
  return acks;
}
