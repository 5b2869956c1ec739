import type { intakeOperations } from '../../shared/ipc/intake';
import type { BlobStore } from '../archive/blobStore';
import { checkArrivalDates } from '../archive/arrivalDates';
import { incomingFromFields } from '../archive/registration';
import type { Db } from '../db/open';
import type { HandlerGroup } from '../ipc/handlers';
import { readReceivedFile, registerReceivedFile, type AfterRegister } from './reception';

export type IntakeDeps = { db: Db; blobs: BlobStore; afterRegister?: AfterRegister };

export function intakeHandlers({ db, blobs, afterRegister }: IntakeDeps): HandlerGroup<keyof typeof intakeOperations> {
  return {
    'intake:read': ({ fileName, contentBase64 }) => readReceivedFile(db, blobs, fileName, Buffer.from(contentBase64, 'base64')),
    'intake:register': ({ sha256, fileName, document, arrival }) => {
      checkArrivalDates(db, document, arrival);
      return registerReceivedFile(db, blobs, { sha256, fileName, document: incomingFromFields(document, []), arrival }, afterRegister);
    },
  };
}
