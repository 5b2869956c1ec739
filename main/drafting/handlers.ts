import { writeFileSync } from 'node:fs';
import { documentTypeName } from '../../shared/domain/documentTypes';
import type { DraftDocument } from '../../shared/domain/draft';
import type { OfficeProfile } from '../../shared/domain/office';
import { draftFileName } from '../../shared/drafting/fileNames';
import { newDraft, replyDraftFrom } from '../../shared/drafting/templates';
import { AppError } from '../../shared/errors';
import type { draftingOperations, SavedFile } from '../../shared/ipc/drafting';
import { saveAs, type ChooseSavePath } from '../savePath';
import type { BlobStore } from '../archive/blobStore';
import { getDocument } from '../archive/documentsRepo';
import { readOfficeProfile } from '../archive/officeProfile';
import type { Db } from '../db/open';
import type { HandlerGroup } from '../ipc/handlers';
import { createDraft, deleteDraft, getDraft, listDrafts, saveDraft } from './draftsRepo';
import { issueDraft, type RenderDocx } from './issue';
import { previewIssue } from './issueCheck';
import { listOutgoingRegister } from './outgoingRegister';
import { docxToPdf } from './pdf';

export type DraftingDeps = { db: Db; blobs: BlobStore; render: RenderDocx; chooseSavePath: ChooseSavePath; writeFile?: (path: string, data: Uint8Array) => void };

const MIME_BY_EXTENSION: Record<string, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  doc: 'application/msword',
  xls: 'application/vnd.ms-excel',
  txt: 'text/plain',
};

function mimeOf(fileName: string): string {
  return MIME_BY_EXTENSION[fileName.split('.').pop()?.toLowerCase() ?? ''] ?? 'application/octet-stream';
}

function profileOf(db: Db): OfficeProfile {
  const profile = readOfficeProfile(db);
  if (!profile) throw new AppError('PROFILE_REQUIRED');
  return profile;
}

export function draftingHandlers({ db, blobs, render, chooseSavePath, writeFile = writeFileSync }: DraftingDeps): HandlerGroup<keyof typeof draftingOperations> {
  const save = (suggested: string, bytes: Uint8Array): Promise<SavedFile | null> => saveAs(chooseSavePath, suggested, bytes, writeFile);
  const draftName = (id: string) => draftFileName(getDraft(db, id).content);
  return {
    'drafts:list': () => listDrafts(db),
    'drafts:get': ({ id }) => getDraft(db, id),
    'drafts:create': ({ typeId, replyToId }) => {
      const profile = profileOf(db);
      if (!replyToId) return createDraft(db, newDraft(typeId, profile), null);
      const directive = getDocument(db, replyToId);
      const content = replyDraftFrom(
        {
          typeName: documentTypeName(directive.typeId),
          numberSymbol: directive.numberSymbol ?? '',
          issuedOn: directive.issuedOn,
          issuer: directive.issuer,
          subject: directive.subject,
          documentId: directive.id,
        },
        profile,
        typeId,
      );
      return createDraft(db, content, replyToId);
    },
    'drafts:replace': ({ documentId }) => {
      const row = db.prepare('SELECT draft_content, reply_to_id FROM outgoing WHERE document_id = ?').get(documentId) as
        | { draft_content: string | null; reply_to_id: string | null }
        | undefined;
      if (!row?.draft_content) throw new AppError('NOT_FOUND');
      const issued = JSON.parse(row.draft_content) as DraftDocument;
      return createDraft(db, { ...issued, numberText: null, issuedOn: null }, row.reply_to_id, new Date(), documentId);
    },
    'drafts:stageAttachment': ({ fileName, contentBase64 }) => {
      const bytes = Buffer.from(contentBase64, 'base64');
      const { sha256, size } = blobs.put(bytes);
      return { sha256, size, fileName: fileName.normalize('NFC'), mime: mimeOf(fileName) };
    },
    'drafts:save': ({ id, content, baseRevision }) => saveDraft(db, id, content, baseRevision),
    'drafts:delete': ({ id }) => {
      deleteDraft(db, id);
      return { ok: true as const };
    },
    'drafts:issuePreview': ({ id, issuedOn }) => previewIssue(db, profileOf(db), id, issuedOn),
    'drafts:issue': async ({ id, issuedOn }) => {
      const issued = await issueDraft(db, blobs, profileOf(db), render, id, issuedOn);
      return { id: issued.id, numberSymbol: issued.numberSymbol, registerNumber: issued.registerNumber, year: issued.year };
    },
    'drafts:saveDocx': async ({ id }) => save(`${draftName(id)}.docx`, await render(getDraft(db, id).content)),
    'drafts:savePdf': async ({ id }) => save(`${draftName(id)}.pdf`, await docxToPdf(await render(getDraft(db, id).content))),
    'documents:saveIssuedDocx': async ({ id }) => {
      const row = db.prepare("SELECT sha256, original_name FROM attachments WHERE document_id = ? AND role IN ('issued', 'original') ORDER BY id LIMIT 1").get(id) as
        | { sha256: string; original_name: string }
        | undefined;
      if (!row) throw new AppError('NOT_FOUND');
      return save(row.original_name, blobs.read(row.sha256));
    },
    'register:outgoing:list': ({ year }) => listOutgoingRegister(db, year),
  };
}
