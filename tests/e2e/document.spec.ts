import { readFileSync } from 'node:fs';
import { expect, fillPaperEntry, setUpOffice, test, type AppFixture } from './fixtures';

const ISSUER = 'LIÊN ĐOÀN LAO ĐỘNG TỈNH LAI CHÂU';

/** A received file registered the way intake does it: read, then registered with the original kept. */
async function registerFile(app: AppFixture, text: string): Promise<string> {
  const router = app.mode.services.router;
  const reading = (await router.dispatch('intake:read', { fileName: 'Công văn 615.txt', contentBase64: Buffer.from(text).toString('base64') })) as {
    ok: true;
    value: { sha256: string };
  };
  const registered = (await router.dispatch('intake:register', {
    sha256: reading.value.sha256,
    fileName: 'Công văn 615.txt',
    document: { typeId: 'officialLetter', numberText: '615', symbol: 'LĐLĐ', issuer: ISSUER, issuedOn: '2026-10-20', subject: 'Về việc báo cáo thu kinh phí', body: text },
    arrival: { arrivedOn: '2026-10-21', channel: 'file' },
  })) as { ok: true; value: { id: string } };
  return registered.value.id;
}

test.describe('Trang văn bản', () => {
  test('a received file opens (downloads in the browser) and a copy is saved; the searched words are marked', async ({ app, page }) => {
    await app.open(page);
    await setUpOffice(page);
    const text = 'Đề nghị các đơn vị báo cáo kết quả thu kinh phí công đoàn năm 2026.';
    await registerFile(app, text);
    await page.getByRole('searchbox').fill('kinh phi');
    await page.getByTestId('doc-row').filter({ hasText: '615/LĐLĐ' }).click();
    await expect(page.getByTestId('body-text').locator('mark')).toHaveText(['kinh', 'phí']);
    await expect(page.getByText('Địa danh, ngày ban hành')).toBeVisible();
    await expect(page.locator('dd', { hasText: /^20\/10\/2026$/ })).toBeVisible();

    const files = page.getByRole('region', { name: 'Tệp văn bản' });
    await expect(files).toContainText('Tệp gốc');
    const download = page.waitForEvent('download');
    await files.getByRole('button', { name: 'Mở Công văn 615.txt' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('Công văn 615.txt');
    expect(readFileSync(await file.path(), 'utf8')).toBe(text);
    await files.getByRole('button', { name: 'Lưu bản sao Công văn 615.txt' }).click();
    const saved = files.getByRole('status').filter({ hasText: 'Đã lưu bản sao' });
    await expect(saved).toBeVisible();
    expect(readFileSync(((await saved.textContent()) ?? '').replace('Đã lưu bản sao: ', '').trim(), 'utf8')).toBe(text);
  });

  test('a registered entry is corrected, its register columns filled in, and cancelled when registered by mistake', async ({ app, page }) => {
    await app.open(page);
    await setUpOffice(page);
    await page.getByRole('button', { name: 'Vào sổ văn bản giấy' }).click();
    await fillPaperEntry(page, { number: '615', symbol: 'LĐLĐ', issuedOn: '20/10/2026', issuer: ISSUER, subject: 'Báo cáo thu kinh phí', arrivedOn: '21/10/2026' });
    await page.getByRole('button', { name: 'Vào sổ', exact: true }).click();
    await expect(page.getByRole('heading', { name: 'Công văn 615/LĐLĐ' })).toBeVisible();

    await page.getByRole('button', { name: 'Sửa thông tin văn bản' }).click();
    const form = page.getByRole('region', { name: 'Sửa thông tin văn bản' });
    await form.getByLabel('Số', { exact: true }).fill('651');
    await form.getByLabel('Trích yếu *').fill('');
    await form.getByRole('button', { name: 'Lưu thông tin văn bản' }).click();
    await expect(form.getByText('Hãy nhập trích yếu.')).toBeVisible();
    await form.getByLabel('Trích yếu *').fill('Báo cáo kết quả thu kinh phí công đoàn');
    await form.getByRole('button', { name: 'Lưu thông tin văn bản' }).click();
    await expect(page.getByRole('heading', { name: 'Công văn 651/LĐLĐ' })).toBeVisible();
    const history = page.getByTestId('history');
    await expect(history).toContainText('Sửa thông tin văn bản: Số: 615 → 651');

    const entry = page.getByRole('region', { name: 'Sổ đến' });
    await entry.getByLabel('Đơn vị hoặc người nhận').fill('Ban Tài chính');
    await entry.getByLabel('Ngày chuyển').fill('22/10/2026');
    await entry.getByLabel('Ký nhận').fill('Lò Thị Hoa');
    await entry.getByRole('button', { name: 'Lưu sổ đến' }).click();
    await expect(history).toContainText('Ký nhận: (trống) → Lò Thị Hoa');

    await entry.getByRole('button', { name: 'Hủy số đến (vào sổ nhầm)…' }).click();
    await entry.getByRole('button', { name: 'Xác nhận hủy số đến' }).click();
    await expect(entry.getByText('Hãy nhập lý do hủy.')).toBeVisible();
    await entry.getByLabel('Lý do hủy').fill('Văn bản gửi nhầm đơn vị');
    await entry.getByRole('button', { name: 'Xác nhận hủy số đến' }).click();
    await expect(entry.getByTestId('entry-cancelled')).toContainText('Lý do: Văn bản gửi nhầm đơn vị');
    await expect(history).toContainText('Hủy số đến (vào sổ nhầm)');
    await expect(page.getByRole('button', { name: 'Trả lời / Báo cáo' })).toHaveCount(0);
    await page.screenshot({ path: test.info().outputPath('so-den-da-huy.png'), fullPage: true });

    await page.getByRole('button', { name: 'Việc cần làm', exact: true }).click();
    await expect(page.getByTestId('todo-item')).toHaveCount(0);
  });
});
