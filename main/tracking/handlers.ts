import { AppError } from '../../shared/errors';
import type { trackingOperations } from '../../shared/ipc/tracking';
import { readOfficeProfile } from '../archive/officeProfile';
import type { Db } from '../db/open';
import { createDraft } from '../drafting/draftsRepo';
import type { HandlerGroup } from '../ipc/handlers';
import { saveAs, type ChooseSavePath } from '../savePath';
import { overviewXlsx } from './exportOverview';
import { reminderDraft } from './reminder';
import { directiveTracking, issuedDirectives, trackingOverview } from './tracking';

export type TrackingDeps = { db: Db; chooseSavePath: ChooseSavePath; writeFile: (path: string, data: Uint8Array) => void };

export function trackingHandlers({ db, chooseSavePath, writeFile }: TrackingDeps): HandlerGroup<keyof typeof trackingOperations> {
  return {
    'tracking:directives': ({ from, to }) => issuedDirectives(db, from, to),
    'tracking:directive': ({ id }) => directiveTracking(db, id),
    'tracking:overview': ({ from, to }) => trackingOverview(db, from, to),
    'tracking:exportOverview': async ({ from, to }) => {
      const profile = readOfficeProfile(db);
      const bytes = await overviewXlsx(trackingOverview(db, from, to), profile?.officeName ?? '');
      return saveAs(chooseSavePath, `Tổng hợp báo cáo từ ${from} đến ${to}.xlsx`, bytes, writeFile);
    },
    'tracking:remind': ({ id, unitCodes }) => {
      const profile = readOfficeProfile(db);
      if (!profile) throw new AppError('PROFILE_REQUIRED');
      const draft = db.transaction(() => {
        const created = createDraft(db, reminderDraft(db, profile, id, unitCodes), null);
        const stamp = new Date().toISOString();
        const mark = db.prepare('UPDATE document_recipients SET reminded_at = ? WHERE document_id = ? AND unit_code = ?');
        for (const code of unitCodes) mark.run(stamp, id, code);
        return created;
      })();
      return { draftId: draft.id };
    },
  };
}
