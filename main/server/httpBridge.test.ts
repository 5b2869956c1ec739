import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createTempDirs } from '../../tests/helpers/tempDir';
import { createServices, type Services } from '../services';
import { startBridge, type Bridge } from './httpBridge';
import { resolveStaticPath } from './staticFiles';

const temp = createTempDirs();
let services: Services | undefined;
let bridge: Bridge | undefined;
afterEach(async () => {
  await bridge?.close();
  services?.close();
  temp.cleanup();
});

function raw(port: number, path: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}) {
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method: options.method ?? 'GET', headers: options.headers }, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => (body += c.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

async function start() {
  const dataDir = temp.make();
  const staticDir = join(dataDir, 'ui');
  mkdirSync(staticDir);
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>ok</title>');
  writeFileSync(join(dataDir, 'secret.txt'), 'secret');
  services = createServices({ dataDir, resourcesDir: join(import.meta.dirname, '..', '..', 'resources'), samples: false });
  bridge = await startBridge({ router: services.router, events: services.events, staticDir });
  return { bridge, dataDir, staticDir };
}

describe('HTTP bridge', () => {
  it('listens on 127.0.0.1 only and prints an address with the per-launch token', async () => {
    const { bridge } = await start();
    expect(bridge.url).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${bridge.port}/#token=[0-9a-f]{48}$`));
  });

  it('refuses API calls without the token, and foreign Host headers', async () => {
    const { bridge } = await start();
    const noToken = await raw(bridge.port, '/api/profile:get', { method: 'POST', body: '{}' });
    expect(noToken.status).toBe(401);
    const rebinding = await raw(bridge.port, '/api/profile:get', {
      method: 'POST',
      body: '{}',
      headers: { host: 'evil.example:80', 'x-vanthu-token': bridge.token },
    });
    expect(rebinding.status).toBe(421);
  });

  it('validates every input and answers errors as Vietnamese sentences', async () => {
    const { bridge } = await start();
    const headers = { 'x-vanthu-token': bridge.token, 'content-type': 'application/json' };
    const bad = await raw(bridge.port, '/api/register:incoming:add', { method: 'POST', headers, body: JSON.stringify({ document: {}, arrival: {} }) });
    const envelope = JSON.parse(bad.body) as { ok: boolean; error: { code: string; fields: Record<string, string> } };
    expect(envelope.ok).toBe(false);
    expect(envelope.error.code).toBe('INVALID_INPUT');
    expect(envelope.error.fields['document.subject']).toMatch(/trích yếu/);
    const junk = await raw(bridge.port, '/api/documents:list', { method: 'POST', headers, body: '{not json' });
    expect(JSON.parse(junk.body)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    const unknown = await raw(bridge.port, '/api/fs:readFile', { method: 'POST', headers, body: '{}' });
    expect(JSON.parse(unknown.body)).toMatchObject({ ok: false, error: { code: 'UNKNOWN_OPERATION' } });
  });

  it('serves the UI with a strict CSP and never a file outside its folder', async () => {
    const { bridge } = await start();
    const index = await raw(bridge.port, '/');
    expect(index.status).toBe(200);
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt', '/%2e%2e%5csecret.txt']) {
      const res = await raw(bridge.port, path);
      expect(res.body).not.toContain('secret');
    }
  });
});

describe('resolveStaticPath', () => {
  it('refuses traversal, NUL, backslashes and symlinks leaving the root', () => {
    const dir = temp.make();
    const root = join(dir, 'root');
    mkdirSync(root);
    writeFileSync(join(root, 'index.html'), 'x');
    writeFileSync(join(dir, 'outside.txt'), 'x');
    symlinkSync(join(dir, 'outside.txt'), join(root, 'link.txt'));
    expect(resolveStaticPath(root, '/')).toBe(join(root, 'index.html'));
    for (const p of ['/../outside.txt', '/%2e%2e/outside.txt', '/a/../../outside.txt', '/index.html%00', '/..\\outside.txt', '/link.txt', '/%E0%A4%A']) {
      expect(resolveStaticPath(root, p)).toBeNull();
    }
  });
});
