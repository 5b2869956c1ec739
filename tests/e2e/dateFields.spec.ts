import { expect, fillPaperEntry, setUpOffice, test } from './fixtures';

// Offices without Electron use whatever browser the PC has, often an English one: its own date input would
// show and take mm/dd/yyyy. The clerk writes dd/mm/yyyy, as on the dấu đến.
test.use({ locale: 'en-US' });

test.describe('Ô ngày trong trình duyệt tiếng Anh', () => {
  test('shows and takes dd/mm/yyyy, says in Vietnamese what is wrong, and registers the dates typed', async ({ app, page }) => {
    await app.open(page);
    await setUpOffice(page);
    await page.getByRole('button', { name: 'Vào sổ văn bản giấy' }).click();
    const now = new Date();
    const today = `${String(now.getDate()).padStart(2, '0')}/${String(now.getMonth() + 1).padStart(2, '0')}/${now.getFullYear()}`;
    await expect(page.getByLabel('Ngày đến *')).toHaveValue(today);

    const issued = page.getByLabel('Ngày ban hành *');
    await issued.fill('5/6/2026');
    await issued.blur();
    await expect(issued).toHaveValue('05/06/2026');

    const deadline = page.getByLabel('Hạn báo cáo');
    await deadline.fill('31/06/2026');
    await deadline.blur();
    await expect(deadline).toHaveAttribute('aria-invalid', 'true');
    await expect(deadline).toHaveAccessibleDescription('Không có ngày 31/06/2026: hãy kiểm tra lại ngày và tháng.');
    await deadline.fill('6/20/2026');
    await deadline.blur();
    await expect(deadline).toHaveAccessibleDescription(/Không có ngày 6\/20\/2026/);
    await deadline.fill('20.6.26');
    await deadline.blur();
    await expect(deadline).toHaveAccessibleDescription('Ngày chưa đúng dạng: hãy ghi ngày/tháng/năm, năm đủ bốn chữ số, ví dụ 05/03/2026.');
    await deadline.fill('20/06/2026');
    await expect(deadline).not.toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByText('Ngày chưa đúng dạng')).toHaveCount(0);

    await fillPaperEntry(page, { number: '108', symbol: 'LĐLĐ', issuer: 'LIÊN ĐOÀN LAO ĐỘNG TỈNH LAI CHÂU', subject: 'Về việc báo cáo quý I', arrivedOn: '08/06/2026' });
    await page.getByRole('button', { name: 'Vào sổ', exact: true }).click();
    await expect(page.getByRole('heading', { name: 'Công văn 108/LĐLĐ' })).toBeVisible();
    await expect(page.locator('dd', { hasText: /^05\/06\/2026$/ })).toBeVisible();
    await expect(page.locator('dd', { hasText: /^20\/06\/2026$/ })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Sổ đến' })).toContainText('ngày đến 08/06/2026');
  });

  test('a date chosen on the calendar is shown dd/mm/yyyy, and a date left wrong is not kept as the earlier one', async ({ app, page }) => {
    await app.open(page);
    await setUpOffice(page);
    await page.getByRole('button', { name: 'In sổ, báo cáo' }).click();
    const from = page.getByLabel('Từ ngày');
    await expect(from).toHaveValue(`01/01/${new Date().getFullYear()}`);
    // The browser's own calendar writes into the date input behind the button.
    await page.locator('.registers-toolbar input[type="date"]').first().fill('2026-03-09', { force: true });
    await expect(from).toHaveValue('09/03/2026');
    await page.getByLabel('Đến ngày').fill('31/03/2026');
    await expect(page.getByText('Từ ngày 09/03/2026 đến ngày 31/03/2026')).toBeVisible();

    await from.fill('32/03/2026');
    await from.press('Tab');
    await expect(from).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByText('Chọn ngày đầu kỳ.')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Xuất Word (DOCX)' })).toBeDisabled();
  });
});
