import { createHash } from 'node:crypto';
import { appendFileSync, createReadStream, createWriteStream, existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, truncateSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';

/**
 * The relay: a mailbox that stores bundles by their SHA-256 and lists them per destination unit. It trusts
 * nothing in them and needs no keys: every office verifies what it downloads, exactly as from a USB stick.
 *   PUT  /v1/bundles/{sha}?to=UNIT   (Content-Range for resumable uploads; the hash is checked when complete)
 *   HEAD /v1/bundles/{sha}           200 when stored, 404 with Upload-Offset when partly uploaded
 *   GET  /v1/bundles/{sha}           with Range for resumable downloads
 *   GET  /v1/inbox/{unit}?after=N    bundles addressed to the unit, in arrival order
 *   PUT, HEAD, GET /v1/blobs/{sha}   attachments by hash, the same way (no inbox)
 */
export type Relay = { url: string; port: number; close(): Promise<void> };

const SHA = /^[0-9a-f]{64}$/;
const UNIT = /^[\p{L}\p{N}._-]{1,40}$/u;
const MAX_OBJECT = 2 * 1024 ** 3;

/** Bundles are listed in the inboxes of the units they go to; blobs (attachments) are only stored and served. */
type Kind = 'bundles' | 'blobs';

function inboxFile(dataDir: string, unit: string): string {
  return join(dataDir, 'inbox', `${Buffer.from(unit).toString('hex')}.ndjson`);
}

async function fileSha(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

export function startRelay(options: { dataDir: string; port?: number; host?: string }): Promise<Relay> {
  const { dataDir } = options;
  for (const d of ['bundles', 'blobs', 'partial', 'inbox']) mkdirSync(join(dataDir, d), { recursive: true });
  const done = (kind: Kind, sha: string) => join(dataDir, kind, kind === 'bundles' ? `${sha}.ctb` : sha);
  const partial = (kind: Kind, sha: string) => join(dataDir, 'partial', `${kind}-${sha}.part`);

  const deliver = (sha: string, units: string[]) => {
    for (const unit of units) {
      const file = inboxFile(dataDir, unit);
      const listed = existsSync(file) ? readFileSync(file, 'utf8').split('\n').filter(Boolean) : [];
      if (!listed.some((l) => (JSON.parse(l) as { sha: string }).sha === sha)) appendFileSync(file, `${JSON.stringify({ sha, size: statSync(done('bundles', sha)).size })}\n`);
    }
  };

  /**
   * Uploads of the same object in progress. After a cut, the client asks where to resume while the cut request may
   * still be writing its last bytes: the answer, and the next chunk, wait for it, so the offset is exact and two
   * requests never append to one partial file together.
   */
  const writing = new Map<string, Promise<void>>();

  /**
   * One upload chunk, streamed to the partial file: never more bytes than the declared total, so a hostile
   * client cannot fill the relay's memory or disk beyond the size it announced (itself capped).
   */
  async function put(req: IncomingMessage, res: ServerResponse, kind: Kind, sha: string, units: string[]) {
    const key = `${kind}/${sha}`;
    const turn = (writing.get(key) ?? Promise.resolve()).then(() => putNow(req, res, kind, sha, units));
    const settled = turn.then(
      () => undefined,
      () => undefined,
    );
    writing.set(key, settled);
    void settled.then(() => writing.get(key) === settled && writing.delete(key));
    return turn;
  }

  async function putNow(req: IncomingMessage, res: ServerResponse, kind: Kind, sha: string, units: string[]) {
    if (existsSync(done(kind, sha))) {
      if (kind === 'bundles') deliver(sha, units);
      req.resume();
      return send(res, 200, { stored: true });
    }
    const range = /^bytes (\d+)-(\d+)\/(\d+)$/.exec(String(req.headers['content-range'] ?? ''));
    const start = range ? Number(range[1]) : 0;
    const total = range ? Number(range[3]) : Number(req.headers['content-length'] ?? 0);
    if (!Number.isSafeInteger(total) || total > MAX_OBJECT) {
      req.resume();
      return send(res, 413, { error: 'too large' });
    }
    const have = existsSync(partial(kind, sha)) ? statSync(partial(kind, sha)).size : 0;
    if (start !== have) {
      req.resume();
      return send(res, 409, { offset: have });
    }
    const out = createWriteStream(partial(kind, sha), { flags: have === 0 ? 'w' : 'a' });
    let received = 0;
    let overflow = false;
    try {
      for await (const chunk of req) {
        received += (chunk as Buffer).length;
        if (have + received > total) {
          overflow = true;
          break;
        }
        if (!out.write(chunk as Buffer)) await new Promise<void>((r) => out.once('drain', () => r()));
      }
    } finally {
      await new Promise<void>((r) => out.end(r));
    }
    if (overflow) {
      truncateSync(partial(kind, sha), have);
      req.resume();
      return send(res, 413, { error: 'longer than declared', offset: have });
    }
    const size = statSync(partial(kind, sha)).size;
    if (size < total) return send(res, 202, { offset: size });
    if ((await fileSha(partial(kind, sha))) !== sha) {
      rmSync(partial(kind, sha), { force: true });
      return send(res, 422, { error: 'hash mismatch' });
    }
    renameSync(partial(kind, sha), done(kind, sha));
    if (kind === 'bundles') deliver(sha, units);
    return send(res, 201, { stored: true });
  }

  function get(req: IncomingMessage, res: ServerResponse, kind: Kind, sha: string) {
    if (!existsSync(done(kind, sha))) return send(res, 404, {});
    const size = statSync(done(kind, sha)).size;
    const range = /^bytes=(\d+)-$/.exec(String(req.headers.range ?? ''));
    const start = range ? Math.min(Number(range[1]), size) : 0;
    res.writeHead(range ? 206 : 200, { 'content-type': 'application/octet-stream', 'content-length': size - start, 'accept-ranges': 'bytes', ...(range ? { 'content-range': `bytes ${start}-${size - 1}/${size}` } : {}) });
    if (start >= size) return res.end();
    createReadStream(done(kind, sha), { start }).pipe(res);
  }

  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://relay');
    const parts = url.pathname.split('/').filter(Boolean);
    const handle = async () => {
      if (parts[0] !== 'v1') return send(res, 404, {});
      if ((parts[1] === 'bundles' || parts[1] === 'blobs') && parts[2] && SHA.test(parts[2])) {
        const kind: Kind = parts[1];
        const sha = parts[2];
        if (req.method === 'PUT') {
          const units = url.searchParams.getAll('to').filter((u) => UNIT.test(u));
          return put(req, res, kind, sha, units);
        }
        if (req.method === 'HEAD') {
          await writing.get(`${kind}/${sha}`);
          if (existsSync(done(kind, sha))) return send(res, 200, null);
          res.writeHead(404, { 'upload-offset': existsSync(partial(kind, sha)) ? statSync(partial(kind, sha)).size : 0 });
          return res.end();
        }
        if (req.method === 'GET') return get(req, res, kind, sha);
      }
      if (parts[1] === 'inbox' && parts[2] && req.method === 'GET') {
        const unit = decodeURIComponent(parts[2]);
        if (!UNIT.test(unit)) return send(res, 400, {});
        const after = Number(url.searchParams.get('after') ?? 0);
        const file = inboxFile(dataDir, unit);
        const items = existsSync(file) ? readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as { sha: string; size: number }) : [];
        return send(res, 200, { items: items.slice(after), cursor: items.length });
      }
      return send(res, 404, {});
    };
    handle().catch((error: unknown) => {
      // A client whose line dropped mid-request is the ordinary case on a poor line, not an error of the relay.
      if (!req.destroyed) console.error(error);
      if (!res.headersSent) send(res, 500, {});
    });
  });

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => {
      const port = (server.address() as AddressInfo).port;
      resolve({
        url: `http://${options.host ?? '127.0.0.1'}:${port}`,
        port,
        close: () => new Promise<void>((r) => {
          server.closeAllConnections();
          server.close(() => r());
        }),
      });
    });
  });
}

function send(res: ServerResponse, status: number, body: unknown) {
  if (body === null) {
    res.writeHead(status);
    return res.end();
  }
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}


