import { CONTRACT, type Contract, type OperationName } from '../../shared/ipc/contract';
import type { OutputOf, ParsedInputOf } from '../../shared/ipc/define';

/** The implementation of one operation: gets the input already validated by its zod schema. */
export type Handler<K extends OperationName> = (input: ParsedInputOf<Contract[K]>) => Promise<OutputOf<Contract[K]>> | OutputOf<Contract[K]>;

export type Handlers = { [K in OperationName]: Handler<K> };

/** A domain's share of the handlers. */
export type HandlerGroup<K extends OperationName> = { [P in K]: Handler<P> };

/** Handlers that forward every call to the current set, so the set can be rebuilt (after a restore). */
export function delegatingHandlers(current: () => Handlers): Handlers {
  const out: Record<string, (input: unknown) => unknown> = {};
  for (const name of Object.keys(CONTRACT)) {
    out[name] = (input) => (current()[name as OperationName] as (input: unknown) => unknown)(input);
  }
  return out as Handlers;
}
