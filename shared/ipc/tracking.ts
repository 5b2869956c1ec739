import { z } from 'zod';
import { dateField } from '../domain/dateField';
import { operation } from './define';

/** Where one recipient stands with a directive. */
export type RecipientState = 'sent' | 'delivered' | 'registered' | 'replied' | 'repliedLate' | 'overdue';

export const RECIPIENT_STATE_LABELS: Record<RecipientState, string> = {
  sent: 'Đã gửi, chưa nhận',
  delivered: 'Đã nhận',
  registered: 'Đã vào sổ',
  replied: 'Đã báo cáo',
  repliedLate: 'Báo cáo muộn',
  overdue: 'Quá hạn, chưa báo cáo',
};

export type RecipientTracking = {
  unitCode: string;
  unitName: string;
  state: RecipientState;
  deliveredAt: string | null;
  arrivalNumber: number | null;
  registeredOn: string | null;
  reply: { id: string; numberSymbol: string | null; issuedOn: string | null } | null;
  remindedAt: string | null;
};

export type DirectiveTracking = {
  id: string;
  typeName: string;
  numberSymbol: string | null;
  issuedOn: string | null;
  subject: string;
  reportDeadline: string | null;
  recipients: RecipientTracking[];
  counts: Record<RecipientState, number>;
};

export type IssuedDirective = Omit<DirectiveTracking, 'recipients'> & { recipientCount: number };

export type UnitOverview = {
  unitCode: string;
  unitName: string;
  directives: number;
  due: number;
  repliedOnTime: number;
  repliedLate: number;
  overdue: number;
  pending: number;
};

export type TrackingOverview = { from: string; to: string; directives: number; units: UnitOverview[] };

const id = z.string().min(1).max(100);

export const trackingOperations = {
  'tracking:directives': operation(z.object({ from: dateField.optional(), to: dateField.optional() })).returns<IssuedDirective[]>(),
  'tracking:directive': operation(z.object({ id })).returns<DirectiveTracking>(),
  'tracking:overview': operation(z.object({ from: dateField, to: dateField })).returns<TrackingOverview>(),
  'tracking:exportOverview': operation(z.object({ from: dateField, to: dateField })).returns<{ path: string; fileName: string } | null>(),
  /** A công văn đôn đốc addressed to the recipients that are late, as a new draft. */
  'tracking:remind': operation(z.object({ id, unitCodes: z.array(z.string().min(1).max(40)).min(1).max(5000) })).returns<{ draftId: string }>(),
};
