import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import {
  isAtomicTempName,
  removeStaleTempFiles,
  tempPathFor,
  writeFileAtomic,
  writeFileAtomicFrom,
  writeFileAtomicSync,
} from './atomicWrite';

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'vanthu-atomic-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('writeFileAtomic', () => {
  it('writes text and bytes, replacing an existing file, leaving no temporary behind', async () => {
    const dir = tempDir();
    const target = join(dir, 'Báo cáo quý 3.docx');
    writeFileSync(target, 'bản cũ');
    await writeFileAtomic(target, 'Kính gửi: Ban Thường vụ');
    expect(readFileSync(target, 'utf8')).toBe('Kính gửi: Ban Thường vụ');
    const bytes = new Uint8Array([0, 1, 2, 250, 251]);
    await writeFileAtomic(target, bytes);
    expect(new Uint8Array(readFileSync(target))).toEqual(bytes);
    expect(readdirSync(dir)).toEqual(['Báo cáo quý 3.docx']);
  });

  it('applies the requested mode to a new file', async () => {
    if (process.platform === 'win32') return;
    const target = join(tempDir(), 'private.bin');
    await writeFileAtomic(target, 'x', { mode: 0o600 });
    expect(statSync(target).mode & 0o777).toBe(0o600);
  });

  it('streams a Readable, an async generator and an array of chunks', async () => {
    const dir = tempDir();
    const chunks = Array.from({ length: 200 }, (_, i) => Buffer.alloc(1024, i % 256));
    await writeFileAtomicFrom(join(dir, 'a.bin'), Readable.from(chunks));
    await writeFileAtomicFrom(
      join(dir, 'b.bin'),
      (async function* () {
        for (const c of chunks) yield c;
      })(),
    );
    await writeFileAtomicFrom(join(dir, 'c.txt'), ['Sổ ', 'đến ', '2025']);
    const expected = Buffer.concat(chunks);
    expect(readFileSync(join(dir, 'a.bin')).equals(expected)).toBe(true);
    expect(readFileSync(join(dir, 'b.bin')).equals(expected)).toBe(true);
    expect(readFileSync(join(dir, 'c.txt'), 'utf8')).toBe('Sổ đến 2025');
  });

  it('keeps the old file and removes the temporary when the source fails midway', async () => {
    const dir = tempDir();
    const target = join(dir, 'register.xlsx');
    writeFileSync(target, 'previous complete export');
    const failing = (async function* () {
      yield Buffer.from('half of the new ');
      throw new Error('disk unplugged');
    })();
    await expect(writeFileAtomicFrom(target, failing)).rejects.toThrow('disk unplugged');
    expect(readFileSync(target, 'utf8')).toBe('previous complete export');
    expect(readdirSync(dir)).toEqual(['register.xlsx']);
  });

  it('fails without side effects when the folder does not exist', async () => {
    const target = join(tempDir(), 'missing', 'x.txt');
    await expect(writeFileAtomic(target, 'x')).rejects.toMatchObject({ code: 'ENOENT' });
    expect(existsSync(target)).toBe(false);
  });

  it('has a synchronous form with the same guarantees', () => {
    const dir = tempDir();
    const target = join(dir, 'marker.json');
    writeFileAtomicSync(target, '{"a":1}');
    writeFileAtomicSync(target, new Uint8Array(Buffer.from('{"a":2}')));
    expect(JSON.parse(readFileSync(target, 'utf8'))).toEqual({ a: 2 });
    expect(readdirSync(dir)).toEqual(['marker.json']);
  });
});

describe('temporary names', () => {
  it('live next to the target, are hidden, unique and recognised', () => {
    const dir = tempDir();
    const a = tempPathFor(join(dir, 'bundle.vtb'));
    const b = tempPathFor(join(dir, 'bundle.vtb'));
    expect(a).not.toBe(b);
    expect(a.startsWith(join(dir, '.bundle.vtb.'))).toBe(true);
    expect(isAtomicTempName(a.slice(dir.length + 1))).toBe(true);
    expect(isAtomicTempName('bundle.vtb')).toBe(false);
    expect(isAtomicTempName('.bundle.vtb.tmp')).toBe(false);
  });

  it('left by a crash are swept while other files stay', async () => {
    const dir = tempDir();
    const stale = tempPathFor(join(dir, 'backup.zip'));
    writeFileSync(stale, 'partial');
    writeFileSync(join(dir, 'backup.zip'), 'complete');
    writeFileSync(join(dir, '.hidden-note'), 'keep');
    const removed = await removeStaleTempFiles(dir);
    expect(removed).toHaveLength(1);
    expect(readdirSync(dir).sort()).toEqual(['.hidden-note', 'backup.zip']);
    expect(await removeStaleTempFiles(join(dir, 'nope'))).toEqual([]);
  });
});
