import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { stateHash } from '../../../main/db/stateHash';
import { signCertificate, signRevocations, verifyCertificate, verifyRevocations } from '../../../main/sync/certificates';
import { exportBundle } from '../../../main/sync/exportBundle';
import { importBundle } from '../../../main/sync/importBundle';
import { decryptPrivateKey, fingerprint, generateSigningKey, keyId } from '../../../main/sync/keys';
import { createRequest, installCertificate, parseRootKey, revoke, signRequest } from '../../../main/sync/setup';
import { SyncError } from '../../../shared/sync/reasons';
import { createTempDirs } from '../../helpers/tempDir';
import { issueDirective, openOffice, replyTo, setUpNetwork } from './offices';

const temp = createTempDirs('vanthu-trust-');
afterEach(() => temp.cleanup());

const JOURNAL = { skipTables: ['imported_bundles', 'sync_alerts'] };
const codeOf = (work: () => unknown): string | null => {
  try {
    work();
    return null;
  } catch (error) {
    return error instanceof SyncError ? error.code : String(error);
  }
};

describe('root key and fingerprint', () => {
  it('prints the fingerprint as 16 groups of 4 hex digits that change with the key', () => {
    const a = generateSigningKey();
    const b = generateSigningKey();
    expect(fingerprint(a.publicKey)).toMatch(/^([0-9A-F]{4} ){15}[0-9A-F]{4}$/);
    expect(fingerprint(a.publicKey)).not.toBe(fingerprint(b.publicKey));
    expect(keyId(a.publicKey)).toMatch(/^[0-9a-f]{16}$/);
  });

  it('keeps the root private key encrypted: the right passphrase opens it, a wrong one is refused in Vietnamese', () => {
    const { province, rootKey, passphrase } = setUpNetwork(temp.make(), []);
    expect(rootKey).not.toContain('PRIVATE KEY');
    const file = parseRootKey(rootKey);
    expect(decryptPrivateKey(file, passphrase)).toContain('BEGIN PRIVATE KEY');
    expect(codeOf(() => decryptPrivateKey(file, 'mật khẩu sai'))).toBe('ROOT_PASSPHRASE_WRONG');
    // The passphrase is compared in NFC: the same words typed on a Mac (NFD) open it too.
    expect(decryptPrivateKey(file, passphrase.normalize('NFD'))).toContain('BEGIN PRIVATE KEY');
    province.db.close();
  });
});

describe('certificates', () => {
  it('name the unit, device, partitions and expiry, and verify only against their root', () => {
    const root = generateSigningKey();
    const other = generateSigningKey();
    const device = generateSigningKey();
    const now = new Date('2026-03-01T00:00:00Z');
    const cert = signCertificate(root.privateKeyPem, root.publicKey, { format: 'ctb-request/1', unitCode: 'CD-A', unitName: 'CĐ A', deviceId: 'd-1', publicKey: device.publicKey, createdAt: now.toISOString() }, now, 30);
    expect(cert.body).toMatchObject({ unitCode: 'CD-A', deviceId: 'd-1', partitions: ['unit:CD-A'], notAfter: '2026-03-31T00:00:00.000Z' });
    expect(verifyCertificate(cert, root.publicKey, now, new Set()).unitCode).toBe('CD-A');
    expect(codeOf(() => verifyCertificate(cert, other.publicKey, now, new Set()))).toBe('CERT_UNTRUSTED');
    expect(codeOf(() => verifyCertificate(cert, root.publicKey, new Date('2026-04-01T00:00:00Z'), new Set()))).toBe('CERT_EXPIRED');
    expect(codeOf(() => verifyCertificate(cert, root.publicKey, now, new Set([cert.body.serial])))).toBe('CERT_REVOKED');
    // Widening the partitions after signing breaks the signature.
    const widened = { ...cert, body: { ...cert.body, partitions: ['unit:CD-A', 'unit:LDLD-LC'] } };
    expect(codeOf(() => verifyCertificate(widened, root.publicKey, now, new Set()))).toBe('CERT_UNTRUSTED');
  });

  it('install only with the confirmed fingerprint, for this device, under the root pinned first', () => {
    const dir = temp.make();
    const { province, rootKey, passphrase } = setUpNetwork(join(dir, 'net'), []);
    const office = openOffice(join(dir, 'office'), 'CÔNG ĐOÀN A', 'CĐ', 'CD-A', 'office');
    const request = createRequest(office.db, { unitCode: 'CD-A', unitName: 'Công đoàn A' });
    const file = signRequest(rootKey, passphrase, JSON.stringify(request));
    expect(codeOf(() => signRequest(rootKey, 'sai', JSON.stringify(request)))).toBe('ROOT_PASSPHRASE_WRONG');
    expect(codeOf(() => signRequest(rootKey, passphrase, JSON.stringify({ ...request, unitCode: '../x' })))).toBe('REQUEST_INVALID');
    const wrongPrint = fingerprint(generateSigningKey().publicKey);
    expect(codeOf(() => installCertificate(office.db, JSON.stringify(file), wrongPrint))).toBe('FINGERPRINT_MISMATCH');
    // A certificate made for another device's key does not fit this one.
    const stranger = openOffice(join(dir, 'stranger'), 'CÔNG ĐOÀN B', 'CĐ', 'CD-B', 'office');
    const strangerFile = signRequest(rootKey, passphrase, JSON.stringify(createRequest(stranger.db, { unitCode: 'CD-B', unitName: 'B' })));
    expect(codeOf(() => installCertificate(office.db, JSON.stringify(strangerFile), fingerprint(strangerFile.rootPublicKey)))).toBe('CERT_NOT_FOR_THIS_DEVICE');
    expect(installCertificate(office.db, JSON.stringify(file), fingerprint(file.rootPublicKey).toLowerCase())).toMatchObject({ unitCode: 'CD-A' });
    // Pinned: a second province root, even confirmed by its own fingerprint, is refused.
    const rival = setUpNetwork(join(dir, 'rival'), []);
    const rivalFile = signRequest(rival.rootKey, rival.passphrase, JSON.stringify(createRequest(office.db, { unitCode: 'CD-A', unitName: 'Công đoàn A' })));
    expect(codeOf(() => installCertificate(office.db, JSON.stringify(rivalFile), fingerprint(rivalFile.rootPublicKey)))).toBe('ROOT_KEY_CHANGED');
    for (const o of [province, office, stranger, rival.province]) o.db.close();
  });
});

