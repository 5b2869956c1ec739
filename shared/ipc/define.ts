import { z } from 'zod';
import type { WireError } from '../errors';

// Messages of schemas without their own wording are in Vietnamese, on both sides of the wire.
z.config(z.locales.vi());

/** One operation of the API: its input schema (validated in main) and, as a phantom type, its output. */
export type OperationDef<I extends z.ZodType = z.ZodType, O = unknown> = {
  readonly input: I;
  readonly __output?: O;
};

export function operation<I extends z.ZodType>(input: I) {
  return {
    returns<O>(): OperationDef<I, O> {
      return { input };
    },
  };
}

export type OperationMap = Record<string, OperationDef>;

/** Joins per-domain operation groups, refusing a name used twice. */
export function mergeOperations<T extends OperationMap[]>(...groups: T): UnionToIntersection<T[number]> {
  const merged: OperationMap = {};
  for (const group of groups) {
    for (const [name, def] of Object.entries(group)) {
      if (Object.hasOwn(merged, name)) throw new Error(`Operation ${name} is defined twice.`);
      merged[name] = def;
    }
  }
  return merged as UnionToIntersection<T[number]>;
}

type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;

export type InputOf<D> = D extends OperationDef<infer I, unknown> ? z.input<I> : never;
export type ParsedInputOf<D> = D extends OperationDef<infer I, unknown> ? z.output<I> : never;
export type OutputOf<D> = D extends OperationDef<z.ZodType, infer O> ? O : never;

/** What crosses the wire for every call, whatever the transport. */
export type Envelope<O> = { ok: true; value: O } | { ok: false; error: WireError };
