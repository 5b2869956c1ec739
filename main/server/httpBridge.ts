import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { EventBus } from '../events';
import type { Router } from '../ipc/router';
import { CONTENT_SECURITY_POLICY } from './csp';
import { readStatic } from './staticFiles';

export type Bridge = { url: string; token: string; port: number; close(): Promise<void> };

export type BridgeOptions = {
  router: Router;
  events: EventBus;
  staticDir: string;
  port?: number;
  /** Fixed token for tests; a random one per launch otherwise. */
  token?: string;
};

const MAX_BODY = 64 * 1024 * 1024;

function sameToken(given: string | null, token: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        reject(new Error('body too large'));
        req.destroy();
      } else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function send(res: ServerResponse, status: number, body: string | Buffer, type: string): void {
  res.writeHead(status, {
    'content-type': type,
    'content-security-policy': CONTENT_SECURITY_POLICY,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'cache-control': 'no-store',
  });
  res.end(body);
}

/**
 * Serves the UI and the same API as the Electron preload, on 127.0.0.1 only: POST /api/<operation> with the
 * per-launch token, and GET /api/events (server-sent events). The Host check keeps other sites from reaching
 * it through DNS rebinding.
 */
export function startBridge(options: BridgeOptions): Promise<Bridge> {
  const token = options.token ?? randomBytes(24).toString('hex');
  let port = 0;
  const server = createServer((req, res) => {
    void handle(req, res).catch((error: unknown) => {
      console.error(error);
      if (!res.headersSent) send(res, 500, '{}', 'application/json');
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const host = req.headers.host ?? '';
    if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`) return send(res, 421, 'Misdirected', 'text/plain');
    const url = new URL(req.url ?? '/', `http://${host}`);
    if (url.pathname === '/api/events' && req.method === 'GET') {
      if (!sameToken(url.searchParams.get('token'), token)) return send(res, 401, '{}', 'application/json');
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
      res.write(': ready\n\n');
      const unsubscribe = options.events.subscribe((event) => res.write(`data: ${JSON.stringify(event)}\n\n`));
      req.on('close', unsubscribe);
      return;
    }
    if (url.pathname.startsWith('/api/')) {
      if (req.method !== 'POST') return send(res, 405, '{}', 'application/json');
      if (!sameToken(req.headers['x-vanthu-token'] as string | undefined ?? null, token)) {
        return send(res, 401, JSON.stringify({ ok: false, error: { code: 'UNAUTHORIZED', message: 'Phiên làm việc đã hết hạn.' } }), 'application/json');
      }
      let input: unknown;
      try {
        const body = await readBody(req);
        input = body ? JSON.parse(body) : {};
      } catch {
        input = Symbol('unreadable');
      }
      const envelope = await options.router.dispatch(decodeURIComponent(url.pathname.slice(5)), input);
      return send(res, 200, JSON.stringify(envelope), 'application/json; charset=utf-8');
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, '', 'text/plain');
    const file = readStatic(options.staticDir, url.pathname);
    if (!file) return send(res, 404, 'Không tìm thấy', 'text/plain; charset=utf-8');
    return send(res, 200, file.body, file.type);
  }

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      port = (server.address() as AddressInfo).port;
      resolve({
        url: `http://127.0.0.1:${port}/#token=${token}`,
        token,
        port,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
