import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { archiveHandlers } from './archive/handlers';
import { createBlobStore, type BlobStore } from './archive/blobStore';
import type { HeaderReader } from './archive/headerReader';
import type { OpenWithSystem } from './archive/attachments';
import { loadSamplesOnce } from './archive/samples';
import { warmUpSearch } from './archive/searchWarmUp';
import { openDatabase, type Db } from './db/open';
import { createEventBus, type EventBus } from './events';
import type { Handlers } from './ipc/handlers';
import { createRouter, type Router } from './ipc/router';
import { headerReader } from './intake/headerReader';
import { intakeHandlers } from './intake/handlers';
import { unitsHandlers } from './units/handlers';
import { trackingHandlers } from './tracking/handlers';
import { followupHandlers } from './followup/handlers';
import { startReminders, type Reminders } from './followup/reminders';
import { syncHandlers } from './sync/handlers';
import { createSyncService } from './sync/service';
import { draftingHandlers } from './drafting/handlers';
import { renderDraftDocx } from './drafting/docx/renderDraftDocx';
import { writeFileAtomicSync } from './fsutil/atomicWrite';
import { exportsFolderChooser, type ChooseSavePath } from './savePath';
import { backupHandlers } from './backup/handlers';
import { preMigrationBackupHook } from './backup/migrationHook';
import { createBackupService, recoverDataDirAtStart, type BackupService } from './backup/service';
import { delegatingHandlers } from './ipc/handlers';
import { appStatusHandlers, recoveryHandlers } from './appStatus';
import { clockWarning } from './archive/clockCheck';
import { pendingMachineChange } from './sync/device';
import { checkMachine, machineFingerprint } from './sync/machine';
import { AppError } from '../shared/errors';

export type ServicesOptions = {
  dataDir: string;
  resourcesDir: string;
  /** Load the sample archive on first run (default true). */
  samples?: boolean;
  nativeBinding?: string;
  /** Asks where to save a file (the Electron save dialog); browser mode saves into `<dataDir>/exports`. */
  chooseSavePath?: ChooseSavePath;
  /** Opens a file with the system's program (Electron); browser mode lets the page download it instead. */
  openWithSystem?: OpenWithSystem;
  /** This PC as sync.md 5.6 tells PCs apart; tests play a second PC with another value. */
  machine?: string;
};

export type Services = {
  readonly dataDir: string;
  /** The open database; a restore replaces it, so read it when needed rather than keeping it. */
  readonly db: Db;
  readonly blobs: BlobStore;
  readonly events: EventBus;
  readonly router: Router;
  readonly reader: HeaderReader;
  readonly backup: BackupService;
  /** Work after the window is up: finish pre-migration backups, the daily backup, the integrity check. */
  startBackgroundTasks(): Promise<void>;
  close(): void;
};

const HOUR = 3_600_000;

/**
 * The composition root: builds every service from a data folder. The Electron shell, the HTTP bridge, the CLI
 * and the tests all start here, so they run the same code.
 */
