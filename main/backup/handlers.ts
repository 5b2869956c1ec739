import type { backupOperations } from '../../shared/backup/operations';
import type { OutputOf, ParsedInputOf } from '../../shared/ipc/define';
import type { BackupService } from './service';

type BackupOperations = typeof backupOperations;

/** Same shape as HandlerGroup once backupOperations is merged into the contract. */
export type BackupHandlers = {
  [K in keyof BackupOperations]: (input: ParsedInputOf<BackupOperations[K]>) => Promise<OutputOf<BackupOperations[K]>>;
};

export function backupHandlers(service: BackupService): BackupHandlers {
  return {
    'backup:create': ({ kind }) => service.create({ kind }),
    'backup:exportTo': ({ folder }) => service.exportTo({ folder }),
    'backup:list': ({ folder }) => service.list(folder ? { folder } : {}),
    'backup:verify': ({ file }) => service.verify({ file }),
    'backup:restore': ({ file, confirmed }) => service.restore({ file, confirmed }),
    'backup:checkIntegrity': ({ hashBlobs }) => service.checkIntegrity({ hashBlobs }),
    'backup:quarantine': () => service.quarantine(),
    'backup:runDaily': () => service.runDailyBackupIfDue(),
  };
}
