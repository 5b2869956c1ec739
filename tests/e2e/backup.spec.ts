import { mkdtempSync, rmSync, writeFileSync, openSync, writeSync, closeSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startBrowserMode } from '../../main/server/serve';
import { expect, setUpOffice, test } from './fixtures';

const root = resolve(import.meta.dirname, '..', '..');

test.describe('Sao lưu và khôi phục', () => {
  test('backs up, exports a verified copy to a folder, and restores after a confirmation', async ({ app, page }) => {
    await app.open(page);
    await setUpOffice(page);
    await page.getByRole('button', { name: 'Sao lưu, khôi phục' }).click();
    await expect(page.getByTestId('integrity-ok')).toBeVisible();
    await page.getByRole('button', { name: 'Sao lưu ngay' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Đã sao lưu' })).toBeVisible();
    await expect(page.getByTestId('backup-list').locator('tbody tr')).toHaveCount(1);

    const usb = mkdtempSync(join(tmpdir(), 'vanthu-usb-'));
    await page.getByLabel('Thư mục USB').fill(usb);
    await page.getByRole('button', { name: 'Sao lưu ra USB' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Có thể rút USB' })).toBeVisible();

    // Remove the samples, then restore the backup: they are back.
    await page.getByRole('button', { name: 'Kho văn bản' }).click();
    page.once('dialog', (d) => void d.accept());
    await page.getByRole('button', { name: 'Xóa văn bản mẫu' }).click();
    await expect(page.getByTestId('result-count')).toHaveText('0 văn bản');
    await page.getByRole('button', { name: 'Sao lưu, khôi phục' }).click();
    page.once('dialog', (d) => void d.accept());
    await page.getByTestId('backup-list').getByRole('button', { name: 'Khôi phục' }).first().click();
    await expect(page.getByRole('status').filter({ hasText: 'Đã khôi phục dữ liệu' })).toBeVisible();
    await page.getByRole('button', { name: 'Kho văn bản' }).click();
    await expect(page.getByTestId('result-count')).toHaveText('5 văn bản');
    rmSync(usb, { recursive: true, force: true });
  });

  test('a damaged database opens in recovery mode and is restored from the latest backup', async ({ page }) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'vanthu-e2e-'));
    const first = await startBrowserMode({ dataDir, resourcesDir: join(root, 'resources'), distDir: join(root, 'dist'), backgroundTasks: false });
    await first.services.backup.create({ kind: 'manual' });
    await first.stop();
    // Overwrite the database header and pages: the file is no longer a database.
    const file = join(dataDir, 'office.sqlite');
    const fd = openSync(file, 'r+');
    writeSync(fd, Buffer.alloc(Math.min(statSync(file).size, 8192), 0x5a), 0, undefined, 0);
    closeSync(fd);
    writeFileSync(join(dataDir, 'office.sqlite-wal'), '');

    const second = await startBrowserMode({ dataDir, resourcesDir: join(root, 'resources'), distDir: join(root, 'dist'), backgroundTasks: false });
    try {
      await page.goto(second.bridge.url);
      await expect(page.getByTestId('recovery-mode')).toContainText('Không mở được kho văn bản.');
      page.once('dialog', (d) => void d.accept());
      await page.getByTestId('backup-list').getByRole('button', { name: 'Khôi phục' }).first().click();
      await expect(page.getByRole('status').filter({ hasText: 'Đã khôi phục dữ liệu' })).toBeVisible();
      await page.reload();
      await expect(page.getByRole('heading', { name: /thiết lập thông tin cơ quan/ })).toBeVisible();
    } finally {
      await second.stop();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
