import { join } from 'node:path';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import type { Page } from '@playwright/test';
import { exportBundle } from '../../main/sync/exportBundle';
import { importBundle } from '../../main/sync/importBundle';
import { createRequest, installCertificate, signRequest } from '../../main/sync/setup';
import { fingerprint } from '../../main/sync/keys';
import { issueDirective, setUpNetwork } from '../integration/sync/offices';
import { expect, setUpOffice, test, type AppFixture } from './fixtures';

/** This office as CD-VC of a province network, certified by hand as after the set-up visit. */
function joinNetwork(app: AppFixture, dir: string) {
  const network = setUpNetwork(dir, []);
  const request = createRequest(app.mode.services.db, { unitCode: 'CD-VC', unitName: 'Công đoàn Viên chức tỉnh' });
  const certificate = signRequest(network.rootKey, network.passphrase, JSON.stringify(request));
  installCertificate(app.mode.services.db, JSON.stringify(certificate), fingerprint(certificate.rootPublicKey));
  return network;
}

async function importFile(page: Page, path: string) {
  await page.getByRole('button', { name: 'Trao đổi gói' }).click();
  await page.getByLabel('Tệp gói trao đổi').setInputFiles({ name: path.split('/').pop()!, mimeType: 'application/octet-stream', buffer: readFileSync(path) });
}

test('a wrong fingerprint marks its box, and a refused bundle reads as a refusal under its own name', async ({ app, page }) => {
  await app.open(page);
  await setUpOffice(page);
  const dir = mkdtempSync(join(tmpdir(), 'vanthu-e2e-province-'));
  const { province, rootKey, passphrase } = setUpNetwork(dir, []);
  try {
    const request = createRequest(app.mode.services.db, { unitCode: 'CD-VC', unitName: 'Công đoàn Viên chức tỉnh' });
    const certificate = signRequest(rootKey, passphrase, JSON.stringify(request));
    await page.getByRole('button', { name: 'Trao đổi gói' }).click();
    await page.getByLabel('Tệp chứng thư').setInputFiles({ name: 'Chứng thư CD-VC.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(certificate)) });

    const box = page.getByLabel('Dấu vân tay trên công văn');
    await box.fill('0000 1111 2222 3333 4444');
    await page.getByRole('button', { name: 'Xác nhận và cài đặt' }).click();
    await expect(box).toHaveAttribute('aria-invalid', 'true');
    await expect(page.locator('.field-error')).toContainText('so lại với công văn');
    await expect(page.getByRole('alert')).toContainText('Dấu vân tay vừa gõ không khớp với khóa gốc của LĐLĐ tỉnh');
    await expect(page.getByRole('alert')).not.toContainText('Gói bị từ chối');

    await box.fill(fingerprint(certificate.rootPublicKey));
    await page.getByRole('button', { name: 'Xác nhận và cài đặt' }).click();
    await expect(page.getByRole('status')).toContainText('Đã cài chứng thư cho CD-VC');

    await page.getByLabel('Tệp gói trao đổi').setInputFiles({ name: 'random.ctb', mimeType: 'application/octet-stream', buffer: Buffer.from('không phải gói trao đổi') });
    const refusal = page.getByRole('alert');
    await expect(refusal).toContainText('Gói random.ctb bị từ chối.');
    await expect(refusal).toContainText('Hãy xin đơn vị gửi lại gói.');
    await expect(refusal).not.toContainText('central directory');
    await expect(page.locator('.banner-ok')).toHaveCount(0);
    await expect(page.getByTestId('import-journal')).toContainText('random.ctb');

    await page.getByLabel('Thư mục USB').fill('E:\\TraoDoi');
    await page.getByRole('button', { name: 'Nhập các gói trong thư mục' }).click();
    await expect(page.getByRole('alert')).toContainText('Đường dẫn thư mục chưa đầy đủ');
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.screenshot({ path: 'test-results/sync-refusal.png', fullPage: true });
  } finally {
    province.db.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a directive whose file the bundle lacks is taken, its file shown missing until the next bundle brings it, and that bundle tried again is journalled', async ({ app, page }) => {
  await app.open(page);
  await setUpOffice(page);
  const dir = mkdtempSync(join(tmpdir(), 'vanthu-e2e-province-'));
  const { province } = joinNetwork(app, dir);
  try {
    const annex = new TextEncoder().encode('Biểu mẫu báo cáo kết quả');
    await issueDirective(province, ['CD-VC'], 'Tổ chức Tháng Công nhân năm 2026', '2026-04-10', annex);
    rmSync(province.blobs.pathOf(province.blobs.put(annex).sha256));
    await importFile(page, (await exportBundle(province.db, province.blobs, 'CD-VC', dir))[0]!.path);
    await expect(page.getByRole('status')).toContainText('Đã nhập 1 văn bản mới. 1 tệp đính kèm chưa có trong gói (thiếu tệp đính kèm)');

    await page.getByRole('button', { name: 'Kho văn bản' }).click();
    await page.getByTestId('doc-row').filter({ hasText: '01/KH-LĐLĐ' }).click();
    const files = page.getByRole('region', { name: 'Tệp văn bản' });
    const annexLine = files.getByRole('listitem').filter({ hasText: 'Biểu mẫu báo cáo.docx' });
    await expect(annexLine.getByTestId('file-awaited')).toHaveText('Chưa có tệp (thiếu tệp đính kèm): sẽ có khi nhập gói tiếp theo từ nơi gửi.');
    await expect(annexLine.getByRole('button')).toHaveCount(0);
    await expect(files.getByRole('button', { name: /^Mở 01-KH-LĐLĐ/ })).toBeVisible();
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.screenshot({ path: 'test-results/sync-file-awaited.png', fullPage: true });

    // The office's bundle back acknowledges all but that directive; the province, its file restored, sends it again.
    const [back] = await exportBundle(app.mode.services.db, app.mode.services.blobs, 'LDLD-LC', dir);
    await importBundle(province.db, province.blobs, province.dir, back!.path);
    province.blobs.put(annex);
    const [filling] = await exportBundle(province.db, province.blobs, 'CD-VC', dir);
    await importFile(page, filling!.path);
    await expect(page.getByRole('status')).toContainText('Đã nhận 1 tệp đính kèm mà kho còn thiếu.');
    // The same stick tried again: nothing changes, and the journal shows the attempt.
    await importFile(page, filling!.path);
    await expect(page.getByRole('status')).toHaveText('Gói này đã được nhập trước đó; không có gì thay đổi.');
    const journal = page.getByTestId('import-journal').locator('tbody tr');
    await expect(journal).toHaveCount(3);
    await expect(journal.first()).toContainText('LĐLĐ tỉnh Lai Châu (LDLD-LC)');
    await expect(journal.first()).toContainText('Đã có: Gói này đã được nhập trước đó; không có gì thay đổi.');
    await page.getByRole('button', { name: 'Kho văn bản' }).click();
    await page.getByTestId('doc-row').filter({ hasText: '01/KH-LĐLĐ' }).click();
    await expect(files.getByTestId('file-awaited')).toHaveCount(0);
    const download = page.waitForEvent('download');
    await files.getByRole('button', { name: 'Mở Biểu mẫu báo cáo.docx' }).click();
    expect(readFileSync(await (await download).path(), 'utf8')).toBe('Biểu mẫu báo cáo kết quả');
  } finally {
    province.db.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
