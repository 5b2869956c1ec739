import { join } from 'node:path';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequest, signRequest } from '../../main/sync/setup';
import { fingerprint } from '../../main/sync/keys';
import { setUpNetwork } from '../integration/sync/offices';
import { expect, setUpOffice, test } from './fixtures';

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
