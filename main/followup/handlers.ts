import type { followupOperations } from '../../shared/ipc/followup';
import { AppError } from '../../shared/errors';
import { todayIso } from '../../shared/text/dates';
import { readOfficeProfile } from '../archive/officeProfile';
import { countSamples } from '../archive/samples';
import type { Db } from '../db/open';
import type { HandlerGroup } from '../ipc/handlers';
import { saveAs, type ChooseSavePath } from '../savePath';
import { registerDocx } from './export/registerDocx';
import { reportDocx } from './export/reportDocx';
import { registerXlsx } from './export/registerXlsx';
import { registerPreview, registerTable } from './export/tables';
import { dueWithin } from './reminders';
import { documentHistory, ruleDeadline, setHandling, todoList } from './queries';

export type FollowupDeps = { db: Db; chooseSavePath: ChooseSavePath; writeFile: (path: string, data: Uint8Array) => void };

const FILE_NAMES = { incoming: 'Sổ văn bản đến', outgoing: 'Sổ văn bản đi', followup: 'Sổ theo dõi giải quyết', report: 'Báo cáo tình hình giải quyết văn bản đến' } as const;

export function followupHandlers({ db, chooseSavePath, writeFile }: FollowupDeps): HandlerGroup<keyof typeof followupOperations> {
  return {
    'followup:todo': ({ today }) => {
      const list = todoList(db, today ?? todayIso());
      const warningDays = readOfficeProfile(db)?.warningDays ?? 3;
      return { ...list, dueSoon: dueWithin(db, warningDays, list.today).count, warningDays, samples: countSamples(db) };
    },
    'followup:setHandling': ({ id, ...change }) => {
      setHandling(db, id, change);
      return { ok: true as const };
    },
    'followup:ruleDeadline': ({ id }) => ({ handlingDeadline: ruleDeadline(db, id) }),
    'followup:history': ({ id }) => documentHistory(db, id),
    'registers:preview': ({ register, from, to }) => registerPreview(registerTable(db, register, from, to)),
    'registers:export': async ({ register, format, from, to }) => {
      const table = registerTable(db, register, from, to);
      const profile = readOfficeProfile(db);
      if (!profile) throw new AppError('PROFILE_REQUIRED');
      const bytes =
        format === 'xlsx' ? await registerXlsx(table, profile) : register === 'report' ? await reportDocx(table, profile, Number(to.slice(0, 4))) : await registerDocx(table, profile);
      return saveAs(chooseSavePath, `${FILE_NAMES[register]} từ ${from} đến ${to}.${format}`, bytes, writeFile);
    },
  };
}