describe('revocation', () => {
  it('is signed and versioned; a bundle from a revoked device is refused, and an older list never replaces a newer one', async () => {
    const { province, offices, rootKey, passphrase } = setUpNetwork(temp.make(), ['CD-A', 'CD-B']);
    const [a, b] = offices as [(typeof offices)[0], (typeof offices)[0]];
    const usb = temp.make();
    const directive = await issueDirective(province, ['CD-A', 'CD-B'], 'Kế hoạch kiểm tra', '2026-04-01');
    for (const o of [a, b]) await importBundle(o.db, o.blobs, o.dir, (await exportBundle(province.db, province.blobs, o.unitCode, usb))[0]!.path);
    await replyTo(a, directive, '2026-04-05');
    const fromA = (await exportBundle(a.db, a.blobs, 'LDLD-LC', usb))[0]!.path;

    const serialA = (JSON.parse(a.db.prepare('SELECT certificate FROM sync_device').pluck().get() as string) as { body: { serial: string } }).body.serial;
    const list = revoke(province.db, rootKey, passphrase, serialA);
    expect(list.body).toMatchObject({ version: 2, revokedSerials: [serialA] });
    expect(verifyRevocations(list, JSON.parse(rootKey).publicKey as string)).toBe(true);
    expect(verifyRevocations({ ...list, body: { ...list.body, revokedSerials: [] } }, JSON.parse(rootKey).publicKey as string)).toBe(false);

    const before = stateHash(province.db, JOURNAL);
    const refused = await importBundle(province.db, province.blobs, province.dir, fromA);
    expect(refused).toMatchObject({ status: 'rejected', reason: 'CERT_REVOKED' });
    expect(stateHash(province.db, JOURNAL)).toBe(before);

    // The list travels to the other office in the province's next bundle.
    await issueDirective(province, ['CD-B'], 'Thông báo thu hồi chứng thư', '2026-04-06');
    expect((await importBundle(b.db, b.blobs, b.dir, (await exportBundle(province.db, province.blobs, 'CD-B', usb))[0]!.path)).status).toBe('applied');
    expect(b.db.prepare('SELECT crl_version FROM sync_device').pluck().get()).toBe(2);

    // A bundle carrying the old list (version 1) leaves version 2 in place.
    const oldList = signRevocations(decryptPrivateKey(parseRootKey(rootKey), passphrase), JSON.parse(rootKey).publicKey as string, 1, [], new Date());
    province.db.prepare('UPDATE sync_device SET revocations = ?, crl_version = 1').run(JSON.stringify(oldList));
    await issueDirective(province, ['CD-B'], 'Văn bản sau', '2026-04-07');
    expect((await importBundle(b.db, b.blobs, b.dir, (await exportBundle(province.db, province.blobs, 'CD-B', usb))[0]!.path)).status).toBe('applied');
    expect(b.db.prepare('SELECT crl_version FROM sync_device').pluck().get()).toBe(2);
    for (const o of [province, a, b]) o.db.close();
  });
});

