import { existsSync } from 'node:fs';
import { expect, fillPaperEntry, setUpOffice, test } from './fixtures';

const localToday = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

test.describe('Theo dõi giải quyết', () => {
  test('a registered document moves between overdue and this week as its deadline changes, and the registers print', async ({ app, page }) => {
    await app.open(page);
    await setUpOffice(page);
    await page.getByRole('button', { name: 'Vào sổ văn bản giấy' }).click();
    await fillPaperEntry(page, {
      type: 'Công văn',
      number: '615',
      symbol: 'LĐLĐ',
      issuedOn: '20/10/2026',
      issuer: 'LIÊN ĐOÀN LAO ĐỘNG TỈNH LAI CHÂU',
      subject: 'Báo cáo kết quả thu kinh phí công đoàn',
      fields: { 'Hạn báo cáo': '30/10/2026' },
      arrivedOn: '21/10/2026',
    });
    await page.getByRole('button', { name: 'Vào sổ', exact: true }).click();
    await expect(page.getByRole('heading', { name: 'Công văn 615/LĐLĐ' })).toBeVisible();

    // Its deadline is the directive's own: already past, so it is overdue and the banner says so.
    await page.getByRole('button', { name: 'Việc cần làm', exact: true }).click();
    await expect(page.getByTestId('todo-overdue').getByTestId('todo-item')).toContainText('615/LĐLĐ');
    await expect(page.getByTestId('due-banner')).toContainText('1 văn bản quá hạn');

    await page.getByTestId('todo-overdue').getByRole('button', { name: /615\/LĐLĐ/ }).click();
    const panel = page.getByRole('region', { name: 'Xử lý văn bản' });
    await panel.getByLabel('Đơn vị/người xử lý').fill('Ban Tài chính');
    await panel.getByLabel('Thời hạn giải quyết').fill('31/12/2099');
    await panel.getByLabel('Tình trạng xử lý').selectOption({ label: 'Đang xử lý' });
    await panel.getByRole('button', { name: 'Lưu xử lý' }).click();
    await expect(panel.getByTestId('history')).toContainText('Người xử lý: (trống) → Ban Tài chính');
    await expect(panel.getByTestId('history')).toContainText('Tình trạng: Chưa xử lý → Đang xử lý');

    await page.getByRole('button', { name: 'Việc cần làm', exact: true }).click();
    await expect(page.getByTestId('todo-overdue').getByTestId('todo-item')).toHaveCount(0);
    await expect(page.getByTestId('todo-later').getByTestId('todo-item')).toContainText('Ban Tài chính');
    await expect(page.getByTestId('todo-later').getByRole('heading')).toContainText('1');

    // Due today: it moves to this week's group, and the banner counts it as due soon.
    await page.getByTestId('todo-later').getByRole('button', { name: /615\/LĐLĐ/ }).click();
    await panel.getByLabel('Thời hạn giải quyết').fill(localToday());
    await panel.getByRole('button', { name: 'Lưu xử lý' }).click();
    await expect(panel.getByTestId('history')).toContainText('31/12/2099 →');
    await page.getByRole('button', { name: 'Việc cần làm', exact: true }).click();
    await expect(page.getByTestId('todo-week').getByTestId('todo-item')).toContainText('Hạn hôm nay');
    await expect(page.getByTestId('todo-later').getByTestId('todo-item')).toHaveCount(0);
    await expect(page.getByTestId('due-banner')).toContainText('1 văn bản đến hạn');
    await page.screenshot({ path: test.info().outputPath('viec-can-lam.png'), fullPage: true });

    // One click starts the reply from the to-do list.
    await page.getByTestId('todo-week').getByRole('button', { name: 'Trả lời / Báo cáo' }).click();
    await expect(page.getByTestId('draft-preview')).toContainText('Thực hiện Công văn số 615/LĐLĐ ngày 20/10/2026');

    await page.getByRole('button', { name: 'In sổ, báo cáo' }).click();
    await page.getByLabel('Từ ngày').fill('01/10/2026');
    await expect(page.getByTestId('followup-register')).toContainText('Công văn 615/LĐLĐ ngày 20/10/2026');
    await expect(page.getByTestId('followup-register')).toContainText('Đang xử lý');
    await page.getByLabel('Loại sổ').selectOption({ label: 'Báo cáo tình hình giải quyết văn bản đến' });
    await expect(page.getByTestId('followup-register')).toHaveCount(0);
    await expect(page.getByTestId('handling-report')).toContainText('Tổng số 1 văn bản: Đã xử lý 0, Đang xử lý 1, Chưa xử lý 0');
    await expect(page.getByTestId('handling-report').getByRole('row', { name: /Ban Tài chính/ })).toBeVisible();
    for (const format of ['Xuất Word (DOCX)', 'Xuất Excel (XLSX)']) {
      await page.getByRole('button', { name: format }).click();
      const status = page.getByRole('status').filter({ hasText: 'Đã xuất' });
      await expect(status).toBeVisible();
      const path = ((await status.textContent()) ?? '').replace('Đã xuất: ', '').trim();
      expect(existsSync(path)).toBe(true);
    }

    // Back to the office's rule: the directive's own deadline, long past, so it is overdue again.
    await page.getByRole('button', { name: 'Việc cần làm', exact: true }).click();
    await page.getByTestId('todo-week').getByRole('button', { name: /615\/LĐLĐ/ }).click();
    // "Tính lại" fills the field only: nothing changes until "Lưu xử lý".
    await panel.getByRole('button', { name: 'Tính lại thời hạn theo quy định của cơ quan' }).click();
    await expect(panel.getByLabel('Thời hạn giải quyết')).toHaveValue('30/10/2026');
    await expect(panel.getByTestId('history')).not.toContainText('→ 30/10/2026');
    await panel.getByRole('button', { name: 'Lưu xử lý' }).click();
    await expect(panel.getByTestId('history')).toContainText('→ 30/10/2026');
    await page.getByRole('button', { name: 'Việc cần làm', exact: true }).click();
    await expect(page.getByTestId('todo-overdue').getByTestId('todo-item')).toContainText('615/LĐLĐ');
  });

  test('Việc cần làm puts urgent documents first in each group and counts every group', async ({ app, page }) => {
    await app.open(page);
    await setUpOffice(page);
    const receive = (n: number, urgency: 'normal' | 'veryUrgent' | 'flash', reportDeadline: string, arrivedOn: string) =>
      app.mode.services.router.dispatch('register:incoming:add', {
        document: { typeId: 'officialLetter', numberText: String(n), symbol: 'LĐLĐ', issuer: 'LIÊN ĐOÀN LAO ĐỘNG TỈNH LAI CHÂU', issuedOn: arrivedOn, subject: `Việc số ${n}`, urgency, reportDeadline },
        arrival: { arrivedOn },
      });
    await receive(701, 'normal', '2026-10-01', '2026-09-25');
    await receive(702, 'veryUrgent', '2026-10-05', '2026-09-28');
    await receive(703, 'flash', '', localToday());
    await receive(704, 'normal', '2099-06-01', localToday());
    await page.getByRole('button', { name: 'Việc cần làm', exact: true }).click();
    const overdue = page.getByTestId('todo-overdue');
    await expect(overdue.getByRole('heading')).toContainText('2');
    await expect(overdue.getByTestId('todo-item').first()).toContainText('THƯỢNG KHẨN');
    await expect(overdue.getByTestId('todo-item').first()).toContainText('702/LĐLĐ');
    await expect(overdue.getByTestId('todo-item').nth(1)).toContainText('701/LĐLĐ');
    await expect(page.getByTestId('todo-week').getByTestId('todo-item')).toContainText(['HỎA TỐC']);
    await expect(page.getByTestId('todo-later').getByTestId('todo-item')).toContainText(['704/LĐLĐ']);
    await expect(page.getByTestId('due-banner')).toContainText('2 văn bản quá hạn giải quyết. 1 văn bản đến hạn giải quyết');
    await page.screenshot({ path: test.info().outputPath('viec-can-lam-khan.png'), fullPage: true });
  });

  test('deadlines skip Tết and the days off the office adds from the yearly announcement', async ({ app, page }) => {
    await app.open(page);
    await setUpOffice(page);
    await page.getByRole('button', { name: 'Thông tin cơ quan' }).click();
    const year = new Date().getFullYear();
    await expect(page.getByTestId(`holidays-${year}`)).toContainText('Tết Nguyên đán (mùng 1)');
    await expect(page.getByTestId(`holidays-${year + 1}`)).toContainText('Quốc khánh');
    const daysOff = page.getByLabel('Ngày nghỉ thêm theo thông báo');
    await daysOff.fill('30/02/2026');
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    await expect(page.getByText('“30/02/2026” không phải một ngày.')).toBeVisible();
    // The Friday before Tết Bính Ngọ, given off in exchange for a Saturday worked.
    await daysOff.fill('13/02/2026');
    await page.getByLabel('Ngày đi làm bù').fill('28/02/2026');
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    await expect(page.getByText('Đã lưu thông tin cơ quan.')).toBeVisible();
    await page.screenshot({ path: test.info().outputPath('ngay-nghi.png'), fullPage: true });

    // Arrived Thursday 12 February 2026, 7 working days: 13 February and Tết (16–20) are off, Saturday 28 is worked.
    await app.mode.services.router.dispatch('register:incoming:add', {
      document: { typeId: 'officialLetter', numberText: '88', symbol: 'LĐLĐ', issuer: 'LIÊN ĐOÀN LAO ĐỘNG TỈNH LAI CHÂU', issuedOn: '2026-02-11', subject: 'Chúc Tết' },
      arrival: { arrivedOn: '2026-02-12', confirmEarlierArrival: true },
    });
    await page.getByRole('button', { name: 'Việc cần làm', exact: true }).click();
    await page.getByTestId('todo-overdue').getByRole('button', { name: /88\/LĐLĐ/ }).click();
    await expect(page.getByRole('region', { name: 'Xử lý văn bản' }).getByLabel('Thời hạn giải quyết')).toHaveValue('02/03/2026');
  });
});
