import { expect, fillPaperEntry, setUpOffice, test } from './fixtures';

test.describe('In sổ, báo cáo', () => {
  test('previews the register chosen, and a reversed period marks "Đến ngày" until it is fixed', async ({ app, page }) => {
    await app.open(page);
    await setUpOffice(page);
    await page.getByRole('button', { name: 'In sổ, báo cáo' }).click();
    await page.getByLabel('Từ ngày').fill('01/01/2026');
    await page.getByLabel('Đến ngày').fill('31/12/2026');
    await expect(page.getByTestId('followup-register')).toBeVisible();

    await page.getByLabel('Loại sổ').selectOption({ label: 'Sổ đăng ký văn bản đi' });
    await expect(page.getByTestId('followup-register')).toHaveCount(0);
    await expect(page.getByTestId('handling-report')).toHaveCount(0);
    await expect(page.getByTestId('outgoing-register')).toContainText('Từ ngày 01/01/2026 đến ngày 31/12/2026');
    await expect(page.getByTestId('outgoing-register')).toContainText('Không có văn bản nào trong kỳ này.');

    // The sample of 01/04/2026 is no entry of the office's sổ đến.
    await page.getByLabel('Loại sổ').selectOption({ label: 'Sổ đăng ký văn bản đến' });
    await expect(page.getByTestId('incoming-register')).toContainText('Không có văn bản nào trong kỳ này.');

    await page.getByLabel('Từ ngày').fill('30/11/2026');
    await page.getByLabel('Đến ngày').fill('01/11/2026');
    await expect(page.getByLabel('Đến ngày')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByText('Ngày cuối kỳ phải trùng hoặc sau ngày đầu kỳ')).toBeVisible();
    await expect(page.getByTestId('incoming-register')).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Xuất Word (DOCX)' })).toBeDisabled();
    await expect(page.getByRole('alert')).toHaveCount(0);

    await page.getByLabel('Đến ngày').fill('30/11/2026');
    await expect(page.getByLabel('Đến ngày')).not.toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByText('Ngày cuối kỳ phải trùng hoặc sau ngày đầu kỳ')).toHaveCount(0);
    await expect(page.getByTestId('incoming-register')).toContainText('Từ ngày 30/11/2026 đến ngày 30/11/2026');
    await expect(page.getByRole('button', { name: 'Xuất Word (DOCX)' })).toBeEnabled();
  });

  test('a số đến cancelled as registered by mistake is marked in the Ghi chú of the sổ theo dõi as in the sổ đến', async ({ app, page }) => {
    await app.open(page);
    await setUpOffice(page);
    const router = app.mode.services.router;
    const receive = async (n: number) =>
      (
        (await router.dispatch('register:incoming:add', {
          document: { typeId: 'officialLetter', numberText: String(n), symbol: 'LĐLĐ', issuer: 'LIÊN ĐOÀN LAO ĐỘNG TỈNH LAI CHÂU', issuedOn: '2026-10-20', subject: `Công văn số ${n}` },
          arrival: { arrivedOn: '2026-10-21', confirmEarlierArrival: true },
        })) as { ok: true; value: { id: string } }
      ).value.id;
    await receive(615);
    const wrong = await receive(616);
    expect(await router.dispatch('register:incoming:cancel', { id: wrong, reason: 'Văn bản gửi nhầm đơn vị' })).toMatchObject({ ok: true });
    await page.getByRole('button', { name: 'In sổ, báo cáo' }).click();
    await page.getByLabel('Từ ngày').fill('2026-10-01');
    await page.getByLabel('Đến ngày').fill('2026-10-31');
    const mark = 'Đã hủy số đến (vào sổ nhầm): Văn bản gửi nhầm đơn vị';
    const followup = page.getByTestId('followup-register');
    await expect(followup.getByRole('row', { name: /616\/LĐLĐ/ })).toContainText(mark);
    await expect(followup.getByRole('row', { name: /616\/LĐLĐ/ })).toContainText('Không cần xử lý');
    await expect(followup.getByRole('row', { name: /615\/LĐLĐ/ })).not.toContainText('Đã hủy');
    await page.screenshot({ path: test.info().outputPath('so-theo-doi-da-huy.png'), fullPage: true });
    await page.getByLabel('Loại sổ').selectOption({ label: 'Sổ đăng ký văn bản đến' });
    await expect(page.getByTestId('incoming-register').getByRole('row', { name: /616\/LĐLĐ/ })).toContainText(mark);
  });

  test('typing a year in the sổ đến shows no error on the way, and the samples are no entries of it', async ({ app, page }) => {
    await app.open(page);
    await setUpOffice(page);
    await page.getByRole('button', { name: 'Sổ văn bản đến' }).click();
    const year = page.getByLabel('Năm của sổ');
    await year.fill('');
    for (const digit of '2022') {
      await year.press(digit);
      await expect(page.getByRole('alert')).toHaveCount(0);
    }
    await expect(year).toHaveValue('2022');
    // A sample arrived on 17/02/2022: the office's register for that year stays empty.
    await expect(page.getByTestId('incoming-register').locator('tbody tr')).toHaveCount(0);
    await year.fill('20');
    await year.blur();
    await expect(year).toHaveValue('2022');
    await expect(page.getByRole('alert')).toHaveCount(0);
  });

  test('Việc cần làm says the samples are not counted only while there are samples', async ({ app, page }) => {
    await app.open(page);
    await setUpOffice(page);
    await page.getByRole('button', { name: 'Việc cần làm', exact: true }).click();
    await expect(page.getByText('Văn bản mẫu không được tính.')).toBeVisible();
    await page.getByRole('button', { name: 'Kho văn bản' }).click();
    page.once('dialog', (d) => void d.accept());
    await page.getByRole('button', { name: 'Xóa văn bản mẫu' }).click();
    await expect(page.getByTestId('result-count')).toHaveText('0 văn bản');
    await page.getByRole('button', { name: 'Việc cần làm', exact: true }).click();
    await expect(page.getByRole('heading', { name: 'Việc cần làm' })).toBeVisible();
    await expect(page.getByText(/Hôm nay/)).toBeVisible();
    await expect(page.getByText('Văn bản mẫu không được tính.')).toHaveCount(0);
  });

  test('a list typed with a closing ";" is shown once per item on the document', async ({ app, page }) => {
    await app.open(page);
    await setUpOffice(page);
    await page.getByRole('button', { name: 'Vào sổ văn bản giấy' }).click();
    await fillPaperEntry(page, {
      type: 'Quyết định',
      number: '41',
      symbol: 'QĐ-LĐLĐ',
      issuedOn: '20/10/2026',
      issuer: 'LIÊN ĐOÀN LAO ĐỘNG TỈNH LAI CHÂU',
      subject: 'Về việc khen thưởng',
      fields: { 'Nơi nhận (mỗi dòng một nơi)': 'Như Điều 3;\nLưu: VT, TC.' },
      arrivedOn: '21/10/2026',
    });
    await page.getByRole('button', { name: 'Vào sổ', exact: true }).click();
    await expect(page.getByRole('heading', { name: 'Quyết định 41/QĐ-LĐLĐ' })).toBeVisible();
    await expect(page.getByText('Như Điều 3; Lưu: VT, TC', { exact: true })).toBeVisible();
    await expect(page.getByText(';;')).toHaveCount(0);
  });
});
