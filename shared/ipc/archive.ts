import { z } from 'zod';
import { DOCUMENT_TYPE_IDS, SECRECY_LEVELS, URGENCY_LEVELS } from '../domain/documentTypes';
import type { OfficeProfile } from '../domain/office';
import { dateField } from '../domain/dateField';
import { operation } from './define';
import type { SavedFile } from './drafting';
import type {
  DocumentDetail,
  DocumentListPage,
  IncomingRegisterRow,
  OpenedAttachment,
  SearchResultPage,
  ArchiveFacets,
} from './archiveTypes';

const text = (max: number) => z.string().trim().max(max, { message: `Tối đa ${max} ký tự.` });
const required = (max: number, label: string) =>
  z.string({ error: `Hãy nhập ${label}.` }).trim().max(max, { message: `Tối đa ${max} ký tự.` }).min(1, { message: `Hãy nhập ${label}.` });

export const registerStatusFilter = z.enum(['any', 'unregistered', 'pending', 'inProgress', 'done', 'noAction']);

export const documentFilter = z.object({
  typeId: z.enum(DOCUMENT_TYPE_IDS).optional(),
  year: z.number().int().min(1945).max(2200).optional(),
  issuer: text(300).optional(),
  direction: z.enum(['incoming', 'outgoing']).optional(),
  registerStatus: registerStatusFilter.default('any'),
  sort: z.enum(['issuedDesc', 'issuedAsc', 'arrivalDesc']).default('issuedDesc'),
  limit: z.number().int().min(1).max(500).default(100),
  offset: z.number().int().min(0).default(0),
});
export type DocumentFilter = z.input<typeof documentFilter>;

export const searchInput = documentFilter.extend({ query: text(500) });

/** A document entered by hand (it came on paper) or confirmed after intake. */
export const documentFields = z.object({
  typeId: z.enum(DOCUMENT_TYPE_IDS, { message: 'Hãy chọn loại văn bản.' }),
  numberText: text(20).regex(/^(\d+[A-Za-z]?)?$/, { message: 'Số văn bản chỉ gồm chữ số (có thể kèm một chữ cái, ví dụ 06b).' }).default(''),
  symbol: text(60).default(''),
  issuer: required(300, 'cơ quan ban hành'),
  parentIssuer: text(300).default(''),
  place: text(100).default(''),
  issuedOn: dateField,
  subject: required(1000, 'trích yếu'),
  body: z.string().max(2_000_000).default(''),
  addressees: z.array(text(300)).max(200).default([]),
  distribution: z.array(text(300)).max(200).default([]),
  signerName: text(100).default(''),
  signerTitle: text(200).default(''),
  signingAuthority: text(200).default(''),
  urgency: z.enum(URGENCY_LEVELS).default('normal'),
  secrecy: z.enum(SECRECY_LEVELS).default('none'),
  reportDeadline: dateField.or(z.literal('')).default(''),
});
export type DocumentFieldsInput = z.input<typeof documentFields>;

export const arrivalFields = z.object({
  arrivedOn: dateField,
  channel: z.enum(['paper', 'email', 'file', 'bundle', 'other']).default('paper'),
  recipient: text(300).default(''),
  note: text(1000).default(''),
  /** The clerk confirmed an arrival dated before the last one in the register (a late entry). */
  confirmEarlierArrival: z.boolean().default(false),
});

export const registerIncomingInput = z.object({ document: documentFields, arrival: arrivalFields });
export type RegisterIncomingInput = z.input<typeof registerIncomingInput>;

export const officeProfileInput = z.object({
  officeName: required(300, 'tên cơ quan'),
  parentName: text(300).default(''),
  placeName: required(100, 'địa danh'),
  unitCode: required(30, 'mã đơn vị (ký hiệu viết tắt)'),
  role: z.enum(['province', 'office']).default('office'),
  symbolPatterns: z.record(z.string(), text(60)).default({}),
  numberingScheme: z.enum(['shared', 'perType']).default('shared'),
  signerPresets: z
    .array(z.object({ signingAuthority: text(100), signerTitle: required(100, 'chức vụ người ký'), signerName: text(100) }))
    .max(20)
    .default([]),
  defaultHandlingDays: z.number().int().min(1).max(365).default(7),
  countWorkingDays: z.boolean().default(true),
  extraDaysOff: z.array(dateField).max(400).default([]),
  extraWorkingDays: z.array(dateField).max(400).default([]),
  warningDays: z.number().int().min(0).max(60).default(3),
});

const id = z.string().min(1).max(100);
const attachmentId = z.number().int().positive();

export const archiveOperations = {
  'documents:list': operation(documentFilter).returns<DocumentListPage>(),
  'documents:search': operation(searchInput).returns<SearchResultPage>(),
  'documents:get': operation(z.object({ id, query: text(500).optional() })).returns<DocumentDetail>(),
  /** Corrects or completes a received document's fields; issued documents are replaced, never edited. */
  'documents:update': operation(z.object({ id, document: documentFields })).returns<{ ok: true }>(),
  'attachments:open': operation(z.object({ id: attachmentId })).returns<OpenedAttachment>(),
  'attachments:save': operation(z.object({ id: attachmentId })).returns<SavedFile | null>(),
  'documents:facets': operation(z.object({})).returns<ArchiveFacets>(),
  'register:incoming:add': operation(registerIncomingInput).returns<{ id: string; arrivalNumber: number; year: number }>(),
  'register:incoming:list': operation(
    z.object({ year: z.number().int().min(1945).max(2200), from: dateField.optional(), to: dateField.optional() }),
  ).returns<IncomingRegisterRow[]>(),
  'register:incoming:update': operation(
    z.object({
      id,
      recipient: text(300).optional(),
      note: text(1000).optional(),
      transferredOn: dateField.or(z.literal('')).optional(),
      receiverSignature: text(200).optional(),
    }),
  ).returns<{ ok: true }>(),
  /** An entry registered by mistake: the số đến stays taken, the entry is marked cancelled with the reason. */
  'register:incoming:cancel': operation(z.object({ id, reason: required(500, 'lý do hủy') })).returns<{ ok: true }>(),
  'register:incoming:nextNumber': operation(z.object({ arrivedOn: dateField })).returns<{
    year: number;
    arrivalNumber: number;
    /** The entry with the last số đến of that year, so the form can warn before an arrival out of order. */
    lastArrival: { arrivalNumber: number; arrivedOn: string } | null;
  }>(),
  'samples:status': operation(z.object({})).returns<{ present: number }>(),
  'samples:remove': operation(z.object({})).returns<{ removed: number }>(),
  'profile:get': operation(z.object({})).returns<OfficeProfile | null>(),
  'profile:save': operation(officeProfileInput).returns<OfficeProfile>(),
};
