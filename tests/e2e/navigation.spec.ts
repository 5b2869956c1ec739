import { expect, fillPaperEntry, setUpOffice, test } from './fixtures';
import type { Page } from '@playwright/test';

const heading = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name });

test.describe('Quay lại, tiến tới và tải lại trang', () => {
  test("the browser's Back returns from a document to the search results, Forward and a reload keep the document", async ({ app, page }) => {
    await app.open(page);
    await setUpOffice(page);
    await page.getByLabel('Tìm kiếm văn bản').fill('02-NQ/TW');
    await expect(page.getByTestId('doc-row')).toHaveCount(2);
    await page.getByTestId('doc-row').filter({ hasText: '108/TB-LĐLĐ' }).click();
    await expect(heading(page, 'Thông báo 108/TB-LĐLĐ')).toBeVisible();
    expect(new URL(page.url()).hash).toMatch(/^#\/van-ban\/[^/?]+\?q=02-NQ%2FTW$/);

    await page.goBack();
    await expect(heading(page, 'Kho văn bản')).toBeVisible();
    await expect(page.getByLabel('Tìm kiếm văn bản')).toHaveValue('02-NQ/TW');
    await expect(page.getByTestId('doc-row')).toHaveCount(2);

    await page.goForward();
    await expect(heading(page, 'Thông báo 108/TB-LĐLĐ')).toBeVisible();
    await page.reload();
    await expect(heading(page, 'Thông báo 108/TB-LĐLĐ')).toBeVisible();
    await expect(page.getByTestId('body-text').locator('mark').first()).toHaveText('02');

    await page.getByRole('button', { name: 'Sổ văn bản đến' }).click();
    await expect(heading(page, 'Sổ đăng ký văn bản đến')).toBeVisible();
    await page.goBack();
    await expect(heading(page, 'Thông báo 108/TB-LĐLĐ')).toBeVisible();
    await page.getByRole('button', { name: '← Quay lại' }).click();
    await expect(heading(page, 'Kho văn bản')).toBeVisible();
    await page.goBack();
    await expect(heading(page, 'Việc cần làm')).toBeVisible();
  });

  test('a document opened from its address goes back to Kho văn bản, not away; an unknown address opens Việc cần làm', async ({ app, page }) => {
    await app.open(page);
    await setUpOffice(page);
    await page.getByRole('button', { name: 'In sổ, báo cáo' }).click();
    await page.reload();
    await expect(heading(page, 'In sổ và báo cáo')).toBeVisible();

    await page.getByRole('button', { name: 'Kho văn bản' }).click();
    await page.getByTestId('doc-row').filter({ hasText: '572/LĐLĐ' }).click();
    await expect(heading(page, /572\/LĐLĐ/)).toBeVisible();
    const address = page.url();
    // A document that cannot be opened, then Back: the page shows the document again, not the error.
    await page.goto(address.replace(/\/van-ban\/[^?]+/, '/van-ban/khong-co-van-ban-nay'));
    await expect(page.getByRole('alert')).toBeVisible();
    await page.goBack();
    await expect(heading(page, /572\/LĐLĐ/)).toBeVisible();
    await expect(page.getByRole('alert')).toHaveCount(0);

    await page.goto('about:blank');
    await page.goto(address);
    await expect(heading(page, /572\/LĐLĐ/)).toBeVisible();
    await page.getByRole('button', { name: '← Quay lại' }).click();
    await expect(heading(page, 'Kho văn bản')).toBeVisible();
    expect(new URL(page.url()).hash).toBe('#/kho-van-ban');

    await page.goto(address.replace(/#.*$/, '#/khong-co-trang-nay'));
    await page.reload();
    await expect(heading(page, 'Việc cần làm')).toBeVisible();

    // A document that cannot be opened, reached from its address alone, still has Quay lại to go on from.
    await page.goto(address.replace(/\/van-ban\/[^?]+/, '/van-ban/khong-co-van-ban-nay'));
    await page.reload();
    await expect(page.getByRole('alert')).toBeVisible();
    await page.getByRole('button', { name: '← Quay lại' }).click();
    await expect(heading(page, 'Kho văn bản')).toBeVisible();
    await expect(page.getByRole('alert')).toHaveCount(0);
  });

  test('Back returns to the place the clerk had scrolled to, in a list and on a document that loads again', async ({ app, page }) => {
    await page.setViewportSize({ width: 1366, height: 420 });
    await app.open(page);
    await setUpOffice(page);
    await expect(page.getByTestId('doc-row')).toHaveCount(5);
    const bottom = await page.evaluate(() => {
      window.scrollTo(0, document.documentElement.scrollHeight);
      return window.scrollY;
    });
    expect(bottom).toBeGreaterThan(100);
    // The menu stays in view at the foot of a long page.
    await expect(page.getByRole('button', { name: 'In sổ, báo cáo' })).toBeInViewport();
    await page.getByTestId('doc-row').last().click();
    await expect(page.getByTestId('body-text')).toBeVisible();
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    await page.goBack();
    await expect(heading(page, 'Kho văn bản')).toBeVisible();
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(bottom);

    // A long document citing a sample: its page loads again when the clerk comes back from the cited one.
    await page.getByRole('button', { name: 'Vào sổ văn bản giấy' }).click();
    await fillPaperEntry(page, {
      number: '77',
      symbol: 'CĐN',
      issuedOn: '10/11/2026',
      issuer: 'CÔNG ĐOÀN NGÀNH Y TẾ',
      subject: 'Về việc sơ kết Kế hoạch 314',
      fields: { 'Toàn văn (nếu có)': `Thực hiện Kế hoạch số 314/KH-LĐLĐ ngày 15/7/2022 của Ban Thường vụ.\n${'Nội dung sơ kết.\n'.repeat(60)}` },
      arrivedOn: '20/11/2026',
    });
    await page.getByRole('button', { name: 'Vào sổ', exact: true }).click();
    const cited = page.getByRole('button', { name: 'Kế hoạch số 314/KH-LĐLĐ' });
    await cited.scrollIntoViewIfNeeded();
    const down = await page.evaluate(() => window.scrollY);
    expect(down).toBeGreaterThan(300);
    await cited.click();
    await expect(heading(page, 'Kế hoạch 314/KH-LĐLĐ')).toBeVisible();
    await page.goBack();
    await expect(heading(page, 'Công văn 77/CĐN')).toBeVisible();
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(down);
  });
});
