import { AppError, isErrorCode, type FieldErrors, type WireError } from '../../shared/errors';
import { CONTRACT, type OperationName } from '../../shared/ipc/contract';
import type { Envelope } from '../../shared/ipc/define';
import { isDiskFull } from '../fsutil/diskFull';
import type { Handlers } from './handlers';

export type Router = {
  dispatch(name: string, rawInput: unknown): Promise<Envelope<unknown>>;
};

function fieldErrors(issues: readonly { path: readonly PropertyKey[]; message: string }[]): FieldErrors {
  const fields: FieldErrors = {};
  for (const issue of issues) {
    const key = issue.path.map(String).join('.') || '_';
    fields[key] ??= issue.message;
  }
  return fields;
}

function isFieldErrors(value: unknown): value is FieldErrors {
  return typeof value === 'object' && value !== null && Object.values(value).every((v) => typeof v === 'string');
}

export function toWireError(error: unknown, log: (error: unknown) => void = console.error): WireError {
  if (error instanceof AppError) {
    return {
      code: error.code,
      message: error.message,
      ...(error.fields ? { fields: error.fields } : {}),
      ...(error.documentId ? { documentId: error.documentId } : {}),
    };
  }
  // Domain errors (backup, sync) carry a code of the same message map; their technical detail goes to the log, one
  // line without a stack, since the condition was expected.
  if (error instanceof Error && 'code' in error && isErrorCode(error.code)) {
    const { detail, fields } = error as { detail?: unknown; fields?: unknown };
    if (typeof detail === 'string' && detail) log(`${error.code}: ${detail}`);
    return { code: error.code, message: error.message, ...(isFieldErrors(fields) ? { fields } : {}) };
  }
  log(error);
  // A full disk is the one unexpected failure the clerk can put right alone.
  if (isDiskFull(error)) return { code: 'DISK_FULL_SAVE', message: new AppError('DISK_FULL_SAVE').message };
  return { code: 'INTERNAL', message: new AppError('INTERNAL').message };
}

/**
 * Validates every input against the contract before the handler runs; every failure becomes an envelope, so
 * no transport ever sees a thrown error.
 */
export function createRouter(handlers: Handlers, log?: (error: unknown) => void): Router {
  const missing = Object.keys(CONTRACT).filter((name) => !(name in handlers));
  if (missing.length) throw new Error(`No handler for: ${missing.join(', ')}`);
  return {
    async dispatch(name, rawInput) {
      if (!Object.hasOwn(CONTRACT, name)) return { ok: false, error: toWireError(new AppError('UNKNOWN_OPERATION')) };
      const op = name as OperationName;
      const parsed = CONTRACT[op].input.safeParse(rawInput ?? {});
      if (!parsed.success) {
        const error = new AppError('INVALID_INPUT', { fields: fieldErrors(parsed.error.issues) });
        return { ok: false, error: toWireError(error) };
      }
      try {
        const handler = handlers[op] as (input: unknown) => unknown;
        return { ok: true, value: await handler(parsed.data) };
      } catch (error) {
        return { ok: false, error: toWireError(error, log) };
      }
    },
  };
}
