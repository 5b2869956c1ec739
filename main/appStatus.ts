import { AppError } from '../shared/errors';
import type { AppStatus, appOperations } from '../shared/ipc/app';
import { CONTRACT, type OperationName } from '../shared/ipc/contract';
import type { HandlerGroup, Handlers } from './ipc/handlers';

export function appStatusHandlers(status: { [K in keyof AppStatus]: () => AppStatus[K] }): HandlerGroup<keyof typeof appOperations> {
  return { 'app:status': () => ({ recovery: status.recovery(), clock: status.clock(), machineChange: status.machineChange() }) };
}

/**
 * Recovery mode: only the given handlers (backups, status) work; every other operation answers with the error
 * that stopped the database from opening, so no screen can write to a damaged archive.
 */
export function recoveryHandlers(available: Partial<Handlers>, reason: () => AppError | null): Handlers {
  const out: Record<string, unknown> = {};
  for (const name of Object.keys(CONTRACT) as OperationName[]) {
    out[name] =
      available[name] ??
      (() => {
        throw reason() ?? new AppError('DATABASE_CORRUPT');
      });
  }
  return out as Handlers;
}
