import { createHash } from 'node:crypto';
import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import yazl from 'yazl';
import { afterEach, describe, expect, it } from 'vitest';
import { listEntries, openZip, readEntry } from './zip';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

async function zipWith(name: string, bytes: Buffer, compress = true): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'vanthu-zip-'));
  dirs.push(dir);
  const file = join(dir, 'b.ctb');
  const zip = new yazl.ZipFile();
  zip.addBuffer(bytes, name, { compress });
  zip.end();
  await new Promise<void>((done) => zip.outputStream.pipe(createWriteStream(file)).on('close', () => done()));
  return file;
}

describe('reading a bundle entry to a staged file', () => {
  it('rejects with a reason when the staged file cannot be written, instead of an unhandled error', async () => {
    const sha = 'a'.repeat(64);
    const zip = await openZip(await zipWith(`blobs/${sha}`, Buffer.alloc(200_000, 7)));
    try {
      const info = (await listEntries(zip)).get(`blobs/${sha}`)!;
      // The staging folder is gone (removed after another entry failed): the file's open fails asynchronously.
      await expect(readEntry(zip, info, 200_000, join(tmpdir(), 'vanthu-no-such-folder', sha))).rejects.toMatchObject({ code: 'BUNDLE_UNREADABLE' });
    } finally {
      zip.close();
    }
  });
});

describe('reading a bundle entry into memory', () => {
  const text = Buffer.from('{"body":"Kế hoạch tổ chức Đại hội Công đoàn cơ sở"}\n'.repeat(5000));

  it.each([true, false])('gives the exact bytes and their hash (compressed: %s)', async (compress) => {
    const zip = await openZip(await zipWith('ops/0001.ndjson', text, compress));
    try {
      const read = await readEntry(zip, (await listEntries(zip)).get('ops/0001.ndjson')!, text.length);
      expect(read.bytes?.equals(text)).toBe(true);
      expect(read.size).toBe(text.length);
      expect(read.sha256).toBe(createHash('sha256').update(text).digest('hex'));
    } finally {
      zip.close();
    }
  });

  it.each([true, false])('stops at the limit instead of inflating everything (compressed: %s)', async (compress) => {
    const zip = await openZip(await zipWith('ops/0001.ndjson', text, compress));
    try {
      await expect(readEntry(zip, (await listEntries(zip)).get('ops/0001.ndjson')!, 1000)).rejects.toMatchObject({ code: 'BUNDLE_ENTRY_MISMATCH' });
    } finally {
      zip.close();
    }
  });
});
