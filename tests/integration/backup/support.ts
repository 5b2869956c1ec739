import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createBlobStore } from '../../../main/archive/blobStore';
import type { NewDocument } from '../../../main/archive/documentsRepo';
import { registerIncoming } from '../../../main/archive/registration';
import { type Db, openDatabase } from '../../../main/db/open';

const made: string[] = [];

export function tempDataDir(prefix = 'vanthu-backup-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

export function removeTempDirs(): void {
  for (const d of made.splice(0)) rmSync(d, { recursive: true, force: true });
}

export function openOffice(dataDir: string): Db {
  return openDatabase(join(dataDir, 'office.sqlite'));
}

export function incomingDocument(i: number): NewDocument {
  return {
    direction: 'incoming',
    typeId: 'notice',
    numberText: String(100 + i),
    number: 100 + i,
    symbol: 'TB-LĐLĐ',
    issuer: 'Liên đoàn Lao động tỉnh Thừa Thiên Huế',
    parentIssuer: 'Tổng Liên đoàn Lao động Việt Nam',
    place: 'Huế',
    issuedOn: '2025-03-01',
    subject: `Thông báo số ${i} về việc tổ chức Tháng Công nhân năm 2025`,
    body: `Nội dung văn bản thứ ${i}: học tập suốt đời, chăm lo đời sống đoàn viên.`,
    addressees: ['Các công đoàn cơ sở'],
    distribution: ['Như trên', 'Lưu: VT'],
    signerName: 'Nguyễn Văn An',
    signerTitle: 'Chủ tịch',
    signingAuthority: 'TM.',
    urgency: 'normal',
    secrecy: 'none',
    reportDeadline: null,
    citations: [],
  };
}

/** Registers a received document the way intake does, with an original file stored as a blob. */
export function registerWithAttachment(db: Db, dataDir: string, i: number, content?: Uint8Array): { id: string; sha256: string } {
  const blobs = createBlobStore(dataDir);
  const bytes = content ?? Buffer.from(`Tệp gốc của văn bản số ${i}\n`.repeat(20 + (i % 7)), 'utf8');
  const { sha256, size } = blobs.put(bytes);
  const now = new Date().toISOString();
  const { id } = registerIncoming(db, incomingDocument(i), { arrivedOn: '2025-03-02', channel: 'paper', recipient: '', note: '' }, (tx, docId) => {
    tx.prepare('INSERT OR IGNORE INTO blobs (sha256, size, created_at) VALUES (?, ?, ?)').run(sha256, size, now);
    tx.prepare(
      "INSERT INTO attachments (document_id, sha256, size, mime, original_name, role, created_at) VALUES (?, ?, ?, 'text/plain', ?, 'original', ?)",
    ).run(docId, sha256, size, `van-ban-${i}.txt`, now);
  });
  return { id, sha256 };
}

export function seedArchive(dataDir: string, count: number): Db {
  const db = openOffice(dataDir);
  for (let i = 0; i < count; i += 1) registerWithAttachment(db, dataDir, i);
  return db;
}

/** What the crash child does between registrations, one kind per run. */
export const FOCUSES = ['register', 'draft', 'import', 'backup'] as const;
export type Focus = (typeof FOCUSES)[number];

/** A draft file that carries its own checksum, so a half-written one is recognisable. */
export function draftContent(seq: number): string {
  const payload = `Dự thảo báo cáo lần lưu ${seq}: `.padEnd(100_000 + (seq % 13) * 3000, 'Nội dung công văn trả lời. ');
  const sha256 = createHash('sha256').update(payload).digest('hex');
  return JSON.stringify({ seq, sha256, payload });
}
