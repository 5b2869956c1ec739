import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { archiveHandlers } from './archive/handlers';
import { createBlobStore, type BlobStore } from './archive/blobStore';
import type { HeaderReader } from './archive/headerReader';
import { loadSamplesOnce } from './archive/samples';
import { openDatabase, type Db } from './db/open';
import { createEventBus, type EventBus } from './events';
import type { Handlers } from './ipc/handlers';
import { createRouter, type Router } from './ipc/router';
import { headerReader } from './intake/headerReader';
import { intakeHandlers } from './intake/handlers';
import { unitsHandlers } from './units/handlers';
import { draftingHandlers } from './drafting/handlers';
import { renderDraftDocx } from './drafting/docx/renderDraftDocx';
import { writeFileAtomicSync } from './fsutil/atomicWrite';
import { exportsFolderChooser, type ChooseSavePath } from './savePath';

export type ServicesOptions = {
  dataDir: string;
  resourcesDir: string;
  /** Load the sample archive on first run (default true). */
  samples?: boolean;
  nativeBinding?: string;
  /** Asks where to save a file (the Electron save dialog); browser mode saves into `<dataDir>/exports`. */
  chooseSavePath?: ChooseSavePath;
};

export type Services = {
  readonly dataDir: string;
  readonly db: Db;
  readonly blobs: BlobStore;
  readonly events: EventBus;
  readonly router: Router;
  readonly reader: HeaderReader;
  close(): void;
};

/**
 * The composition root: builds every service from a data folder. The Electron shell, the HTTP bridge, the CLI
 * and the tests all start here, so they run the same code.
 */
export function createServices(options: ServicesOptions): Services {
  mkdirSync(options.dataDir, { recursive: true });
  const db = openDatabase(join(options.dataDir, 'office.sqlite'), options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
  const blobs = createBlobStore(options.dataDir);
  const events = createEventBus();
  const reader = headerReader;
  if (options.samples ?? true) loadSamplesOnce(db, join(options.resourcesDir, 'samples'), reader);
  const handlers: Handlers = {
    ...archiveHandlers({ db, blobs, reader }),
    ...intakeHandlers({ db, blobs }),
    ...unitsHandlers({ db }),
    ...draftingHandlers({
      db,
      blobs,
      render: renderDraftDocx,
      chooseSavePath: options.chooseSavePath ?? exportsFolderChooser(options.dataDir),
      writeFile: (path, data) => writeFileAtomicSync(path, data),
    }),
  };
  const router = createRouter(handlers);
  return {
    dataDir: options.dataDir,
    db,
    blobs,
    events,
    router,
    reader,
    close() {
      db.close();
    },
  };
}
