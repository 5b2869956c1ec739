import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppError } from '../../shared/errors';
import type { OpenedAttachment } from '../../shared/ipc/archiveTypes';
import type { SavedFile } from '../../shared/ipc/drafting';
import type { Db } from '../db/open';
import { safeFileName, saveAs, type ChooseSavePath } from '../savePath';
import type { BlobStore } from './blobStore';

/** Opens a file with the system's program (Electron's shell.openPath): resolves to '' or to the reason it failed. */
export type OpenWithSystem = (path: string) => Promise<string>;

type AttachmentRow = { sha256: string; mime: string; original_name: string };

function attachmentRow(db: Db, id: number): AttachmentRow {
  const row = db.prepare('SELECT sha256, mime, original_name FROM attachments WHERE id = ?').get(id) as AttachmentRow | undefined;
  if (!row) throw new AppError('NOT_FOUND');
  return row;
}

/** The file's bytes, only when they still hash to the name they are stored under (sync.md 5.4). */
function verifiedBytes(blobs: BlobStore, sha256: string): Uint8Array {
  if (!blobs.has(sha256)) throw new AppError('ATTACHMENT_MISSING');
  try {
    return blobs.read(sha256);
  } catch {
    throw new AppError('ATTACHMENT_DAMAGED');
  }
}

export type AttachmentDeps = { db: Db; blobs: BlobStore; chooseSavePath: ChooseSavePath; writeFile: (path: string, data: Uint8Array) => void; openWithSystem?: OpenWithSystem };

export function attachmentActions({ db, blobs, chooseSavePath, writeFile, openWithSystem }: AttachmentDeps) {
  return {
    /**
     * A document's file, verified: in Electron a copy under a fresh temp folder, named after the original (made
     * safe for Windows), opened with the system's program; in browser mode its bytes, which the page downloads.
     */
    async open(id: number): Promise<OpenedAttachment> {
      const row = attachmentRow(db, id);
      const bytes = verifiedBytes(blobs, row.sha256);
      const fileName = safeFileName(row.original_name);
      if (!openWithSystem) return { opened: false, fileName, mime: row.mime, contentBase64: Buffer.from(bytes).toString('base64') };
      const path = join(mkdtempSync(join(tmpdir(), 'vanthu-')), fileName);
      writeFileSync(path, bytes, { mode: 0o600 });
      if (await openWithSystem(path)) throw new AppError('OPEN_FAILED');
      return { opened: true, fileName };
    },
    /** A copy of the file where the clerk chooses (browser mode: the exports folder). */
    async save(id: number): Promise<SavedFile | null> {
      const row = attachmentRow(db, id);
      return saveAs(chooseSavePath, row.original_name, verifiedBytes(blobs, row.sha256), writeFile);
    },
  };
}
