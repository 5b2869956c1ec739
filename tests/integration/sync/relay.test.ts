import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writeFileAtomicSync } from '../../../main/fsutil/atomicWrite';
import { exportBundle } from '../../../main/sync/exportBundle';
import { fetchBlob, pullBundles, pushBlob, pushBundle } from '../../../main/sync/relay/client';
import { startRelay, type Relay } from '../../../main/sync/relay/server';
import { createSyncService } from '../../../main/sync/service';
import { directiveTracking } from '../../../main/tracking/tracking';
import { exportsFolderChooser } from '../../../main/savePath';
import { createTempDirs } from '../../helpers/tempDir';
import { issueDirective, replyTo, setUpNetwork, type Office } from './offices';

const temp = createTempDirs('vanthu-relay-');
let relay: Relay | undefined;
afterEach(async () => {
  await relay?.close();
  temp.cleanup();
});

const serviceFor = (o: Office) =>
  createSyncService({ db: o.db, blobs: o.blobs, dataDir: o.dir, chooseSavePath: exportsFolderChooser(o.dir), writeFile: writeFileAtomicSync });

describe('relay on 127.0.0.1', () => {
  it('carries a directive out and the report back, the same verifier deciding', async () => {
    relay = await startRelay({ dataDir: temp.make() });
    const { province, offices } = setUpNetwork(temp.make(), ['CD-TP']);
    const office = offices[0]!;
    const p = serviceFor(province);
    const o = serviceFor(office);
    p.setRelay(relay.url);
    o.setRelay(relay.url);
    const directiveId = await issueDirective(province, ['CD-TP'], 'Báo cáo sơ kết 6 tháng', '2026-05-02');
    expect(await p.syncNow()).toMatchObject({ pushed: 1, error: null });
    const pulled = await o.syncNow();
    expect(pulled.pulled).toEqual([expect.objectContaining({ status: 'applied', documentsAdded: 1 })]);
    await replyTo(office, directiveId, '2026-05-10');
    expect((await o.syncNow()).pushed).toBe(1);
    const back = await p.syncNow();
    expect(back.pulled).toEqual([expect.objectContaining({ status: 'applied', documentsAdded: 1 })]);
    expect(directiveTracking(province.db, directiveId, '2026-05-11').recipients[0]).toMatchObject({ state: 'replied', arrivalNumber: 1 });
    // Nothing is downloaded twice.
    expect((await o.syncNow()).pulled.filter((r) => r.status === 'applied' && r.documentsAdded > 0)).toEqual([]);
  });

  it('resumes an interrupted upload without sending completed bytes again, and refuses a corrupted one', async () => {
    relay = await startRelay({ dataDir: temp.make() });
    const { province } = setUpNetwork(temp.make(), ['CD-X']);
    await issueDirective(province, ['CD-X'], 'Tệp lớn', '2026-05-02', new Uint8Array(600_000).map((_, i) => (i * 7) % 251));
    const usb = temp.make();
    const file = (await exportBundle(province.db, province.blobs, 'CD-X', usb))[0]!.path;
    const bytes = readFileSync(file);
    const { createHash } = await import('node:crypto');
    const sha = createHash('sha256').update(bytes).digest('hex');
    // The line drops after the first 200 KB.
    const half = 200_000;
    const first = await fetch(`${relay.url}/v1/bundles/${sha}?to=CD-X`, { method: 'PUT', body: bytes.subarray(0, half), headers: { 'content-range': `bytes 0-${half - 1}/${bytes.length}` } });
    expect(first.status).toBe(202);
    const sent = await pushBundle(relay.url, file, 'CD-X', undefined, 64 * 1024);
    expect(sent).toBe(bytes.length - half);
    expect(await pushBundle(relay.url, file, 'CD-X')).toBe(0);
    const inbox = temp.make();
    const got = await pullBundles(relay.url, 'CD-X', 0, inbox);
    expect(got.files).toHaveLength(1);
    expect(statSync(got.files[0]!).size).toBe(bytes.length);
    // A body that does not hash to its name is refused by the relay.
    const bad = await fetch(`${relay.url}/v1/bundles/${'0'.repeat(64)}?to=CD-X`, { method: 'PUT', body: bytes });
    expect(bad.status).toBe(422);
  });

  it('stores attachments by hash, resumable, and never keeps more bytes than an upload announced', async () => {
    const dir = temp.make();
    relay = await startRelay({ dataDir: dir });
    const { createHash } = await import('node:crypto');
    const file = Buffer.from('Phụ lục kèm công văn '.repeat(5000));
    const sha = createHash('sha256').update(file).digest('hex');
    const url = `${relay.url}/v1/blobs/${sha}`;
    expect((await fetch(url, { method: 'HEAD' })).status).toBe(404);
    const cut = 30_000;
    expect((await fetch(url, { method: 'PUT', body: file.subarray(0, cut), headers: { 'content-range': `bytes 0-${cut - 1}/${file.length}` } })).status).toBe(202);
    const head = await fetch(url, { method: 'HEAD' });
    expect(head.headers.get('upload-offset')).toBe(String(cut));
    // A chunk from the wrong place is refused with the offset to resume from.
    const wrong = await fetch(url, { method: 'PUT', body: file.subarray(10), headers: { 'content-range': `bytes 10-${file.length - 1}/${file.length}` } });
    expect(wrong.status).toBe(409);
    expect(await wrong.json()).toEqual({ offset: cut });
    const rest = await fetch(url, { method: 'PUT', body: file.subarray(cut), headers: { 'content-range': `bytes ${cut}-${file.length - 1}/${file.length}` } });
    expect(rest.status).toBe(201);
    expect((await fetch(url, { method: 'PUT', body: file })).status).toBe(200);
    const ranged = await fetch(url, { headers: { range: 'bytes=100-' } });
    expect(ranged.status).toBe(206);
    expect(Buffer.from(await ranged.arrayBuffer()).equals(file.subarray(100))).toBe(true);
    // The client: a finished upload is not sent again; a cut download resumes; wrong bytes are refused.
    const local = join(temp.make(), 'phu-luc.bin');
    writeFileSync(local, file);
    expect(await pushBlob(relay.url, local)).toEqual({ sha256: sha, sent: 0 });
    const fetched = join(temp.make(), 'tai-ve.bin');
    writeFileSync(`${fetched}.download`, file.subarray(0, 12_345));
    await fetchBlob(relay.url, sha, fetched);
    expect(readFileSync(fetched).equals(file)).toBe(true);
    const spoiled = join(temp.make(), 'hong.bin');
    writeFileSync(`${spoiled}.download`, Buffer.alloc(12_345, 7));
    await expect(fetchBlob(relay.url, sha, spoiled)).rejects.toThrow(/không khớp/);
    expect(existsSync(spoiled)).toBe(false);
    const fresh = join(temp.make(), 'moi.bin');
    writeFileSync(fresh, 'Tệp đính kèm mới');
    const pushed = await pushBlob(relay.url, fresh, undefined, 5);
    expect(pushed.sent).toBe(statSync(fresh).size);
    expect((await fetch(`${relay.url}/v1/blobs/${pushed.sha256}`, { method: 'HEAD' })).status).toBe(200);

    // A blob is not a bundle: it is listed in no inbox.
    expect(await (await fetch(`${relay.url}/v1/inbox/CD-X`)).json()).toEqual({ items: [], cursor: 0 });

    // An upload that sends more than it declared keeps nothing beyond the declared size.
    const other = createHash('sha256').update('khác').digest('hex');
    const long = await fetch(`${relay.url}/v1/blobs/${other}`, { method: 'PUT', body: Buffer.alloc(200_000, 1), headers: { 'content-range': 'bytes 0-9/10' } }).catch(() => null);
    if (long) expect(long.status).toBe(413);
    const partialFile = join(dir, 'partial', `blobs-${other}.part`);
    expect(existsSync(partialFile) ? statSync(partialFile).size : 0).toBeLessThanOrEqual(10);
    const huge = await fetch(`${relay.url}/v1/blobs/${other}`, { method: 'PUT', body: Buffer.alloc(1), headers: { 'content-range': `bytes 0-0/${5 * 1024 ** 3}` } });
    expect(huge.status).toBe(413);
  });
});
