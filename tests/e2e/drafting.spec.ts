import { existsSync, readFileSync } from 'node:fs';
import { expect, setUpOffice, test } from './fixtures';

test.describe('Soạn thảo văn bản đi', () => {
  test('replies to a directive, autosaves through a reload, saves DOCX and issues it with the next number', async ({ app, page }) => {
    await app.open(page);
    await setUpOffice(page);
    await page.getByTestId('doc-row').filter({ hasText: '314/KH-LĐLĐ' }).click();
    await page.getByRole('button', { name: 'Trả lời / Báo cáo' }).click();
    const preview = page.getByTestId('draft-preview');
    await expect(preview).toContainText('BÁO CÁO');
    await expect(preview).toContainText('Kính gửi: Liên đoàn Lao động tỉnh Lai Châu.');
    await expect(preview).toContainText('Thực hiện Kế hoạch số 314/KH-LĐLĐ ngày 16/02/2022');
    await expect(preview).toContainText('- Như trên;');
    await expect(preview).toContainText('- Lưu: VT');

    await page.getByLabel('Họ tên người ký').fill('Nguyễn Văn An');
    const block = page.getByLabel('Nội dung đoạn 3');
    await block.click();
    await block.press('End');
    await block.pressSequentially(' Đã tổ chức 12 hội nghị quán triệt.');
    await expect(preview).toContainText('Đã tổ chức 12 hội nghị quán triệt.');
    await expect(page.getByTestId('save-state')).toContainText('Đã lưu lúc');

    // What was saved survives closing the page.
    await page.reload();
    await expect(page.locator('body[data-ready="true"]')).toBeAttached();
    await page.getByRole('button', { name: 'Soạn thảo văn bản đi' }).click();
    await page.getByRole('button', { name: /Báo cáo: Kết quả thực hiện Kế hoạch số 314/ }).click();
    await expect(page.getByTestId('draft-preview')).toContainText('Đã tổ chức 12 hội nghị quán triệt.');
    await expect(page.getByLabel('Họ tên người ký')).toHaveValue('Nguyễn Văn An');

    await page.getByRole('button', { name: 'Lưu DOCX' }).click();
    const saved = page.getByRole('status').filter({ hasText: 'Đã lưu DOCX' });
    await expect(saved).toBeVisible();
    const path = ((await saved.textContent()) ?? '').replace('Đã lưu DOCX: ', '').trim();
    expect(existsSync(path)).toBe(true);
    expect([...readFileSync(path).subarray(0, 2)]).toEqual([0x50, 0x4b]);

    await page.getByLabel('Ngày ban hành').fill('2026-03-05');
    page.once('dialog', (d) => void d.accept());
    await page.getByRole('button', { name: 'Ban hành (cấp số)' }).click();
    await expect(page.getByRole('heading', { name: 'Báo cáo 01/BC-CĐVC' })).toBeVisible();

    await page.getByRole('button', { name: 'Sổ văn bản đi' }).click();
    await expect(page.getByTestId('outgoing-register')).toContainText('01/BC-CĐVC');
    await expect(page.getByTestId('outgoing-register')).toContainText('Trả lời văn bản số 314/KH-LĐLĐ');
  });
});

test('the office profile gives the symbol pattern and the signer presets of new drafts', async ({ app, page }) => {
  await app.open(page);
  await setUpOffice(page);
  await page.getByRole('button', { name: 'Thông tin cơ quan' }).click();
  await page.getByLabel('Ký hiệu công văn').fill('CĐVC-VP');
  await page.getByLabel('Họ tên (mẫu 2)').fill('Lò Thị Hằng');
  await page.getByRole('button', { name: 'Lưu', exact: true }).click();
  await expect(page.getByRole('status')).toContainText('Đã lưu thông tin cơ quan.');

  await page.getByRole('button', { name: 'Soạn thảo văn bản đi' }).click();
  await page.getByLabel('Loại văn bản mới').selectOption({ label: 'Công văn' });
  await page.getByRole('button', { name: 'Soạn mới từ mẫu' }).click();
  const preview = page.getByTestId('draft-preview');
  await expect(preview).toContainText('/CĐVC-VP');
  await page.getByLabel('Người ký', { exact: true }).selectOption({ label: 'TM. BAN THƯỜNG VỤ / PHÓ CHỦ TỊCH / Lò Thị Hằng' });
  await expect(preview).toContainText('PHÓ CHỦ TỊCH');
  await expect(preview).toContainText('Lò Thị Hằng');
});
