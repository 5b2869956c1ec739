import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { documentDetail } from '../../../main/archive/documentDetail';
import { stateHash } from '../../../main/db/stateHash';
import { exportBundle } from '../../../main/sync/exportBundle';
import { importBundle } from '../../../main/sync/importBundle';
import { todoList } from '../../../main/followup/queries';
import { directiveTracking } from '../../../main/tracking/tracking';
import { createTempDirs } from '../../helpers/tempDir';
import { issueDirective, replyTo, setUpNetwork } from './offices';

const temp = createTempDirs('vanthu-sync-');
afterEach(() => temp.cleanup());

describe('two offices exchange bundles', () => {
  it('directive with its file → office registers it → report back → the province sees it linked and acknowledged', async () => {
    const root = temp.make();
    const { province, offices } = setUpNetwork(root, ['CD-TP']);
    const office = offices[0]!;
    const annex = new TextEncoder().encode('Biểu mẫu báo cáo kết quả');
    const directiveId = await issueDirective(province, ['CD-TP'], 'Tổ chức Tháng Công nhân năm 2026', '2026-04-10', annex);
    const usb = join(root, 'usb');
    mkdirSync(usb);

    const [out] = await exportBundle(province.db, province.blobs, 'CD-TP', usb);
    expect(out?.fileName).toMatch(/^CTB_LDLD-LC_to_CD-TP_/);
    const imported = await importBundle(office.db, office.blobs, office.dir, out!.path);
    expect(imported).toMatchObject({ status: 'applied', documentsAdded: 1, senderUnit: 'LDLD-LC' });
    const incoming = office.db.prepare('SELECT d.number_symbol, d.origin_unit, i.arrival_number, i.channel FROM documents d JOIN incoming i ON i.document_id = d.id WHERE d.id = ?').get(directiveId);
    expect(incoming).toEqual({ number_symbol: '01/KH-LĐLĐ', origin_unit: 'LDLD-LC', arrival_number: 1, channel: 'bundle' });
    const files = office.db.prepare('SELECT original_name, sha256 FROM attachments WHERE document_id = ? ORDER BY id').all(directiveId) as { original_name: string; sha256: string }[];
    expect(files.map((f) => f.original_name)).toContain('Biểu mẫu báo cáo.docx');
    for (const f of files) expect(office.blobs.has(f.sha256)).toBe(true);

    // Importing the same bundle again changes nothing but the journal, which shows the attempt.
    const before = stateHash(office.db, { skipTables: ['imported_bundles'] });
    expect((await importBundle(office.db, office.blobs, office.dir, out!.path)).status).toBe('duplicate');
    expect(stateHash(office.db, { skipTables: ['imported_bundles'] })).toBe(before);

    const replyId = await replyTo(office, directiveId, '2026-05-20');
    const [back] = await exportBundle(office.db, office.blobs, 'LDLD-LC', usb);
    expect(await importBundle(province.db, province.blobs, province.dir, back!.path)).toMatchObject({ status: 'applied', documentsAdded: 1 });

    // The province's copy of the directive lists the report as its reply, as the office's copy does.
    expect(documentDetail(province.db, province.blobs, directiveId).replies.map((r) => r.id)).toEqual([replyId]);
    expect(documentDetail(office.db, office.blobs, directiveId).replies.map((r) => r.id)).toEqual([replyId]);
    expect(documentDetail(office.db, office.blobs, directiveId).incoming?.status).toBe('done');
    expect(documentDetail(province.db, province.blobs, replyId).citations.map((c) => [c.numberSymbol, c.resolved?.id])).toEqual([['01/KH-LĐLĐ', directiveId]]);
    const tracking = directiveTracking(province.db, directiveId, '2026-05-21');
    expect(tracking.recipients).toEqual([
      expect.objectContaining({ unitCode: 'CD-TP', state: 'replied', arrivalNumber: 1, reply: expect.objectContaining({ id: replyId, numberSymbol: '01/BC-CĐ' }) }),
    ]);
    // The province's next bundle does not send the directive again (the office acknowledged it): it carries only
    // the receipt for the report, and the office then knows its report arrived.
    const [next] = await exportBundle(province.db, province.blobs, 'CD-TP', usb);
    expect(next?.ops).toBe(1);
    expect(await importBundle(office.db, office.blobs, office.dir, next!.path)).toMatchObject({ status: 'applied', documentsAdded: 0, opsApplied: 1 });
    const [empty] = await exportBundle(province.db, province.blobs, 'CD-TP', usb);
    const [officeAck] = await exportBundle(office.db, office.blobs, 'LDLD-LC', usb);
    expect(await importBundle(province.db, province.blobs, province.dir, officeAck!.path)).toMatchObject({ status: 'applied' });
    const [afterAck] = await exportBundle(province.db, province.blobs, 'CD-TP', usb);
    expect(empty?.ops).toBe(1);
    expect(afterAck?.ops).toBe(0);
    expect(readdirSync(usb).filter((f) => f.endsWith('.part'))).toEqual([]);
  });
});

