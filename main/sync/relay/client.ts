import { createHash, randomUUID } from 'node:crypto';
import { closeSync, createReadStream, existsSync, mkdirSync, openSync, readSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Retries transient failures only (network, timeouts, 502/503/504), with capped exponential backoff; a request
 * that gets no answer within `timeoutMs` (a line that stalls rather than drops) counts as one of them.
 */
export type RetryPolicy = { retries: number; baseMs: number; maxMs: number; timeoutMs: number };
export const DEFAULT_RETRY: RetryPolicy = { retries: 7, baseMs: 300, maxMs: 38_000, timeoutMs: 60_000 };

class Transient extends Error {}

async function withRetry<T>(policy: RetryPolicy, work: () => Promise<T>): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      const transient = error instanceof Transient || (error instanceof TypeError && /fetch failed/i.test(error.message));
      if (!transient || attempt >= policy.retries) throw error;
      await new Promise((r) => setTimeout(r, Math.min(policy.maxMs, policy.baseMs * 2 ** attempt)));
    }
  }
}

async function call(url: string, policy: RetryPolicy, init: RequestInit = {}): Promise<Response> {
  const res = await fetch(url, { ...init, signal: AbortSignal.timeout(policy.timeoutMs) }).catch((e: unknown) => {
    throw new Transient(e instanceof Error ? e.message : String(e));
  });
  if (res.status === 502 || res.status === 503 || res.status === 504) throw new Transient(`HTTP ${res.status}`);
  return res;
}

async function sha256Of(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

type Kind = 'bundles' | 'blobs';

/** Sends a file in chunks to `/v1/{kind}/{sha}`, starting from the offset the relay reports as already held. */
async function upload(relayUrl: string, kind: Kind, sha: string, file: string, query: string, policy: RetryPolicy, chunkSize: number): Promise<number> {
  const size = statSync(file).size;
  const target = `${relayUrl}/v1/${kind}/${sha}${query}`;
  let sent = 0;
  await withRetry(policy, async () => {
    const head = await call(`${relayUrl}/v1/${kind}/${sha}`, policy, { method: 'HEAD' });
    if (head.ok) {
      // Stored already: only make sure a bundle is listed for its unit.
      if (kind === 'bundles') await call(target, policy, { method: 'PUT', body: new Uint8Array(0), headers: { 'content-range': `bytes 0-0/${size}` } });
      return;
    }
    let offset = Number(head.headers.get('upload-offset') ?? 0);
    const fd = openSync(file, 'r');
    try {
      while (offset < size) {
        const length = Math.min(chunkSize, size - offset);
        const chunk = Buffer.alloc(length);
        readSync(fd, chunk, 0, length, offset);
        const res = await call(target, policy, { method: 'PUT', body: chunk, headers: { 'content-range': `bytes ${offset}-${offset + length - 1}/${size}` } });
        sent += length;
        if (res.status === 409 || res.status === 202) offset = Number(((await res.json()) as { offset: number }).offset);
        else if (res.status === 201 || res.status === 200) return;
        else throw new Error(`Máy chủ trung chuyển trả lời ${res.status}`);
      }
    } finally {
      closeSync(fd);
    }
  });
  return sent;
}

/**
 * Downloads `url` into `part`, continuing from the bytes already there with a Range request after a cut.
 * `size` is the expected length when known (an inbox listing); otherwise the relay's answer gives it.
 */
async function download(url: string, part: string, size: number | null, policy: RetryPolicy): Promise<void> {
  await withRetry(policy, async () => {
    const have = existsSync(part) ? statSync(part).size : 0;
    if (size !== null && have >= size) return;
    const res = await call(url, policy, { headers: have ? { range: `bytes=${have}-` } : {} });
    if (res.status !== 200 && res.status !== 206) throw new Error(`Máy chủ trung chuyển trả lời ${res.status}`);
    const total = size ?? Number(/\/(\d+)$/.exec(res.headers.get('content-range') ?? '')?.[1] ?? res.headers.get('content-length') ?? 0);
    const fd = openSync(part, res.status === 206 ? 'a' : 'w');
    try {
      const reader = res.body?.getReader();
      for (;;) {
        const chunk = reader
          ? await reader.read().catch((e: unknown) => {
              throw new Transient(String(e));
            })
          : { done: true as const, value: undefined };
        if (chunk.done) break;
        writeSync(fd, chunk.value);
      }
    } finally {
      closeSync(fd);
    }
    if (statSync(part).size < total) throw new Transient('tải chưa xong');
  });
}

/**
 * Uploads a bundle to the relay in chunks, resuming from what the relay already has after a cut connection;
 * completed uploads are not sent again. Returns the bytes actually sent.
 */
export async function pushBundle(relayUrl: string, file: string, toUnit: string, policy = DEFAULT_RETRY, chunkSize = 1 << 20): Promise<number> {
  return upload(relayUrl, 'bundles', await sha256Of(file), file, `?to=${encodeURIComponent(toUnit)}`, policy, chunkSize);
}

/** Uploads an attachment by its hash (resumable, sent once); the relay stores it without listing it anywhere. */
export async function pushBlob(relayUrl: string, file: string, policy = DEFAULT_RETRY, chunkSize = 1 << 20): Promise<{ sha256: string; sent: number }> {
  const sha256 = await sha256Of(file);
  return { sha256, sent: await upload(relayUrl, 'blobs', sha256, file, '', policy, chunkSize) };
}

/** Fetches an attachment by hash into `target`, resuming a cut download; a file that does not hash to its name is refused. */
export async function fetchBlob(relayUrl: string, sha256: string, target: string, policy = DEFAULT_RETRY): Promise<void> {
  const part = `${target}.download`;
  await download(`${relayUrl}/v1/blobs/${sha256}`, part, null, policy);
  if ((await sha256Of(part)) !== sha256) {
    rmSync(part, { force: true });
    throw new Error('Tệp đính kèm tải về không khớp mã băm; hãy thử lại.');
  }
  renameSync(part, target);
}

/** Lists the bundles waiting for this unit after the cursor, and downloads each with resume into `dir`. */
export async function pullBundles(relayUrl: string, unit: string, cursor: number, dir: string, policy = DEFAULT_RETRY): Promise<{ files: string[]; cursor: number }> {
  const list = await withRetry(policy, async () => {
    const res = await call(`${relayUrl}/v1/inbox/${encodeURIComponent(unit)}?after=${cursor}`, policy);
    if (!res.ok) throw new Error(`Máy chủ trung chuyển trả lời ${res.status}`);
    return (await res.json()) as { items: { sha: string; size: number }[]; cursor: number };
  });
  mkdirSync(dir, { recursive: true });
  const files: string[] = [];
  for (const item of list.items) {
    const part = join(dir, `${item.sha}.download`);
    await download(`${relayUrl}/v1/bundles/${item.sha}`, part, item.size, policy);
    const target = join(dir, `${randomUUID()}.ctb`);
    renameSync(part, target);
    files.push(target);
  }
  return { files, cursor: list.cursor };
}
