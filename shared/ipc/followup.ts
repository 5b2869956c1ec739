import { z } from 'zod';
import { dateField } from '../domain/dateField';
import type { DocumentSummary, IncomingStatus } from './archiveTypes';
import { operation } from './define';

export type TodoItem = DocumentSummary & { handler: string; handlingDeadline: string | null; daysLeft: number | null };
/** Each group lists its first documents (urgent first); `counts` has the full numbers. */
export type TodoList = {
  today: string;
  overdue: TodoItem[];
  thisWeek: TodoItem[];
  later: TodoItem[];
  counts: { overdue: number; thisWeek: number; later: number };
};
/**
 * The home view's list with what the reminders count: items due within the office's warning window, overdue included;
 * `samples`: how many sample documents the archive still holds (left out of every count).
 */
export type TodoView = TodoList & { dueSoon: number; warningDays: number; samples: number };

/** One row of the sổ theo dõi giải quyết văn bản đến (NĐ 30 Phụ lục IV, 7 columns). */
export type FollowupRow = {
  documentId: string;
  /** (1) */ arrivalNumber: number;
  /** (2) Tên loại, số, ký hiệu, ngày và cơ quan ban hành */ description: string;
  /** (3) */ recipient: string;
  /** (4) */ handlingDeadline: string | null;
  /** (5) Tiến độ giải quyết */ progress: string;
  /** (6) Số, ký hiệu văn bản trả lời */ replies: string;
  /** (7) */ note: string;
};

export type HandlingReport = {
  from: string;
  to: string;
  total: number;
  byStatus: Record<IncomingStatus, number>;
  byHandler: { handler: string; total: number; done: number; doneLate: number; open: number; overdue: number }[];
};

export type HistoryEntry = { at: string; action: string; label: string; details: string[] };

export const REGISTER_KINDS = ['incoming', 'outgoing', 'followup', 'report'] as const;
export type RegisterKind = (typeof REGISTER_KINDS)[number];

/** A register as the screen previews it: the same columns, period and cells as the printed one, as text. */
export type RegisterPreview = {
  title: string;
  period: string;
  columns: { label: string; center: boolean }[];
  rows: { documentId: string | null; cells: string[] }[];
  totalRow: boolean;
};

const id = z.string().min(1).max(100);

export const PERIOD_REVERSED = 'Ngày cuối kỳ phải trùng hoặc sau ngày đầu kỳ: hãy chọn lại “đến ngày”.';
const registerPeriod = z
  .object({ register: z.enum(REGISTER_KINDS), from: dateField, to: dateField })
  .refine((v) => v.from <= v.to, { message: PERIOD_REVERSED, path: ['to'] });

export const followupOperations = {
  'followup:todo': operation(z.object({ today: dateField.optional() })).returns<TodoView>(),
  'followup:setHandling': operation(
    z.object({
      id,
      handler: z.string().trim().max(300).optional(),
      handlingDeadline: dateField.or(z.literal('')).optional(),
      status: z.enum(['pending', 'inProgress', 'done', 'noAction']).optional(),
    }),
  ).returns<{ ok: true }>(),
  /** The deadline by the office's rule, to fill the form; saved only with followup:setHandling. */
  'followup:ruleDeadline': operation(z.object({ id })).returns<{ handlingDeadline: string }>(),
  'followup:history': operation(z.object({ id })).returns<HistoryEntry[]>(),
  'registers:preview': operation(registerPeriod).returns<RegisterPreview>(),
  'registers:export': operation(registerPeriod.and(z.object({ format: z.enum(['docx', 'xlsx']) }))).returns<{ path: string; fileName: string } | null>(),
};
