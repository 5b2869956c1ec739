import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, truncateSync, writeFileSync, copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYNC_MESSAGES } from '../../../shared/sync/reasons';
import { openDatabase } from '../../../main/db/open';
import { stateHash } from '../../../main/db/stateHash';
import { createBlobStore } from '../../../main/archive/blobStore';
import { canonicalJson } from '../../../main/sync/canonical';
import { exportBundle } from '../../../main/sync/exportBundle';
import { importBundle } from '../../../main/sync/importBundle';
import { generateSigningKey, keyId, signBytes } from '../../../main/sync/keys';
import { createTempDirs } from '../../helpers/tempDir';
import { rawZip, unzipAll, zipEntries } from './craft';
import { issueDirective, openOffice, setUpNetwork, type Office } from './offices';

const JOURNAL = ['imported_bundles', 'sync_alerts'];
const domainHash = (o: Office) => stateHash(o.db, { skipTables: JOURNAL });
const NOW = new Date('2026-05-01T03:00:00Z');

const temp = createTempDirs('vanthu-faults-');
let root: string;
let net: ReturnType<typeof setUpNetwork>;
let office: Office;
let bundle: string;
let pristine: string;

function freshOffice(name: string): Office {
  const dir = join(root, name);
  office.db.pragma('wal_checkpoint(TRUNCATE)');
  cpSync(pristine, dir, { recursive: true });
  const db = openDatabase(join(dir, 'office.sqlite'));
  return { ...office, dir, db, blobs: createBlobStore(dir) };
}

beforeAll(async () => {
  root = temp.make();
  net = setUpNetwork(root, ['CD-TP']);
  office = net.offices[0]!;
  await issueDirective(net.province, ['CD-TP'], 'Tổ chức Tháng Công nhân năm 2026', '2026-04-10', new TextEncoder().encode('Biểu mẫu'.repeat(500)));
  mkdirSync(join(root, 'usb'));
  bundle = (await exportBundle(net.province.db, net.province.blobs, 'CD-TP', join(root, 'usb')))[0]!.path;
  office.db.pragma('wal_checkpoint(TRUNCATE)');
  pristine = join(root, 'pristine');
  cpSync(office.dir, pristine, { recursive: true });
});
afterAll(() => {
  office.db.close();
  temp.cleanup();
});

