import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BACKUP_MESSAGES } from '../../../shared/backup/messages';
import { SYNC_MESSAGES } from '../../../shared/sync/reasons';
import { exportBackupTo } from '../../../main/backup/create';
import { writeFileAtomicSync } from '../../../main/fsutil/atomicWrite';
import { folderProblem, isUsableFolderPath } from '../../../main/fsutil/folderProblem';
import { exportsFolderChooser } from '../../../main/savePath';
import { exportBundle } from '../../../main/sync/exportBundle';
import { createSyncService } from '../../../main/sync/service';
import { createServices } from '../../../main/services';
import { createTempDirs } from '../../helpers/tempDir';
import { issueDirective, setUpNetwork, type Office } from './offices';

const temp = createTempDirs('vanthu-refusals-');
afterEach(() => temp.cleanup());

const serviceOf = (o: Office) => createSyncService({ db: o.db, blobs: o.blobs, dataDir: o.dir, chooseSavePath: exportsFolderChooser(o.dir), writeFile: writeFileAtomicSync });

async function codeOf(work: () => Promise<unknown>): Promise<{ code: string; message: string }> {
  try {
    await work();
  } catch (error) {
    return { code: (error as { code: string }).code, message: (error as Error).message };
  }
  throw new Error('expected a refusal');
}

describe('refused bundles', () => {
  it('are reported as refusals, each under the name the clerk chose, every attempt kept in the journal', async () => {
    const { province, offices } = setUpNetwork(temp.make(), ['CD-A']);
    const a = offices[0]!;
    await issueDirective(province, ['CD-A'], 'Kế hoạch tổ chức Tháng Công nhân', '2026-04-01');
    const bundle = readFileSync((await exportBundle(province.db, province.blobs, 'CD-A', temp.make()))[0]!.path);
    const flipped = Buffer.from(bundle);
    flipped[Math.floor(flipped.length / 2)]! ^= 0xff;
    const sync = serviceOf(a);

    const refused = [
      await sync.importContent('CTB_LDLD-LC_to_CD-A_flipped.ctb', flipped),
      await sync.importContent('empty.ctb', Buffer.alloc(0)),
      await sync.importContent('random.ctb', Buffer.from('không phải gói trao đổi')),
      await sync.importContent('random.ctb', Buffer.from('không phải gói trao đổi')),
    ];
    for (const r of refused) {
      expect(r.status).toBe('rejected');
      // The clerk's sentence alone: no zip library text, no entry names, no system error.
      expect(Object.values(SYNC_MESSAGES)).toContain(r.message);
    }
    const journal = sync.journal();
    expect(journal.map((j) => j.fileName).sort()).toEqual(['CTB_LDLD-LC_to_CD-A_flipped.ctb', 'empty.ctb', 'random.ctb', 'random.ctb']);
    expect(new Set(journal.map((j) => j.id)).size).toBe(4);
    expect(journal.filter((j) => j.fileName === 'random.ctb').map((j) => j.sha256)).toEqual([journal.find((j) => j.fileName === 'random.ctb')!.sha256, journal.find((j) => j.fileName === 'random.ctb')!.sha256]);

    const applied = await sync.importContent('tu tinh.ctb', bundle);
    expect(applied).toMatchObject({ status: 'applied', message: 'Đã nhập 1 văn bản mới.' });
    const line = sync.journal().find((j) => j.status === 'applied')!;
    expect(line).toMatchObject({ fileName: 'tu tinh.ctb', message: 'Đã nhập 1 văn bản mới.', sender: 'LĐLĐ tỉnh Lai Châu (LDLD-LC)' });
    // The register names the sender by its name, with the code after it.
    expect(a.db.prepare('SELECT note FROM incoming').pluck().all()).toEqual(['Nhận qua gói trao đổi từ LĐLĐ tỉnh Lai Châu (LDLD-LC)']);
    // The province names the office from its unit directory.
    expect(serviceOf(province).status().peers.map((p) => p.unitName)).toEqual(['Công đoàn đơn vị 1']);
    for (const o of [province, a]) o.db.close();
  });
});