describe('a replacement', () => {
  it('reaches the office linked to the directive it replaces', async () => {
    const root = temp.make();
    const { province, offices } = setUpNetwork(root, ['CD-TP']);
    const office = offices[0]!;
    const usb = join(root, 'usb');
    mkdirSync(usb);
    const first = await issueDirective(province, ['CD-TP'], 'Tổ chức Tháng Công nhân năm 2026', '2026-04-10');
    await importBundle(office.db, office.blobs, office.dir, (await exportBundle(province.db, province.blobs, 'CD-TP', usb))[0]!.path);
    const second = await issueDirective(province, ['CD-TP'], 'Tổ chức Tháng Công nhân năm 2026 (thay thế)', '2026-04-15', undefined, first);
    const [bundle] = await exportBundle(province.db, province.blobs, 'CD-TP', usb);
    expect(await importBundle(office.db, office.blobs, office.dir, bundle!.path)).toMatchObject({ status: 'applied', documentsAdded: 1 });
    expect(documentDetail(office.db, office.blobs, second).supersedes?.id).toBe(first);
    expect(documentDetail(office.db, office.blobs, first).supersededBy.map((d) => d.id)).toEqual([second]);
    // Việc cần làm lists the replacement only.
    const todo = todoList(office.db, '2026-04-20');
    expect([...todo.overdue, ...todo.thisWeek, ...todo.later].map((d) => d.id)).toEqual([second]);
  });
});

describe('large exports', () => {
  it('split into volumes that each verify alone and can be imported in any order', async () => {
    const root = temp.make();
    const { province, offices } = setUpNetwork(root, ['CD-V']);
    const office = offices[0]!;
    for (let i = 1; i <= 4; i++) await issueDirective(province, ['CD-V'], `Văn bản ${i}`, `2026-04-0${i}`, new Uint8Array(300_000).fill(i));
    const usb = join(root, 'usb');
    mkdirSync(usb);
    const volumes = await exportBundle(province.db, province.blobs, 'CD-V', usb, { volumeCap: 400_000 });
    expect(volumes.length).toBeGreaterThanOrEqual(3);
    for (const v of [...volumes].reverse()) expect((await importBundle(office.db, office.blobs, office.dir, v.path)).status).toBe('applied');
    expect(office.db.prepare("SELECT COUNT(*) AS n FROM documents WHERE origin_unit = 'LDLD-LC'").get()).toEqual({ n: 4 });
    expect(office.db.prepare('SELECT COUNT(*) AS n FROM pending_ops').get()).toEqual({ n: 0 });
  });

  it('are refused up front when the destination lacks space, writing nothing there', async () => {
    const root = temp.make();
    const { province } = setUpNetwork(root, ['CD-S']);
    await issueDirective(province, ['CD-S'], 'Văn bản lớn', '2026-04-01', new Uint8Array(200_000).fill(7));
    const usb = join(root, 'usb');
    mkdirSync(usb);
    await expect(exportBundle(province.db, province.blobs, 'CD-S', usb, { freeSpace: () => 50_000 })).rejects.toMatchObject({ code: 'NO_SPACE' });
    expect(readdirSync(usb)).toEqual([]);
    expect(province.db.prepare('SELECT COUNT(*) AS n FROM exported_bundles').get()).toEqual({ n: 0 });
  });

  it('fail whole, leaving nothing on the stick, when an attached file goes missing while the bundle is written', async () => {
    const root = temp.make();
    const { province } = setUpNetwork(root, ['CD-S']);
    const annex = province.blobs.put(new Uint8Array(20_000).fill(9)).sha256;
    await issueDirective(province, ['CD-S'], 'Văn bản có phụ lục', '2026-04-01', new Uint8Array(20_000).fill(9));
    const usb = join(root, 'usb');
    mkdirSync(usb);
    // The file is there when the export looks, and gone (a disk fault, another program) when its bytes are read.
    const vanishing = { freeSpace: () => (rmSync(province.blobs.pathOf(annex), { force: true }), 2 ** 40) };
    await expect(exportBundle(province.db, province.blobs, 'CD-S', usb, vanishing)).rejects.toMatchObject({ code: 'EXPORT_FILE_UNREADABLE' });
    expect(readdirSync(usb)).toEqual([]);
    expect(province.db.prepare('SELECT COUNT(*) AS n FROM exported_bundles').get()).toEqual({ n: 0 });
  });
});