/** A small seeded generator, so a failing variant can be produced again. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function expectRejected(target: Office, file: string, before: string) {
  const result = await importBundle(target.db, target.blobs, target.dir, file, NOW);
  expect(result.status, file).toBe('rejected');
  expect(result.reason && SYNC_MESSAGES[result.reason]).toBeTruthy();
  expect(domainHash(target)).toBe(before);
  return result.reason;
}

describe('T1 truncated bundles', () => {
  it('are all rejected with a reason, leaving the archive and the staging folder untouched', async () => {
    const target = freshOffice('t1');
    const before = domainHash(target);
    const size = readFileSync(bundle).length;
    const offsets = new Set<number>([0, 1, 22, size - 1, size - 22, size - 23]);
    for (let i = 1; i < 100; i++) offsets.add(Math.floor((size * i) / 100));
    for (let i = 0; i < 60; i++) offsets.add(Math.floor(Math.random() * size));
    const reasons = new Set<string>();
    for (const at of offsets) {
      const copy = join(root, `t1-${at}.ctb`);
      copyFileSync(bundle, copy);
      truncateSync(copy, at);
      reasons.add(String(await expectRejected(target, copy, before)));
    }
    expect(offsets.size).toBeGreaterThanOrEqual(150);
    expect(reasons.has('BUNDLE_UNREADABLE')).toBe(true);
    expect(existsSync(join(target.dir, 'staging')) ? readdirSync(join(target.dir, 'staging')) : []).toEqual([]);
    expect(readdirSync(join(target.dir, 'inbox')).filter((f) => f.endsWith('.ctb'))).toEqual([]);
    // The whole bundle still imports afterwards.
    expect((await importBundle(target.db, target.blobs, target.dir, bundle, NOW)).status).toBe('applied');
    target.db.close();
  });
});

describe('T4 duplicates', () => {
  it('importing the same bundle ten times, or renamed, equals importing it once', async () => {
    const target = freshOffice('t4');
    expect((await importBundle(target.db, target.blobs, target.dir, bundle, NOW)).status).toBe('applied');
    const once = domainHash(target);
    const oplog = target.db.prepare('SELECT COUNT(*) AS n FROM oplog').get();
    for (let i = 0; i < 10; i++) expect((await importBundle(target.db, target.blobs, target.dir, bundle, NOW)).status).toBe('duplicate');
    const renamed = join(root, 'ban-sao-khac-ten.ctb');
    copyFileSync(bundle, renamed);
    expect((await importBundle(target.db, target.blobs, target.dir, renamed, NOW)).status).toBe('duplicate');
    expect(domainHash(target)).toBe(once);
    expect(target.db.prepare('SELECT COUNT(*) AS n FROM oplog').get()).toEqual(oplog);
    target.db.close();
  });
});

describe('T6 tampered bundles', () => {
  it('1,000 bit flips and structural changes are all rejected before any change to the archive', async () => {
    const target = freshOffice('t6');
    const before = domainHash(target);
    const entries = await unzipAll(bundle);
    const names = [...entries.keys()];
    const reasons = new Map<string, number>();
    const random = seeded(0x5eed_c7b);
    for (let i = 0; i < 1000; i++) {
      const name = names[i % names.length] as string;
      const bytes = Buffer.from(entries.get(name) as Buffer);
      const bit = Math.floor(random() * bytes.length * 8);
      bytes[bit >> 3] = (bytes[bit >> 3] as number) ^ (1 << (bit & 7));
      const file = join(root, `t6-${i}.ctb`);
      writeFileSync(file, await zipEntries(new Map([...entries, [name, bytes]])));
      const reason = String(await expectRejected(target, file, before));
      reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
    }
    expect(reasons.has('SIGNATURE_INVALID') || reasons.has('MANIFEST_INVALID')).toBe(true);
    expect(reasons.has('BUNDLE_ENTRY_MISMATCH')).toBe(true);

    const blobName = names.find((n) => n.startsWith('blobs/')) as string;
    const structural: [string, Map<string, Buffer>][] = [
      ['removed entry', new Map([...entries].filter(([n]) => n !== blobName))],
      ['added entry', new Map([...entries, [`blobs/${'a'.repeat(64)}`, Buffer.from('x')]])],
      ['renamed entry', new Map([...entries].map(([n, b]) => [n === blobName ? `blobs/${'b'.repeat(64)}` : n, b]))],
      ['swapped blob', new Map([...entries, [blobName, Buffer.from('another valid file')]])],
    ];
    for (const [label, variant] of structural) {
      const file = join(root, `t6-${label}.ctb`);
      writeFileSync(file, await zipEntries(variant));
      expect(await expectRejected(target, file, before), label).toMatch(/MISMATCH|FORBIDDEN/);
    }

    // The spare low bits of the signature's last base64 character: the decoded signature is unchanged.
    const sigText = (entries.get('manifest.sig') as Buffer).toString('utf8');
    const last = sigText.indexOf('==') - 1;
    for (const spare of [1, 2, 4, 8]) {
      const variant = sigText.slice(0, last) + String.fromCharCode(sigText.charCodeAt(last) ^ spare) + sigText.slice(last + 1);
      const file = join(root, `t6-spare-${spare}.ctb`);
      writeFileSync(file, await zipEntries(new Map([...entries, ['manifest.sig', Buffer.from(variant)]])));
      expect(await expectRejected(target, file, before), `spare bit ${spare}`).toMatch(/SIGNATURE_INVALID|MANIFEST_INVALID/);
    }

    // Re-signed with a key the province never certified.
    const stranger = generateSigningKey();
    const manifest = entries.get('manifest.json') as Buffer;
    const resigned = new Map([...entries, ['manifest.sig', Buffer.from(canonicalJson({ alg: 'Ed25519', key_id: keyId(stranger.publicKey), sig_b64: signBytes(stranger.privateKeyPem, manifest) }))]]);
    writeFileSync(join(root, 't6-resigned.ctb'), await zipEntries(resigned));
    expect(await expectRejected(target, join(root, 't6-resigned.ctb'), before)).toBe('SIGNATURE_INVALID');

    // A manifest transplanted from another bundle (another directive) does not match this bundle's files.
    await issueDirective(net.province, ['CD-TP'], 'Văn bản khác', '2026-04-20');
    const other = await unzipAll((await exportBundle(net.province.db, net.province.blobs, 'CD-TP', join(root, 'usb')))[0]!.path);
    const transplanted = new Map([...entries, ['manifest.json', other.get('manifest.json') as Buffer], ['manifest.sig', other.get('manifest.sig') as Buffer]]);
    writeFileSync(join(root, 't6-transplant.ctb'), await zipEntries(transplanted));
    expect(await expectRejected(target, join(root, 't6-transplant.ctb'), before)).toBe('BUNDLE_ENTRY_MISMATCH');
    target.db.close();
  });

  it('an office key writing the province partition is refused', async () => {
    const { province, offices } = setUpNetwork(temp.make(), ['CD-A']);
    const rogue = offices[0]!;
    // The office forges an op in the province's partition, signed with its own (valid) key.
    rogue.db.prepare("UPDATE sync_device SET unit_code = 'LDLD-LC'").run();
    await issueDirective({ ...rogue, profile: { ...rogue.profile, role: 'province' } }, ['LDLD-LC'], 'Chỉ thị giả mạo', '2026-04-11');
    rogue.db.prepare("UPDATE sync_device SET unit_code = 'CD-A'").run();
    const usb = temp.make();
    const forged = (await exportBundle(rogue.db, rogue.blobs, 'LDLD-LC', usb))[0]!.path;
    const before = domainHash(province);
    expect(await expectRejected(province, forged, before)).toBe('PARTITION_FORBIDDEN');
  });
});

describe('T7 hostile archives', () => {
  const hostile: [string, Buffer][] = [
    ['zip-slip ../', rawZip([{ name: '../x', data: Buffer.from('x') }])],
    ['absolute path', rawZip([{ name: '/etc/x', data: Buffer.from('x') }])],
    ['drive letter', rawZip([{ name: 'C:\\x', data: Buffer.from('x') }])],
    ['UNC path', rawZip([{ name: '\\\\srv\\x', data: Buffer.from('x') }])],
    ['NUL in name', rawZip([{ name: Buffer.from('manifest.json\0.txt'), data: Buffer.from('{}') }])],
    ['reserved name', rawZip([{ name: 'CON', data: Buffer.from('x') }])],
    ['trailing dot', rawZip([{ name: 'manifest.json.', data: Buffer.from('{}') }])],
    ['symlink', rawZip([{ name: 'manifest.json', data: Buffer.from('/etc/passwd'), externalAttrs: 0o120777 << 16 }])],
    ['encrypted', rawZip([{ name: 'manifest.json', data: Buffer.from('{}'), flags: 1 }])],
    ['method 12', rawZip([{ name: 'manifest.json', data: Buffer.from('{}'), method: 12 }])],
    ['method 14', rawZip([{ name: 'manifest.json', data: Buffer.from('{}'), method: 14 }])],
    ['NFC/NFD twins', rawZip([{ name: 'ops/0001.ndjson', data: Buffer.from('') }, { name: 'OPS/0001.ndjson', data: Buffer.from('') }])],
    ['case twins', rawZip([{ name: 'manifest.json', data: Buffer.from('{}') }, { name: 'Manifest.json', data: Buffer.from('{}') }])],
    ['nested zip', rawZip([{ name: 'blobs/inner.zip', data: rawZip([{ name: 'a', data: Buffer.from('a') }]) }])],
    ['lying size', rawZip([{ name: 'manifest.json', data: Buffer.from('{"a":1}'), declaredSize: 2 }])],
    ['zeros bomb', rawZip([{ name: 'manifest.json', data: Buffer.alloc(60 * 1024 * 1024), method: 8 }])],
    ['5 MB manifest', rawZip([{ name: 'manifest.json', data: Buffer.alloc(5 * 1024 * 1024, 0x20), method: 8 }, { name: 'manifest.sig', data: Buffer.from('{}') }, { name: 'certs/chain.json', data: Buffer.from('[]') }])],
    ['deep JSON', rawZip([{ name: 'manifest.json', data: Buffer.from('{}') }, { name: 'manifest.sig', data: Buffer.from('{}') }, { name: 'certs/chain.json', data: Buffer.from('['.repeat(5000) + ']'.repeat(5000)) }])],
    ['__proto__ keys', rawZip([{ name: 'manifest.json', data: Buffer.from('{}') }, { name: 'manifest.sig', data: Buffer.from('{"__proto__":{"polluted":1}}') }, { name: 'certs/chain.json', data: Buffer.from('[{"__proto__":{"x":1}}]') }])],
    ['not a zip', Buffer.from('Đây không phải gói trao đổi')],
    ['empty file', Buffer.alloc(0)],
  ];

  it.each(hostile)('%s is rejected within 5 s without writing outside staging', async (label, bytes) => {
    const target = freshOffice(`t7-${label.replace(/[^a-z0-9]/gi, '')}`);
    const before = domainHash(target);
    const file = join(root, `t7-${label.replace(/[^a-z0-9]/gi, '')}.ctb`);
    writeFileSync(file, bytes);
    const listing = () => readdirSync(target.dir, { recursive: true }).map(String).filter((p) => !p.startsWith('inbox') && !p.includes('office.sqlite')).sort();
    const filesBefore = listing();
    const started = Date.now();
    await expectRejected(target, file, before);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(listing()).toEqual(filesBefore);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    target.db.close();
  });

  it('65,000 tiny entries are refused up front', async () => {
    const target = freshOffice('t7-many');
    const entries = Array.from({ length: 65_000 }, (_, i) => ({ name: `blobs/${i.toString(16).padStart(64, '0')}`, data: Buffer.alloc(0) }));
    const file = join(root, 't7-many.ctb');
    writeFileSync(file, rawZip(entries));
    const started = Date.now();
    expect(await expectRejected(target, file, domainHash(target))).toBe('BUNDLE_TOO_LARGE');
    expect(Date.now() - started).toBeLessThan(5000);
    target.db.close();
  });
});

describe('T8 replays', () => {
  it('an older bundle after a newer one moves nothing backwards', async () => {
    const { province, offices } = setUpNetwork(temp.make(), ['CD-R']);
    const o = offices[0]!;
    const usb = temp.make();
    await issueDirective(province, ['CD-R'], 'Thứ nhất', '2026-04-01');
    const older = (await exportBundle(province.db, province.blobs, 'CD-R', usb))[0]!.path;
    await issueDirective(province, ['CD-R'], 'Thứ hai', '2026-04-02');
    const newer = (await exportBundle(province.db, province.blobs, 'CD-R', usb))[0]!.path;
    expect((await importBundle(o.db, o.blobs, o.dir, newer, NOW)).documentsAdded).toBe(2);
    // The office's acks reach the province, then an old office bundle is replayed.
    const ack1 = (await exportBundle(o.db, o.blobs, 'LDLD-LC', usb))[0]!.path;
    await importBundle(province.db, province.blobs, province.dir, ack1, NOW);
    const acks = province.db.prepare('SELECT * FROM peer_acks ORDER BY origin').all();
    const before = domainHash(o);
    expect((await importBundle(o.db, o.blobs, o.dir, older, NOW)).status).toBe('applied');
    expect(domainHash(o)).toBe(before);
    await importBundle(province.db, province.blobs, province.dir, ack1, NOW);
    expect(province.db.prepare('SELECT * FROM peer_acks ORDER BY origin').all()).toEqual(acks);
    const crl = o.db.prepare('SELECT crl_version FROM sync_device').get();
    expect(crl).toEqual({ crl_version: 1 });
  });
});

describe('T9 equivocation', () => {
  it('the same (origin, seq) with other content is refused, raises an alert and keeps the first', async () => {
    const dir = temp.make();
    const { province, offices } = setUpNetwork(dir, ['CD-E']);
    const o = offices[0]!;
    const usb = temp.make();
    province.db.pragma('wal_checkpoint(TRUNCATE)');
    const snapshot = join(dir, 'province-copy');
    cpSync(province.dir, snapshot, { recursive: true });
    await issueDirective(province, ['CD-E'], 'Bản gốc', '2026-04-01');
    const first = (await exportBundle(province.db, province.blobs, 'CD-E', usb))[0]!.path;
    // The same device, restored from a copy, writes different content under the same sequence number.
    const clone = openOffice(snapshot, 'LIÊN ĐOÀN LAO ĐỘNG TỈNH LAI CHÂU', 'LĐLĐ', 'LDLD-LC', 'province');
    await issueDirective(clone, ['CD-E'], 'Bản khác nội dung', '2026-04-01');
    const second = (await exportBundle(clone.db, clone.blobs, 'CD-E', temp.make()))[0]!.path;
    expect((await importBundle(o.db, o.blobs, o.dir, first, NOW)).status).toBe('applied');
    const kept = domainHash(o);
    expect((await importBundle(o.db, o.blobs, o.dir, second, NOW)).reason).toBe('EQUIVOCATION');
    expect(domainHash(o)).toBe(kept);
    expect(o.db.prepare("SELECT kind FROM sync_alerts").all()).toEqual([{ kind: 'equivocation' }]);
    expect(o.db.prepare('SELECT subject FROM documents WHERE origin_unit = ?').all('LDLD-LC')).toEqual([{ subject: 'Bản gốc' }]);
  });
});
