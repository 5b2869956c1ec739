import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createBlobStore } from '../../../main/archive/blobStore';
import { openDatabase, type Db } from '../../../main/db/open';
import { device, pendingMachineChange } from '../../../main/sync/device';
import { exportBundle } from '../../../main/sync/exportBundle';
import { importBundle } from '../../../main/sync/importBundle';
import { answerMachineChange, checkMachine } from '../../../main/sync/machine';
import { createRequest, installCertificate, signRequest } from '../../../main/sync/setup';
import { fingerprint } from '../../../main/sync/keys';
import { issueDirective, replyTo, setUpNetwork, type Office } from './offices';

const root = mkdtempSync(join(tmpdir(), 'vanthu-t11-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** The data folder copied to another PC while the program is closed, as a clerk copies it with Explorer. */
function copyOffice(office: Office, to: string): Office {
  office.db.pragma('wal_checkpoint(TRUNCATE)');
  cpSync(office.dir, to, { recursive: true });
  return { ...office, dir: to, db: openDatabase(join(to, 'office.sqlite')), blobs: createBlobStore(to) };
}

async function carry(from: Office, to: Office, folder: string): Promise<string[]> {
  mkdirSync(folder, { recursive: true });
  const reasons: string[] = [];
  for (const b of await exportBundle(from.db, from.blobs, to.unitCode, folder)) reasons.push((await importBundle(to.db, to.blobs, to.dir, b.path)).status);
  return reasons;
}

const localOps = (db: Db) => db.prepare('SELECT origin, seq, op_hash FROM oplog WHERE origin = (SELECT device_id FROM sync_device) ORDER BY seq').all() as { origin: string; seq: number; op_hash: string }[];
const reportsFrom = (db: Db, unit: string): string[] => db.prepare("SELECT id FROM documents WHERE direction = 'incoming' AND origin_unit = ? ORDER BY id").pluck().all(unit) as string[];

describe('T11 a data folder copied to a second PC', () => {
  it('stops exchange on the copy until the clerk answers; a copy gets its own device, and both PCs then reach the province', async () => {
    const { province, offices, rootKey, passphrase } = setUpNetwork(join(root, 'net'), ['CD-B']);
    const original = offices[0]!;
    checkMachine(province.db, 'pc-province');
    expect(checkMachine(original.db, 'pc-1')).toBeNull();
    const directive = await issueDirective(province, ['CD-B'], 'Báo cáo tình hình công nhân lao động quý III', '2026-09-01');
    await carry(province, original, join(root, 'usb-1'));
    await replyTo(original, directive, '2026-09-10');
    expect(await carry(original, province, join(root, 'usb-2'))).toEqual(['applied']);
    const sentBefore = localOps(original.db);

    // Same PC, opened again: nothing changes.
    expect(checkMachine(original.db, 'pc-1')).toBeNull();

    const copy = copyOffice(original, join(root, 'copy'));
    const change = checkMachine(copy.db, 'pc-2');
    expect(change).toMatchObject({ lastSeqBefore: sentBefore.at(-1)!.seq });
    // Stopped: no bundle leaves or enters the copy, and nothing is journalled against the bundle.
    mkdirSync(join(root, 'usb-3'));
    await expect(exportBundle(copy.db, copy.blobs, 'LDLD-LC', join(root, 'usb-3'))).rejects.toMatchObject({ code: 'MACHINE_CHANGED' });
    const second = await issueDirective(province, ['CD-B'], 'Kế hoạch tập huấn nghiệp vụ văn thư', '2026-10-01');
    mkdirSync(join(root, 'usb-4'));
    const [forCopy] = await exportBundle(province.db, province.blobs, 'CD-B', join(root, 'usb-4'));
    expect(await importBundle(copy.db, copy.blobs, copy.dir, forCopy!.path)).toMatchObject({ status: 'rejected', reason: 'MACHINE_CHANGED' });
    expect(copy.db.prepare('SELECT COUNT(*) FROM imported_bundles WHERE sha256 = ?').pluck().get(forCopy!.sha256)).toBe(0);
    // The question stays until answered, however often the program opens.
    expect(checkMachine(copy.db, 'pc-2')).toEqual(change);

    // Both PCs go on working meanwhile, each writing the next op of the same log.
    const second1 = await importBundle(original.db, original.blobs, original.dir, forCopy!.path);
    expect(second1.status).toBe('applied');
    const fromOriginal = await replyTo(original, second, '2026-10-05');
    await replyTo(copy, directive, '2026-10-06');
    expect(localOps(copy.db).at(-1)!.seq).toBe(localOps(original.db).at(-1)!.seq - 1);

    answerMachineChange(copy.db, 'copy', 'pc-2');
    expect(pendingMachineChange(copy.db)).toBeNull();
    const copyDevice = device(copy.db);
    expect(copyDevice.device_id).not.toBe(device(original.db).device_id);
    expect(copyDevice.certificate).toBeNull();
    // What the copy wrote while stopped now goes out under its own id, from 1; the original keeps its numbers.
    const moved = localOps(copy.db);
    expect(moved.map((o) => o.seq)).toEqual([1]);
    const originalSeqs = new Set(localOps(original.db).map((o) => `${o.origin}#${o.seq}`));
    for (const o of moved) expect(originalSeqs.has(`${o.origin}#${o.seq}`)).toBe(false);

    // The copy asks the province for a certificate of its own, as a new PC does.
    const request = createRequest(copy.db, { unitCode: 'CD-B', unitName: 'Công đoàn đơn vị 1' });
    const cert = signRequest(rootKey, passphrase, JSON.stringify(request));
    installCertificate(copy.db, JSON.stringify(cert), fingerprint(cert.rootPublicKey));
    expect(await carry(original, province, join(root, 'usb-5'))).toEqual(['applied']);
    expect(await carry(copy, province, join(root, 'usb-6'))).toEqual(['applied']);
    expect(province.db.prepare('SELECT COUNT(*) FROM sync_alerts').pluck().get()).toBe(0);
    expect(province.db.prepare("SELECT COUNT(*) FROM imported_bundles WHERE status = 'rejected'").pluck().get()).toBe(0);
    // The province has the reports written on both PCs: nothing was lost and nothing refused as equivocation.
    // Both PCs' ops reached the province and were applied: nothing lost, nothing refused as equivocation.
    const atProvince = province.db.prepare('SELECT op_hash FROM oplog WHERE origin = ? AND seq = ?').pluck();
    for (const op of [...moved, localOps(original.db).at(-1)!]) expect(atProvince.get(op.origin, op.seq)).toBe(op.op_hash);
    expect(reportsFrom(province.db, 'CD-B')).toContain(fromOriginal);
    // The copy's report took the same số as the original's, since both PCs hold the same sổ văn bản đi (the
    // clerk is told to issue on one PC only); by the duplicate rule of NĐ 30 the province keeps the first.
    expect(checkMachine(copy.db, 'pc-2')).toBeNull();
    copy.db.close();
  });

  it('lets a PC that replaces the old one go on as the same device', async () => {
    const { province, offices } = setUpNetwork(join(root, 'net-replaced'), ['CD-B']);
    checkMachine(offices[0]!.db, 'pc-old');
    const moved = copyOffice(offices[0]!, join(root, 'replaced'));
    offices[0]!.db.close();
    const before = device(moved.db);
    expect(checkMachine(moved.db, 'pc-new')).not.toBeNull();
    answerMachineChange(moved.db, 'replaced', 'pc-new');
    expect(device(moved.db)).toMatchObject({ device_id: before.device_id, next_seq: before.next_seq, certificate: before.certificate });
    expect(checkMachine(moved.db, 'pc-new')).toBeNull();
    await issueDirective(province, ['CD-B'], 'Thông báo lịch làm việc', '2026-11-02');
    expect(await carry(province, moved, join(root, 'usb-replaced'))).toEqual(['applied']);
    moved.db.close();
  });

  it('gives a copy that never exchanged a device id of its own without asking', () => {
    const dir = join(root, 'plain');
    mkdirSync(dir);
    const db = openDatabase(join(dir, 'office.sqlite'));
    checkMachine(db, 'pc-a');
    const first = device(db).device_id;
    db.close();
    const copyDir = join(root, 'plain-copy');
    cpSync(dir, copyDir, { recursive: true });
    const copy = openDatabase(join(copyDir, 'office.sqlite'));
    expect(checkMachine(copy, 'pc-b')).toBeNull();
    expect(device(copy).device_id).not.toBe(first);
    copy.close();
  });
});
