import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { extname, join, resolve, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json; charset=utf-8',
};

/**
 * Resolves a URL path to a file inside `root`, or null. Decoding, `..`, encoded separators, NUL and symlinks
 * that leave the root are all refused; used by both the HTTP bridge and the Electron app protocol.
 */
export function resolveStaticPath(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0]?.split('#')[0] ?? '/');
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const relative = decoded === '/' || decoded === '' ? 'index.html' : decoded.replace(/^\/+/, '');
  if (relative.split('/').some((part) => part === '..')) return null;
  const base = realpathSync(resolve(root));
  const candidate = resolve(base, relative);
  if (candidate !== base && !candidate.startsWith(base + sep)) return null;
  if (!existsSync(candidate)) return null;
  const real = realpathSync(candidate);
  if (!real.startsWith(base + sep) || !statSync(real).isFile()) return null;
  return real;
}

export function readStatic(root: string, urlPath: string): { body: Buffer; type: string } | null {
  const file = resolveStaticPath(root, urlPath) ?? (extname(urlPath) === '' ? resolveStaticPath(root, '/index.html') : null);
  if (!file) return null;
  return { body: readFileSync(file), type: TYPES[extname(file)] ?? 'application/octet-stream' };
}

export { join };