export function createServices(options: ServicesOptions): Services {
  const { dataDir } = options;
  mkdirSync(dataDir, { recursive: true });
  recoverDataDirAtStart(dataDir);
  const sqlite = options.nativeBinding ? { nativeBinding: options.nativeBinding } : {};
  const machine = options.machine ?? machineFingerprint();
  const open = () => {
    const opened = openDatabase(join(dataDir, 'office.sqlite'), { ...sqlite, beforeMigrate: preMigrationBackupHook(dataDir, sqlite) });
    // A data folder copied to another PC stops exchanging until the clerk says whether it is a copy.
    checkMachine(opened, machine);
    return opened;
  };
  // A damaged or too-new database does not stop the program: it starts in recovery mode, where the clerk sees
  // what is wrong and can restore a backup; nothing is written to the damaged file.
  let recovery: AppError | null = null;
  let db: Db | null = null;
  const openOrRecover = () => {
    try {
      db = open();
      recovery = null;
    } catch (error) {
      if (!(error instanceof AppError) || (error.code !== 'DATABASE_CORRUPT' && error.code !== 'DATABASE_TOO_NEW')) throw error;
      db = null;
      recovery = error;
    }
  };
  openOrRecover();
  const liveDb = (): Db => {
    if (!db) throw recovery ?? new AppError('DATABASE_CORRUPT');
    return db;
  };
  const blobs = createBlobStore(dataDir);
  const events = createEventBus();
  const reader = headerReader;
  if (db && (options.samples ?? true)) loadSamplesOnce(db, join(options.resourcesDir, 'samples'), reader);
  const chooseSavePath = options.chooseSavePath ?? exportsFolderChooser(dataDir);

  const backup = createBackupService({
    dataDir,
    getDb: liveDb,
    closeDb: () => db?.close(),
    reopenDb: () => {
      openOrRecover();
      handlers = buildHandlers(db);
    },
    inWorker: true,
    ...sqlite,
  });

  const appHandlers = appStatusHandlers({
    recovery: () => (recovery ? { code: recovery.code, message: recovery.message } : null),
    clock: () => (db && !recovery ? clockWarning(db, new Date()) : null),
    machineChange: () => {
      const change = db && !recovery ? pendingMachineChange(db) : null;
      return change ? { detectedAt: change.detectedAt } : null;
    },
  });
  const buildHandlers = (current: Db | null): Handlers =>
    current ? { ...domainHandlers(current), ...backupHandlers(backup), ...appHandlers } : recoveryHandlers({ ...backupHandlers(backup), ...appHandlers }, () => recovery);
  const domainHandlers = (current: Db) => ({
    ...archiveHandlers({
      db: current,
      blobs,
      reader,
      chooseSavePath,
      writeFile: writeFileAtomicSync,
      ...(options.openWithSystem ? { openWithSystem: options.openWithSystem } : {}),
    }),
    ...intakeHandlers({ db: current, blobs }),
    ...unitsHandlers({ db: current }),
    ...trackingHandlers({ db: current, chooseSavePath, writeFile: writeFileAtomicSync }),
    ...followupHandlers({ db: current, chooseSavePath, writeFile: writeFileAtomicSync }),
    ...syncHandlers(
      createSyncService({
        db: current,
        blobs,
        dataDir,
        chooseSavePath,
        writeFile: writeFileAtomicSync,
        // The import itself is one transaction; a backup that cannot be taken (another one running) does not stop it.
        beforeImport: () => backup.create({ kind: 'pre-import' }).catch((e: unknown) => console.error(e)),
        onImported: (result) => events.emit('sync:imported', result),
        inWorker: true,
        machine,
        ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
      }),
    ),
    ...draftingHandlers({
      db: current,
      blobs,
      render: renderDraftDocx,
      chooseSavePath,
      writeFile: (path, data) => writeFileAtomicSync(path, data),
    }),
  });
  let handlers = buildHandlers(db);
  // After a restore the database object is a new one: calls always reach the handlers built around it.
  const router = createRouter(delegatingHandlers(() => handlers));
  let timer: ReturnType<typeof setInterval> | null = null;
  let reminders: Reminders | null = null;

  return {
    dataDir,
    get db() {
      return liveDb();
    },
    blobs,
    events,
    router,
    reader,
    backup,
    async startBackgroundTasks() {
      if (!db) return;
      try {
        await backup.completePendingBackups();
        const report = await backup.checkIntegrity();
        if (!report.ok) events.emit('integrity:problem', report);
        else if (db) warmUpSearch(db);
        await backup.runDailyBackupIfDue();
      } catch (error) {
        console.error(error);
      }
      // Hourly: the daily backup when due, and the relay when one is set (a no-op without a line or a relay).
      const hourly = () => {
        void backup.runDailyBackupIfDue().catch((e: unknown) => console.error(e));
        void router.dispatch('sync:syncNow', {});
      };
      hourly();
      // On start and once a day: documents due within the office's warning window.
      reminders ??= startReminders({ db: () => db, notify: (due) => events.emit('followup:due', { ...due, items: due.items.slice(0, 10) }) });
      timer ??= setInterval(hourly, HOUR / 4);
      timer.unref();
    },
    close() {
      if (timer) clearInterval(timer);
      reminders?.stop();
      db?.close();
    },
  };
}