describe('a folder chosen for bundles or a backup', () => {
  it('says what is wrong with it instead of an unexpected error', async () => {
    const { province, offices } = setUpNetwork(temp.make(), ['CD-A']);
    await issueDirective(province, ['CD-A'], 'Thông báo lịch họp', '2026-04-01');
    const sync = serviceOf(province);
    const root = temp.make();
    const file = join(root, 'ghi-chu.txt');
    writeFileSync(file, 'x');
    const cases: [string, string][] = [
      [join(root, 'khong-co'), 'FOLDER_NOT_FOUND'],
      [file, 'FOLDER_IS_FILE'],
      ['TraoDoi', 'FOLDER_NOT_ABSOLUTE'],
      ['E:\\TraoDoi', process.platform === 'win32' ? 'FOLDER_NOT_FOUND' : 'FOLDER_NOT_ABSOLUTE'],
    ];
    for (const [folder, code] of cases) {
      const refused = await codeOf(() => sync.exportTo(folder));
      expect(refused, folder).toEqual({ code, message: SYNC_MESSAGES[code as keyof typeof SYNC_MESSAGES] });
    }
    expect(await codeOf(() => sync.importFolder(join(root, 'khong-co')))).toMatchObject({ code: 'FOLDER_NOT_FOUND' });
    expect(await codeOf(() => sync.importFolder(file))).toMatchObject({ code: 'FOLDER_IS_FILE' });
    // Nothing was recorded as exported.
    expect(province.db.prepare('SELECT COUNT(*) FROM exported_bundles').pluck().get()).toBe(0);

    // The backup to a stick says the same kind of thing, without the system's English after it.
    const backup = await codeOf(() => exportBackupTo(province.db, province.dir, join(root, 'khong-co')));
    expect(backup).toEqual({ code: 'BACKUP_DESTINATION_UNWRITABLE', message: BACKUP_MESSAGES.BACKUP_DESTINATION_UNWRITABLE });
    for (const o of [province, ...offices]) o.db.close();
  });

  it('maps each file-system condition once, for every task that writes to or reads from a chosen folder', () => {
    const errno = (code: string) => Object.assign(new Error(code), { code });
    expect(['ENOENT', 'ENOTDIR', 'EROFS', 'EACCES', 'EPERM', 'ENOSPC', 'EBADF'].map((c) => folderProblem(errno(c)))).toEqual([
      'missing', 'notFolder', 'readOnly', 'readOnly', 'readOnly', 'full', null,
    ]);
    expect(isUsableFolderPath('E:\\TraoDoi', 'win32')).toBe(true);
    expect(isUsableFolderPath('\\\\may-chu\\TraoDoi', 'win32')).toBe(true);
    expect(isUsableFolderPath('TraoDoi', 'win32')).toBe(false);
    expect(isUsableFolderPath('E:\\TraoDoi', 'linux')).toBe(false);
    expect(isUsableFolderPath('/media/usb/TraoDoi', 'linux')).toBe(true);
  });
});

describe('the set-up forms', () => {
  it('get each field its own Vietnamese message, and a wrong fingerprint is named as such', async () => {
    const { province, offices, rootKey, passphrase } = setUpNetwork(temp.make(), []);
    const services = createServices({ dataDir: temp.make(), resourcesDir: join(import.meta.dirname, '..', '..', '..', 'resources'), samples: false });
    try {
      const short = await services.router.dispatch('sync:installCertificate', { certificateContent: '', confirmedFingerprint: 'AB12 CD34' });
      expect(short).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', fields: { confirmedFingerprint: 'Hãy gõ đủ dấu vân tay in trên công văn của LĐLĐ tỉnh (các nhóm chữ và số).' } } });
      const weak = await services.router.dispatch('sync:createRoot', { unitCode: 'LDLD-LC', unitName: 'LĐLĐ tỉnh Lai Châu', passphrase: 'ngan' });
      expect(weak).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', fields: { passphrase: 'Mật khẩu khóa gốc cần ít nhất 10 ký tự.' } } });

      const created = await services.router.dispatch('sync:createRequest', { unitCode: 'CD-A', unitName: 'Công đoàn A' });
      const request = (created as { ok: true; value: { requestFile: string | null } }).value;
      expect(request.requestFile?.split(/[\\/]/).pop()).toBe('Yêu cầu chứng thư CD-A.json'.normalize('NFC'));
      const certificate = await createSyncService({ db: province.db, blobs: province.blobs, dataDir: province.dir, chooseSavePath: exportsFolderChooser(province.dir), writeFile: writeFileAtomicSync })
        .signRequest({ requestContent: readFileSync(request.requestFile!, 'utf8'), rootKeyContent: rootKey, passphrase, validDays: 730 });
      const wrong = await services.router.dispatch('sync:installCertificate', {
        certificateContent: readFileSync(certificate.certificateFile!).toString('base64'),
        confirmedFingerprint: '0000 1111 2222 3333 4444',
      });
      expect(wrong).toMatchObject({ ok: false, error: { code: 'FINGERPRINT_MISMATCH', message: SYNC_MESSAGES.FINGERPRINT_MISMATCH, fields: { confirmedFingerprint: expect.stringContaining('công văn') } } });
      expect(SYNC_MESSAGES.FINGERPRINT_MISMATCH).not.toMatch(/Gói bị từ chối/);
    } finally {
      services.close();
      for (const o of [province, ...offices]) o.db.close();
    }
  });
});
