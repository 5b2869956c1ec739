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

/** A document received on paper, as the clerk copies it into Vào sổ văn bản giấy; `fields` by their label. */
export type PaperEntry = {
  type?: string;
  number: string;
  symbol: string;
  issuedOn?: string;
  issuer: string;
  subject: string;
  fields?: Record<string, string>;
  arrivedOn?: string;
};

/** Fills the paper entry form (dates typed dd/mm/yyyy); the clerk's "Vào sổ" is left to the test. */
export async function fillPaperEntry(page: Page, entry: PaperEntry): Promise<void> {
  if (entry.type) await page.getByLabel('Loại văn bản').selectOption({ label: entry.type });
  await page.getByLabel('Số', { exact: true }).fill(entry.number);
  await page.getByLabel('Ký hiệu').fill(entry.symbol);
  if (entry.issuedOn) await page.getByLabel('Ngày ban hành *').fill(entry.issuedOn);
  await page.getByLabel('Cơ quan ban hành *').fill(entry.issuer);
  await page.getByLabel('Trích yếu *').fill(entry.subject);
  for (const [label, value] of Object.entries(entry.fields ?? {})) await page.getByLabel(label).fill(value);
  if (entry.arrivedOn) await page.getByLabel('Ngày đến *').fill(entry.arrivedOn);
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
