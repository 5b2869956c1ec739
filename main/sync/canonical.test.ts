import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from './canonical';

/** The canonical form written out by hand: keys sorted by UTF-16 code units at every level, members undefined left out. */
function expected(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(expected).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const object = value as Record<string, unknown>;
    const keys = Object.keys(object).filter((k) => object[k] !== undefined).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${expected(object[k])}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** The same data with every object's keys inserted in reverse order. */
function reversed(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reversed);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).reverse()) {
      Object.defineProperty(out, key, { value: reversed((value as Record<string, unknown>)[key]), enumerable: true, writable: true, configurable: true });
    }
    return out;
  }
  return value;
}

/** Parsed as a bundle's ops are: objects without a prototype, keys in the order of the text. */
function bare(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(bare);
  if (value !== null && typeof value === 'object') {
    const out = Object.create(null) as Record<string, unknown>;
    for (const [key, member] of Object.entries(value)) out[key] = bare(member);
    return out;
  }
  return value;
}

describe('canonical JSON', () => {
  it('writes any JSON value with sorted keys, whatever order its keys were inserted in', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = canonicalJson(value);
        expect(text).toBe(expected(value));
        expect(canonicalJson(reversed(value))).toBe(text);
        // Read back from a bundle (prototype-less objects, keys already in order) it is the same text again.
        expect(canonicalJson(bare(JSON.parse(text)))).toBe(text);
      }),
      { numRuns: 500 },
    );
  });

  it('sorts integer-like keys as text, which object key order does not', () => {
    expect(canonicalJson({ 9: 'a', 10: 'b', x: { b: 1, a: [2, { d: 3, c: 4 }] } })).toBe('{"10":"b","9":"a","x":{"a":[2,{"c":4,"d":3}],"b":1}}');
  });

  it('leaves out undefined members and refuses what JSON cannot carry', () => {
    expect(canonicalJson({ b: undefined, a: 1 })).toBe('{"a":1}');
    expect(() => canonicalJson({ a: Number.NaN })).toThrow();
    expect(() => canonicalJson([undefined])).toThrow();
    expect(() => canonicalJson({ a: () => 1 })).toThrow();
  });
});
