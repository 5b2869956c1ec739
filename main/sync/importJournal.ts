import { randomUUID } from 'node:crypto';
import type { SyncReason } from '../../shared/sync/reasons';
import type { Db } from '../db/open';

/**
 * The import journal (imported_bundles, shown as Nhật ký nhập gói): a line for every attempt. An applied bundle is
 * keyed by its file's hash alone, which the duplicate check looks up (sync.md 5.3 step 2). An attempt that applied
 * nothing, refused or already imported, is keyed by the hash and the attempt, so the same file tried twice (a stick
 * tried again, a clock put right too late) keeps both lines, each with the name the clerk chose.
 */
const attemptKey = (sha256: string | null) => `${sha256 ?? 'unreadable'}:${randomUUID()}`;

/** The file hash inside a journal key (null for a file that could not even be read). */
export function journalSha256(key: string): string | null {
  const sha = key.split(':')[0] ?? '';
  return /^[0-9a-f]{64}$/.test(sha) ? sha : null;
}

/** An attempt that applied nothing, with the sending office where it is known for sure. */
export type Attempt = { sha256: string | null; fileName: string; senderUnit: string | null } & (
  | { status: 'rejected'; reason: SyncReason }
  | { status: 'duplicate'; bundleId: string | null }
);

export function journalAttempt(db: Db, attempt: Attempt, now: Date): void {
  db.prepare('INSERT INTO imported_bundles (sha256, bundle_id, file_name, sender_unit, status, reason_code, received_at) VALUES (?, ?, ?, ?, ?, ?, ?)').run(
    attemptKey(attempt.sha256),
    attempt.status === 'duplicate' ? attempt.bundleId : null,
    attempt.fileName,
    attempt.senderUnit,
    attempt.status,
    attempt.status === 'rejected' ? attempt.reason : null,
    now.toISOString(),
  );
  if (attempt.status === 'rejected' && attempt.reason === 'EQUIVOCATION') {
    db.prepare('INSERT INTO sync_alerts (at, kind, detail) VALUES (?, ?, ?)').run(now.toISOString(), 'equivocation', attempt.fileName);
  }
}

/** What a bundle does for the documents' files: files the archive lacked that it brings, and files still missing. */
export type FileCounts = { arrived: number; awaited: number };

/** What the journal and the banner say of an applied bundle; the banner also says what became of missing files. */
export function appliedMessage(documents: number, files: FileCounts = { arrived: 0, awaited: 0 }): string {
  const said = [documents ? `Đã nhập ${documents} văn bản mới.` : files.arrived ? 'Đã nhập; gói không có văn bản mới.' : 'Đã nhập; gói không có văn bản mới (chỉ có xác nhận đã nhận).'];
  if (files.arrived) said.push(`Đã nhận ${files.arrived} tệp đính kèm mà kho còn thiếu.`);
  if (files.awaited) said.push(`${files.awaited} tệp đính kèm chưa có trong gói (thiếu tệp đính kèm): văn bản vẫn được nhập, tệp sẽ có khi nhập gói tiếp theo từ nơi gửi.`);
  return said.join(' ');
}
