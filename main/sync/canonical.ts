import { SyncError } from '../../shared/sync/reasons';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/**
 * True when JSON.stringify already writes `value` canonically: plain data only, finite numbers, no undefined, and
 * the keys of every object in sorted order (as they are in anything parsed from canonical JSON).
 */
function inCanonicalOrder(value: unknown): boolean {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value);
  if (Array.isArray(value)) {
    for (const member of value) if (member === undefined || !inCanonicalOrder(member)) return false;
    return true;
  }
  if (typeof value !== 'object') return false;
  const prototype = Object.getPrototypeOf(value) as unknown;
  if (prototype !== Object.prototype && prototype !== null) return false;
  let previous: string | null = null;
  for (const key of Object.keys(value)) {
    const member = (value as Record<string, unknown>)[key];
    if ((previous !== null && !(previous < key)) || member === undefined || !inCanonicalOrder(member)) return false;
    previous = key;
  }
  return true;
}

/**
 * Canonical JSON: sorted keys, no whitespace. What is signed and hashed is always these exact bytes. Data already
 * in canonical order (every op read from a bundle) is written by JSON.stringify in one native pass.
 */
export function canonicalJson(value: unknown): string {
  return inCanonicalOrder(value) ? JSON.stringify(value) : sortedJson(value);
}

function sortedJson(value: unknown): string {
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error('Non-finite number in canonical JSON');
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) {
    let out = '[';
    for (let i = 0; i < value.length; i++) out += (i ? ',' : '') + sortedJson(value[i]);
    return `${out}]`;
  }
  if (typeof value === 'object') {
    const object = value as Record<string, unknown>;
    // Keys compare by UTF-16 code units, as the default sort does.
    const keys = Object.keys(object).sort();
    let out = '{';
    for (const key of keys) {
      const member = object[key];
      if (member === undefined) continue;
      out += `${out.length > 1 ? ',' : ''}${JSON.stringify(key)}:${sortedJson(member)}`;
    }
    return `${out}}`;
  }
  throw new Error(`Cannot serialise ${typeof value}`);
}

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Parses untrusted JSON with limits: size, nesting depth, and no keys that could reach an object's prototype.
 * Objects come back without a prototype chain.
 */
export function parseUntrustedJson(text: string, limits: { maxBytes: number; maxDepth: number } = { maxBytes: 1 << 20, maxDepth: 32 }): Json {
  if (Buffer.byteLength(text) > limits.maxBytes) throw new SyncError('MANIFEST_INVALID', 'quá lớn');
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new SyncError('MANIFEST_INVALID', 'không phải JSON');
  }
  const walk = (value: unknown, depth: number): Json => {
    if (depth > limits.maxDepth) throw new SyncError('MANIFEST_INVALID', 'lồng quá sâu');
    if (Array.isArray(value)) return value.map((v) => walk(v, depth + 1));
    if (value !== null && typeof value === 'object') {
      const out = Object.create(null) as Record<string, Json>;
      for (const [k, v] of Object.entries(value)) {
        if (FORBIDDEN_KEYS.has(k)) throw new SyncError('MANIFEST_INVALID', `khóa cấm ${k}`);
        out[k] = walk(v, depth + 1);
      }
      return out;
    }
    return value as Json;
  };
  return walk(parsed, 0);
}
