import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';
import { startBrowserMode, type BrowserMode } from '../../main/server/serve';

const root = resolve(import.meta.dirname, '..', '..');

export type AppFixture = { mode: BrowserMode; dataDir: string; open(page: Page): Promise<void> };

/** Each test gets a fresh data folder and its own bridge on 127.0.0.1, backed by the real services. */
export const test = base.extend<{ app: AppFixture }>({
  // Playwright requires the object pattern even when a fixture uses no other fixture.
  // eslint-disable-next-line no-empty-pattern
  app: async ({}, use) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'vanthu-e2e-'));
    const mode = await startBrowserMode({ dataDir, resourcesDir: join(root, 'resources'), distDir: join(root, 'dist'), backgroundTasks: false });
    await use({
      mode,
      dataDir,
      async open(page) {
        await page.goto(mode.bridge.url);
        await expect(page.locator('body[data-ready="true"]')).toBeAttached();
      },
    });
    await mode.stop();
    rmSync(dataDir, { recursive: true, force: true });
  },
});

/** Fills the first-run office profile form. */
export async function setUpOffice(page: Page): Promise<void> {
  await page.getByLabel('Tên cơ quan *').fill('CÔNG ĐOÀN VIÊN CHỨC TỈNH LAI CHÂU');
  await page.getByLabel('Cơ quan chủ quản').fill('LĐLĐ TỈNH LAI CHÂU');
  await page.getByLabel('Địa danh *').fill('Lai Châu');
  await page.getByLabel('Mã đơn vị (viết tắt trong ký hiệu) *').fill('CĐVC');
  await page.getByRole('button', { name: 'Bắt đầu sử dụng' }).click();
  // Home is Việc cần làm; most tests start from the archive.
  await expect(page.getByRole('heading', { name: 'Việc cần làm' })).toBeVisible();
  await page.getByRole('button', { name: 'Kho văn bản' }).click();
  await expect(page.getByRole('heading', { name: 'Kho văn bản' })).toBeVisible();
}

/** Writes a sentence over every "…" the template left in the body, as the clerk does before issuing. */
export async function fillTemplateGaps(page: Page): Promise<void> {
  const gaps = page.locator('.rich-line').filter({ hasText: '…' });
  for (let left = await gaps.count(); left > 0; left = await gaps.count()) {
    const gap = gaps.first();
    await gap.click();
    await gap.press('ControlOrMeta+a');
    await gap.pressSequentially('Đã thực hiện đầy đủ.');
    await expect(gaps).toHaveCount(left - 1);
  }
}

export { expect };
