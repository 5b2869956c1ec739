import type { unitsOperations } from '../../shared/ipc/units';
import type { Db } from '../db/open';
import type { HandlerGroup } from '../ipc/handlers';
import { recordAudit } from '../archive/audit';
import { importUnits } from './importUnits';
import { listUnits, saveUnit } from './unitsRepo';

export function unitsHandlers({ db }: { db: Db }): HandlerGroup<keyof typeof unitsOperations> {
  return {
    'units:list': ({ includeInactive }) => listUnits(db, includeInactive),
    'units:save': (fields) =>
      db.transaction(() => {
        const { unit, created } = saveUnit(db, fields);
        recordAudit(db, { action: created ? 'unit.added' : 'unit.updated', entity: 'unit', entityId: unit.code, detail: { ...fields } });
        return unit;
      })(),
    'units:import': ({ fileName, contentBase64 }) => importUnits(db, fileName, Buffer.from(contentBase64, 'base64')),
  };
}
