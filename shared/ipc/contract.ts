import { backupOperations } from '../backup/operations';
import { appOperations } from './app';
import { archiveOperations } from './archive';
import { mergeOperations, type InputOf, type OutputOf } from './define';
import { draftingOperations } from './drafting';
import { followupOperations } from './followup';
import { intakeOperations } from './intake';
import { syncOperations } from './sync';
import { trackingOperations } from './tracking';
import { unitsOperations } from './units';

/**
 * The single list of operations the UI can call. Each domain keeps its group in shared/ipc/<domain>.ts; the
 * main side registers one handler per name and validates every input against the schema here.
 */
export const CONTRACT = mergeOperations(archiveOperations, intakeOperations, draftingOperations, unitsOperations, backupOperations, appOperations, trackingOperations, syncOperations, followupOperations);

export type Contract = typeof CONTRACT;
export type OperationName = keyof Contract & string;
export type OperationInput<K extends OperationName> = InputOf<Contract[K]>;
export type OperationOutput<K extends OperationName> = OutputOf<Contract[K]>;

/** Events main pushes to the UI (progress, reminders, sync status). */
export type AppEvent = { type: string; payload: unknown };

/** What the renderer sees as `window.api`, whatever the transport. */
export type ApiClient = {
  invoke<K extends OperationName>(name: K, input: OperationInput<K>): Promise<OperationOutput<K>>;
  subscribe(listener: (event: AppEvent) => void): () => void;
};
