import { expect, fillPaperEntry, setUpOffice, test } from './fixtures';

test.describe('Kho văn bản', () => {
  test('first run: office profile, then the five sample directives', async ({ app, page }) => {
    await app.open(page);
    await expect(page.getByRole('heading', { name: /thiết lập thông tin cơ quan/ })).toBeVisible();
    await page.getByRole('button', { name: 'Bắt đầu sử dụng' }).click();
    await expect(page.getByText('Hãy nhập tên cơ quan.')).toBeVisible();
    await setUpOffice(page);
    await expect(page.getByTestId('result-count')).toHaveText('5 văn bản');
    await expect(page.getByTestId('samples-notice')).toContainText('5 văn bản mẫu');
    const rows = page.getByTestId('doc-row');
    await expect(rows).toHaveCount(5);
    // Sorted by issued date, newest first: the 2026 plan, then 572/LĐLĐ of 2025.
    await expect(rows.nth(1)).toContainText('572/LĐLĐ');
    await expect(rows.nth(1)).toContainText('18/03/2025');
  });

  test('filters by type, year and issuer, and sorts by date', async ({ app, page }) => {
    await app.open(page);
    await setUpOffice(page);
    await page.getByLabel('Lọc theo loại').selectOption({ label: 'Kế hoạch' });
    await expect(page.getByTestId('result-count')).toHaveText('2 văn bản');
    await page.getByLabel('Lọc theo năm').selectOption('2022');
    await expect(page.getByTestId('doc-row')).toHaveCount(1);
    await expect(page.getByTestId('doc-row')).toContainText('314/KH-LĐLĐ');
    await page.getByLabel('Lọc theo loại').selectOption({ label: 'Tất cả' });
    await page.getByLabel('Lọc theo năm').selectOption({ label: 'Tất cả' });
    await page.getByLabel('Sắp xếp').selectOption('issuedAsc');
    await expect(page.getByTestId('doc-row').first()).toContainText('314/KH-LĐLĐ');
    await page.getByLabel('Lọc theo tình trạng').selectOption({ label: 'Đã xử lý' });
    await expect(page.getByTestId('result-count')).toHaveText('0 văn bản');
  });

  test('searches as the clerk types, without diacritics, with highlights', async ({ app, page }) => {
    await app.open(page);
    await setUpOffice(page);
    const box = page.getByLabel('Tìm kiếm văn bản');
    await box.pressSequentially('hoc tap suot doi', { delay: 15 });
    await expect(page.getByTestId('doc-row')).toHaveCount(1);
    await expect(page.getByTestId('doc-row')).toContainText('572/LĐLĐ');
    await expect(page.getByTestId('doc-row').locator('mark').first()).toHaveText(/học|Học/);
    await box.fill('02-NQ/TW');
    await expect(page.getByTestId('doc-row')).toHaveCount(2);
    await expect(page.getByTestId('doc-row').filter({ hasText: '108/TB-LĐLĐ' })).toHaveCount(1);
    await expect(page.getByTestId('doc-row').filter({ hasText: '314/KH-LĐLĐ' })).toHaveCount(1);
    await box.fill('dang');
    await expect(page.getByTestId('snippet').locator('mark').first()).toHaveText(/Đảng|đảng/);
  });

  test('registers a paper document by hand, refuses a duplicate, and opens it from a citation', async ({ app, page }) => {
    await app.open(page);
    await setUpOffice(page);
    await page.getByRole('button', { name: 'Vào sổ văn bản giấy' }).click();
    await page.getByRole('button', { name: 'Vào sổ', exact: true }).click();
    await expect(page.getByText('Hãy nhập cơ quan ban hành.')).toBeVisible();
    await expect(page.getByText('Hãy nhập trích yếu.')).toBeVisible();

    await fillPaperEntry(page, {
      type: 'Kế hoạch',
      number: '276',
      symbol: 'KH-LĐLĐ',
      issuedOn: '15/10/2021',
      issuer: 'LIÊN ĐOÀN LAO ĐỘNG TỈNH LAI CHÂU',
      subject: 'Thực hiện Chương trình hành động của Ban Thường vụ Tỉnh ủy về Nghị quyết số 02-NQ/TW',
      fields: { 'Đơn vị hoặc người nhận': 'Văn phòng' },
      arrivedOn: '18/10/2021',
    });
    await page.getByRole('button', { name: 'Vào sổ', exact: true }).click();
    await expect(page.getByRole('heading', { name: 'Kế hoạch 276/KH-LĐLĐ' })).toBeVisible();
    await expect(page.getByTestId('arrival-number')).toHaveText('1');

    // The same số/ký hiệu from the same issuer in the same year is refused with a sentence, nothing written.
    await page.getByRole('button', { name: 'Vào sổ văn bản giấy' }).click();
    await fillPaperEntry(page, { type: 'Kế hoạch', number: '276', symbol: 'KH-LĐLĐ', issuedOn: '15/10/2021', issuer: 'Liên đoàn Lao động tỉnh Lai Châu', subject: 'Bản trùng' });
    await page.getByRole('button', { name: 'Vào sổ', exact: true }).click();
    await expect(page.getByRole('alert')).toContainText('Văn bản này đã có trong sổ');

    // 108/TB-LĐLĐ cites Kế hoạch 276/KH-LĐLĐ: the link now opens it.
    await page.getByRole('button', { name: 'Kho văn bản' }).click();
    await page.getByLabel('Tìm kiếm văn bản').fill('108/TB-LĐLĐ');
    await page.getByTestId('doc-row').filter({ hasText: '108/TB-LĐLĐ' }).click();
    await page.getByTestId('citations').getByRole('button', { name: /276\/KH-LĐLĐ/ }).click();
    await expect(page.getByRole('heading', { name: 'Kế hoạch 276/KH-LĐLĐ' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Văn bản viện dẫn văn bản này' })).toContainText('108/TB-LĐLĐ');

    await page.getByRole('button', { name: 'Sổ văn bản đến' }).click();
    await page.getByLabel('Năm của sổ').fill('2021');
    await expect(page.getByTestId('incoming-register').locator('tbody tr')).toHaveCount(1);
    await expect(page.getByTestId('incoming-register')).toContainText('Văn phòng');
  });

  test('the clerk can remove the sample archive', async ({ app, page }) => {
    await app.open(page);
    await setUpOffice(page);
    page.once('dialog', (d) => void d.accept());
    await page.getByRole('button', { name: 'Xóa văn bản mẫu' }).click();
    await expect(page.getByTestId('result-count')).toHaveText('0 văn bản');
    await expect(page.getByTestId('samples-notice')).toHaveCount(0);
  });
});
