import { AppError } from '../../shared/errors';
import type { OfficeProfile } from '../../shared/domain/office';
import type { archiveOperations } from '../../shared/ipc/archive';
import type { Db } from '../db/open';
import type { HandlerGroup } from '../ipc/handlers';
import type { ChooseSavePath } from '../savePath';
import { attachmentActions, type OpenWithSystem } from './attachments';
import { checkArrivalDates, lastArrival } from './arrivalDates';
import type { BlobStore } from './blobStore';
import { documentDetail } from './documentDetail';
import { printedNumberSymbol } from './documentsRepo';
import { updateReceivedDocument } from './documentEdit';
import type { HeaderReader } from './headerReader';
import { cancelIncomingEntry, listIncomingRegister, nextArrivalNumber, updateIncomingEntry } from './incomingRegister';
import { readOfficeProfile, writeOfficeProfile } from './officeProfile';
import { archiveFacets, listDocuments, searchDocuments } from './queries';
import { incomingFromFields, registerIncoming } from './registration';
import { countSamples, removeSamples } from './samples';

export type ArchiveDeps = {
  db: Db;
  blobs: BlobStore;
  reader: HeaderReader;
  chooseSavePath: ChooseSavePath;
  writeFile: (path: string, data: Uint8Array) => void;
  /** Electron only; without it (browser mode) a file is downloaded by the page instead. */
  openWithSystem?: OpenWithSystem;
};

export function archiveHandlers({ db, blobs, reader, chooseSavePath, writeFile, openWithSystem }: ArchiveDeps): HandlerGroup<keyof typeof archiveOperations> {
  const files = attachmentActions({ db, blobs, chooseSavePath, writeFile, ...(openWithSystem ? { openWithSystem } : {}) });
  return {
    'documents:list': (input) => listDocuments(db, input),
    'documents:search': (input) => searchDocuments(db, input),
    'documents:get': ({ id, query }) => documentDetail(db, blobs, id, query),
    'documents:update': ({ id, document }) => {
      updateReceivedDocument(db, id, document, (body, own) => reader.readCitations(body, own));
      return { ok: true as const };
    },
    'attachments:open': ({ id }) => files.open(id),
    'attachments:save': ({ id }) => files.save(id),
    'documents:facets': () => archiveFacets(db),
    'register:incoming:add': ({ document, arrival }) => {
      checkArrivalDates(db, document, arrival);
      const entered = incomingFromFields(document, []);
      return registerIncoming(db, { ...entered, citations: reader.readCitations(entered.body, printedNumberSymbol(entered)) }, arrival);
    },
    'register:incoming:list': ({ year, from, to }) => listIncomingRegister(db, year, from, to),
    'register:incoming:update': ({ id, ...update }) => {
      updateIncomingEntry(db, id, update);
      return { ok: true as const };
    },
    'register:incoming:cancel': ({ id, reason }) => {
      cancelIncomingEntry(db, id, reason);
      return { ok: true as const };
    },
    'register:incoming:nextNumber': ({ arrivedOn }) => {
      const year = Number(arrivedOn.slice(0, 4));
      return { year, arrivalNumber: nextArrivalNumber(db, year), lastArrival: lastArrival(db, year) };
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
