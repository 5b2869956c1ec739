import { z } from 'zod';
import type { DraftAttachment, DraftDocument } from '../domain/draft';
import { draftDocumentSchema } from '../domain/draftSchema';
import type { IssuePreview } from '../drafting/issueConfirm';
import { TEMPLATE_TYPE_IDS } from '../drafting/templates';
import { dateField } from '../domain/dateField';
import { operation } from './define';

export type DraftView = { id: string; content: DraftDocument; replyToId: string | null; revision: number; updatedAt: string };
export type DraftListItem = { id: string; typeId: string; subject: string; replyToId: string | null; updatedAt: string };
export type SavedFile = { path: string; fileName: string };
export type OutgoingRegisterView = {
  documentId: string;
  numberSymbol: string;
  issuedOn: string;
  typeName: string;
  subject: string;
  signerName: string;
  distribution: string[];
  fileCopyHolder: string;
  copies: number;
  sentOn: string | null;
  receiverSignature: string;
  note: string;
  replyToNumberSymbol: string | null;
};

const id = z.string().min(1).max(100);

export const draftingOperations = {
  'drafts:list': operation(z.object({})).returns<DraftListItem[]>(),
  'drafts:get': operation(z.object({ id })).returns<DraftView>(),
  'drafts:create': operation(z.object({ typeId: z.enum(TEMPLATE_TYPE_IDS), replyToId: id.optional() })).returns<DraftView>(),
  /** A new draft replacing an issued document (issued documents are never edited). */
  'drafts:replace': operation(z.object({ documentId: id })).returns<DraftView>(),
  /** Keeps a file to send with a draft (phụ lục, biểu mẫu) and returns its reference for the draft. */
  'drafts:stageAttachment': operation(
    z.object({ fileName: z.string().trim().min(1).max(255), contentBase64: z.string().max(70 * 1024 * 1024, { message: 'Tệp đính kèm quá lớn (tối đa khoảng 50 MB).' }) }),
  ).returns<DraftAttachment>(),
  'drafts:save': operation(z.object({ id, content: draftDocumentSchema, baseRevision: z.number().int().min(1) })).returns<{ revision: number; savedAt: string }>(),
  'drafts:delete': operation(z.object({ id })).returns<{ ok: true }>(),
  /** The number and date issuing would take, with what to warn about; changes nothing. */
  'drafts:issuePreview': operation(z.object({ id, issuedOn: dateField })).returns<IssuePreview>(),
  'drafts:issue': operation(z.object({ id, issuedOn: dateField })).returns<{ id: string; numberSymbol: string; registerNumber: number; year: number }>(),
  'drafts:saveDocx': operation(z.object({ id })).returns<SavedFile | null>(),
  'drafts:savePdf': operation(z.object({ id })).returns<SavedFile | null>(),
  'documents:saveIssuedDocx': operation(z.object({ id })).returns<SavedFile | null>(),
  'register:outgoing:list': operation(z.object({ year: z.number().int().min(1945).max(2200) })).returns<OutgoingRegisterView[]>(),
};
