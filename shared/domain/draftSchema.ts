import { z } from 'zod';
import { dateField } from './dateField';
import type { DraftBlock, DraftDocument, DraftReference, DraftRun } from './draft';
import { DOCUMENT_TYPE_IDS, SECRECY_LEVELS, URGENCY_LEVELS } from './documentTypes';

const line = z.string().max(2000);

export const draftRunSchema = z.object({
  text: z.string().max(20_000),
  bold: z.boolean().optional(),
  italic: z.boolean().optional(),
}) satisfies z.ZodType<DraftRun>;

const runs = z.array(draftRunSchema).max(500);

export const draftBlockSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('heading'), level: z.union([z.literal(1), z.literal(2), z.literal(3)]), runs }),
  z.object({ kind: z.literal('paragraph'), runs }),
  z.object({ kind: z.literal('basis'), runs }),
  z.object({ kind: z.literal('item'), marker: z.enum(['dash', 'plus', 'number', 'letter']), runs }),
]) satisfies z.ZodType<DraftBlock>;

export const draftReferenceSchema = z.object({
  typeName: line,
  numberSymbol: line,
  issuedOn: dateField.nullable(),
  issuer: line,
  subject: line,
  documentId: z.string().max(200).nullable().optional(),
}) satisfies z.ZodType<DraftReference>;

export const draftDocumentSchema = z.object({
  typeId: z.enum(DOCUMENT_TYPE_IDS),
  parentIssuer: line.nullable(),
  issuer: line.min(1),
  numberText: z.string().regex(/^\d{1,6}[A-Za-z]?$/).nullable(),
  symbol: line.min(1),
  place: line.min(1),
  issuedOn: dateField.nullable(),
  draftYear: z.number().int().min(1900).max(2999).nullable().optional(),
  subject: line,
  addressees: z.array(line).max(200),
  body: z.array(draftBlockSchema).max(5000),
  distribution: z.array(line).max(200),
  signingAuthority: line.nullable(),
  signerTitle: line,
  signerName: line,
  urgency: z.enum(URGENCY_LEVELS),
  secrecy: z.enum(SECRECY_LEVELS),
  circulation: line.nullable().optional(),
  drafterInitials: z.string().max(40).nullable().optional(),
  copies: z.number().int().min(1).max(100_000).nullable().optional(),
  replyTo: draftReferenceSchema.nullable().optional(),
  recipientUnits: z.array(z.string().min(1).max(40)).max(5000).nullable().optional(),
  reportDeadline: dateField.nullable().optional(),
  attachments: z
    .array(z.object({ sha256: z.string().regex(/^[0-9a-f]{64}$/), fileName: line.min(1), size: z.number().int().min(0), mime: z.string().max(200) }))
    .max(50)
    .nullable()
    .optional(),
}) satisfies z.ZodType<DraftDocument>;