describe('wrong clocks (T10)', () => {
  afterEach(() => vi.useRealTimers());
  const YEAR = 365 * 86_400_000;

  it('a sender whose clock says 2035 or 2001 is still heard, in the order it wrote', async () => {
    const { province, offices } = setUpNetwork(temp.make(), ['CD-A']);
    const a = offices[0]!;
    const usb = temp.make();
    // Only Date is faked: the province PC's clock, as a flat CMOS battery or a wrong setting leaves it.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2035-06-01T08:00:00Z'));
    await issueDirective(province, ['CD-A'], 'Kế hoạch viết khi đồng hồ chỉ năm 2035', '2026-04-01');
    const first = (await exportBundle(province.db, province.blobs, 'CD-A', usb))[0]!.path;
    vi.setSystemTime(new Date('2001-01-01T08:00:00Z'));
    await issueDirective(province, ['CD-A'], 'Thông báo viết khi đồng hồ chỉ năm 2001', '2026-04-02');
    const second = (await exportBundle(province.db, province.blobs, 'CD-A', usb))[0]!.path;
    vi.useRealTimers();

    // Delivered the other way round: the later bundle carries both ops, the earlier one then adds nothing.
    expect(await importBundle(a.db, a.blobs, a.dir, second)).toMatchObject({ status: 'applied', documentsAdded: 2 });
    expect(await importBundle(a.db, a.blobs, a.dir, first)).toMatchObject({ status: 'applied', documentsAdded: 0 });
    const register = a.db.prepare("SELECT d.subject FROM incoming i JOIN documents d ON d.id = i.document_id WHERE d.is_sample = 0 ORDER BY i.arrival_number").pluck().all();
    expect(register).toEqual(['Kế hoạch viết khi đồng hồ chỉ năm 2035', 'Thông báo viết khi đồng hồ chỉ năm 2001']);
    for (const o of [province, a]) o.db.close();
  });

  it('a receiving PC whose clock is years behind or ahead is told to set its clock, and takes the bundle once it is right', async () => {
    const { province, offices } = setUpNetwork(temp.make(), ['CD-A']);
    const a = offices[0]!;
    await issueDirective(province, ['CD-A'], 'Kế hoạch kiểm tra', '2026-04-01');
    const bundle = (await exportBundle(province.db, province.blobs, 'CD-A', temp.make()))[0]!.path;
    const before = stateHash(a.db, JOURNAL);
    const behind = await importBundle(a.db, a.blobs, a.dir, bundle, new Date(Date.now() - 3 * YEAR));
    expect(behind).toMatchObject({ status: 'rejected', reason: 'CLOCK_BEHIND' });
    expect(behind.message).toMatch(/Hãy chỉnh lại ngày giờ của máy tính.*chứng thư cấp ngày \d{2}\/\d{2}\/\d{4}; máy này đang chỉ ngày \d{2}\/\d{2}\/\d{4}/);
    expect(stateHash(a.db, JOURNAL)).toBe(before);
    expect(await importBundle(a.db, a.blobs, a.dir, bundle)).toMatchObject({ status: 'applied', documentsAdded: 1 });

    // Years ahead, past the certificate's end: the message gives both dates, so the clerk can tell which is wrong.
    await issueDirective(province, ['CD-A'], 'Thông báo', '2026-04-02');
    const next = (await exportBundle(province.db, province.blobs, 'CD-A', temp.make()))[0]!.path;
    const ahead = await importBundle(a.db, a.blobs, a.dir, next, new Date(Date.now() + 3 * YEAR));
    expect(ahead).toMatchObject({ status: 'rejected', reason: 'CERT_EXPIRED' });
    expect(ahead.message).toMatch(/hết hạn ngày \d{2}\/\d{2}\/\d{4}; máy này đang chỉ ngày \d{2}\/\d{2}\/(\d{4})/);

    // Further past the certificate's end (two years) than it ever lasted: the PC's date is what looks wrong, though
    // the reason stays that of an expired certificate. Put right, the clock lets the bundle in.
    const farAhead = await importBundle(a.db, a.blobs, a.dir, next, new Date(Date.now() + 5 * YEAR));
    expect(farAhead).toMatchObject({ status: 'rejected', reason: 'CERT_EXPIRED' });
    expect(farAhead.message).toMatch(
      /^Ngày giờ trên máy tính này có vẻ sai: .*Hãy kiểm tra và chỉnh lại ngày giờ của máy tính rồi nhập lại gói\. \(chứng thư có hiệu lực từ \d{2}\/\d{2}\/\d{4} đến \d{2}\/\d{2}\/\d{4}; máy này đang chỉ ngày \d{2}\/\d{2}\/\d{4}\)$/,
    );
    expect(farAhead.message).not.toMatch(/gia hạn/);
    expect(await importBundle(a.db, a.blobs, a.dir, next)).toMatchObject({ status: 'applied', documentsAdded: 1 });
    for (const o of [province, a]) o.db.close();
  });
});
