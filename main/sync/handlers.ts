import type { syncOperations } from '../../shared/ipc/sync';
import type { HandlerGroup } from '../ipc/handlers';
import type { SyncService } from './service';

const text = (base64OrText: string) => Buffer.from(base64OrText, 'base64').toString('utf8');

export function syncHandlers(sync: SyncService): HandlerGroup<keyof typeof syncOperations> {
  return {
    'sync:status': () => sync.status(),
    'sync:createRoot': (input) => sync.createRoot(input),
    'sync:createRequest': (input) => sync.createRequest(input),
    'sync:signRequest': (input) => sync.signRequest({ ...input, requestContent: text(input.requestContent), rootKeyContent: text(input.rootKeyContent) }),
    'sync:readCertificate': ({ certificateContent }) => sync.readCertificate(text(certificateContent)),
    'sync:installCertificate': ({ certificateContent, confirmedFingerprint }) => sync.installCertificate(text(certificateContent), confirmedFingerprint),
    'sync:export': ({ folder, peers }) => sync.exportTo(folder, peers),
    'sync:importFile': ({ fileName, contentBase64 }) => sync.importContent(fileName, Buffer.from(contentBase64, 'base64')),
    'sync:importFolder': ({ folder }) => sync.importFolder(folder),
    'sync:journal': () => sync.journal(),
    'sync:setRelay': ({ url }) => {
      sync.setRelay(url);
      return { ok: true as const };
    },
    'sync:syncNow': () => sync.syncNow(),
    'sync:answerMachineChange': ({ answer }) => sync.answerMachineChange(answer),
  };
}
