import { z } from 'zod';
import { UNIT_KINDS, type Unit } from '../domain/units';
import { operation } from './define';

export type UnitImportReport = { added: number; updated: number; errors: { row: number; message: string }[] };

export const unitInput = z.object({
  code: z
    .string({ error: 'Hãy nhập mã đơn vị.' })
    .trim()
    .min(1, { message: 'Hãy nhập mã đơn vị.' })
    .max(40, { message: 'Mã đơn vị tối đa 40 ký tự.' })
    .regex(/^[\p{L}\p{N}._-]+$/u, { message: 'Mã đơn vị chỉ gồm chữ, số và các dấu . _ - (không có dấu cách).' }),
  name: z.string({ error: 'Hãy nhập tên đơn vị.' }).trim().min(1, { message: 'Hãy nhập tên đơn vị.' }).max(300),
  shortName: z.string().trim().max(100).default(''),
  parentCode: z.string().trim().max(40).default(''),
  kind: z.enum(UNIT_KINDS).default('other'),
  place: z.string().trim().max(200).default(''),
  contact: z.string().trim().max(300).default(''),
  active: z.boolean().default(true),
});

export const unitsOperations = {
  'units:list': operation(z.object({ includeInactive: z.boolean().default(true) })).returns<Unit[]>(),
  'units:save': operation(unitInput).returns<Unit>(),
  'units:import': operation(
    z.object({ fileName: z.string().min(1).max(255), contentBase64: z.string().max(20 * 1024 * 1024, { message: 'Tệp danh sách quá lớn (tối đa khoảng 15 MB).' }) }),
  ).returns<UnitImportReport>(),
};
