import { z } from 'zod';
import { operation } from '../ipc/define';
import type { BackupInfo, BackupListItem, IntegrityReport, QuarantineResult, RestoreResult, VerifyReport } from './types';

const path = z.string().trim().min(1, { message: 'Hãy chọn tệp hoặc thư mục.' }).max(4096);

/** The backup domain's share of the API contract: merge with mergeOperations in shared/ipc/contract.ts. */
export const backupOperations = {
  'backup:create': operation(z.object({ kind: z.enum(['manual', 'pre-import']).default('manual') })).returns<BackupInfo>(),
  'backup:exportTo': operation(z.object({ folder: path })).returns<BackupInfo>(),
  'backup:list': operation(z.object({ folder: path.optional() })).returns<BackupListItem[]>(),
  'backup:verify': operation(z.object({ file: path })).returns<VerifyReport>(),
  // `confirmed` must be literally true: the UI sends it only from the confirmation dialog.
  'backup:restore': operation(z.object({ file: path, confirmed: z.boolean() })).returns<RestoreResult>(),
  'backup:checkIntegrity': operation(z.object({ hashBlobs: z.boolean().default(false) })).returns<IntegrityReport>(),
  'backup:quarantine': operation(z.object({})).returns<QuarantineResult>(),
  'backup:runDaily': operation(z.object({})).returns<BackupInfo | null>(),
};
