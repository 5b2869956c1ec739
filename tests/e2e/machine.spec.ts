import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startBrowserMode } from '../../main/server/serve';
import { device } from '../../main/sync/device';
import { createRequest } from '../../main/sync/setup';
import { expect, setUpOffice, test } from './fixtures';

const root = resolve(import.meta.dirname, '..', '..');

test('a data folder copied to another PC asks whether it is a copy, and a copy becomes a device of its own', async ({ app, page }) => {
  await app.open(page);
  await setUpOffice(page);
  await expect(page.getByTestId('machine-banner')).toHaveCount(0);
  // This PC has begun exchanging (its key and unit are set), then the clerk copies the data folder to a second PC.
  createRequest(app.mode.services.db, { unitCode: 'CD-VC', unitName: 'Công đoàn Viên chức tỉnh' });
  const original = device(app.mode.services.db).device_id;
  app.mode.services.db.pragma('wal_checkpoint(TRUNCATE)');
  const copyDir = mkdtempSync(join(tmpdir(), 'vanthu-e2e-copy-'));
  cpSync(app.dataDir, copyDir, { recursive: true });
  const second = await startBrowserMode({ dataDir: copyDir, resourcesDir: join(root, 'resources'), distDir: join(root, 'dist'), backgroundTasks: false, machine: 'may-thu-hai' });
  try {
    await page.goto(second.bridge.url);
    await expect(page.locator('body[data-ready="true"]')).toBeAttached();
    const banner = page.getByTestId('machine-banner');
    await expect(banner).toContainText('đang mở trên một máy tính khác');
    await expect(banner).toContainText('Việc trao đổi gói tạm dừng');
    // Exchange is stopped meanwhile, with the reason in words.
    await page.getByRole('button', { name: 'Trao đổi gói' }).click();
    await page.screenshot({ path: 'test-results/machine-banner.png', fullPage: true });
    page.once('dialog', (dialog) => void dialog.accept());
    await banner.getByRole('button', { name: 'Bản sao: máy cũ vẫn tiếp tục dùng' }).click();
    await expect(page.getByTestId('machine-answered')).toContainText('Máy này đã có mã thiết bị mới');
    await expect(page.getByTestId('machine-answered')).toContainText('chỉ nên cấp số văn bản đi trên một máy');
    await expect(banner).toHaveCount(0);
    expect(device(second.services.db).device_id).not.toBe(original);
    expect(device(app.mode.services.db).device_id).toBe(original);
    await page.reload();
    await expect(page.locator('body[data-ready="true"]')).toBeAttached();
    await expect(page.getByTestId('machine-banner')).toHaveCount(0);
  } finally {
    await second.stop();
    rmSync(copyDir, { recursive: true, force: true });
  }
});
