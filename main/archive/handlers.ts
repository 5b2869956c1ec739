import { AppError } from '../../shared/errors';
import type { OfficeProfile } from '../../shared/domain/office';
import type { archiveOperations } from '../../shared/ipc/archive';
import type { Db } from '../db/open';
import type { HandlerGroup } from '../ipc/handlers';
import { recordAudit } from './audit';
import type { BlobStore } from './blobStore';
import type { HeaderReader } from './headerReader';
import { listIncomingRegister, nextArrivalNumber, updateIncomingEntry } from './incomingRegister';
import { readOfficeProfile, writeOfficeProfile } from './officeProfile';
import { archiveFacets, documentDetail, listDocuments, searchDocuments } from './queries';
import { incomingFromFields, registerIncoming } from './registration';
import { countSamples, removeSamples } from './samples';

export type ArchiveDeps = { db: Db; blobs: BlobStore; reader: HeaderReader };

export function archiveHandlers({ db, blobs, reader }: ArchiveDeps): HandlerGroup<keyof typeof archiveOperations> {
  return {
    'documents:list': (input) => listDocuments(db, input),
    'documents:search': (input) => searchDocuments(db, input),
    'documents:get': ({ id }) => documentDetail(db, blobs, id),
    'documents:facets': () => archiveFacets(db),
    'register:incoming:add': ({ document, arrival }) => {
      const own = document.numberText && document.symbol ? `${document.numberText}/${document.symbol}` : null;
      return registerIncoming(db, incomingFromFields(document, reader.readCitations(document.body, own)), arrival);
    },
    'register:incoming:list': ({ year, from, to }) => listIncomingRegister(db, year, from, to),
    'register:incoming:update': ({ id, ...update }) => {
      db.transaction(() => {
        const changed = updateIncomingEntry(db, id, update);
        if (Object.keys(changed).length) recordAudit(db, { action: 'incoming.updated', entity: 'document', entityId: id, detail: changed });
      })();
      return { ok: true as const };
    },
    'register:incoming:nextNumber': ({ arrivedOn }) => {
      const year = Number(arrivedOn.slice(0, 4));
      return { year, arrivalNumber: nextArrivalNumber(db, year) };
    },
    'samples:status': () => ({ present: countSamples(db) }),
    'samples:remove': () => ({ removed: removeSamples(db) }),
    'profile:get': () => readOfficeProfile(db),
    'profile:save': (input) => {
      const profile: OfficeProfile = { ...input };
      if (!profile.officeName) throw new AppError('PROFILE_REQUIRED');
      writeOfficeProfile(db, profile);
      return profile;
    },
  };
}
