import type { Contract, OperationName } from '../../shared/ipc/contract';
import type { OutputOf, ParsedInputOf } from '../../shared/ipc/define';

/** The implementation of one operation: gets the input already validated by its zod schema. */
export type Handler<K extends OperationName> = (input: ParsedInputOf<Contract[K]>) => Promise<OutputOf<Contract[K]>> | OutputOf<Contract[K]>;

export type Handlers = { [K in OperationName]: Handler<K> };

/** A domain's share of the handlers. */
export type HandlerGroup<K extends OperationName> = { [P in K]: Handler<P> };
