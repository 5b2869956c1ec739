import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { startBrowserMode, type BrowserMode } from '../../main/server/serve';
import { createRequest, createRoot, installCertificate, signRequest } from '../../main/sync/setup';
import { fingerprint } from '../../main/sync/keys';
import { expect, fillTemplateGaps, test } from './fixtures';

const root = resolve(import.meta.dirname, '..', '..');
const OFFICES = [
  { code: 'CD-TP', name: 'Công đoàn phường Tân Phong' },
  { code: 'CD-DK', name: 'Công đoàn phường Đoàn Kết' },
  { code: 'CDN-GD', name: 'Công đoàn ngành Giáo dục' },
];

async function open(page: Page, mode: BrowserMode, office: { name: string; code: string; role: 'province' | 'office' }) {
  await page.goto(mode.bridge.url);
  await expect(page.locator('body[data-ready="true"]')).toBeAttached();
  await page.getByLabel('Tên cơ quan *').fill(office.name.toLocaleUpperCase('vi'));
  await page.getByLabel('Địa danh *').fill('Lai Châu');
  await page.getByLabel('Mã đơn vị (viết tắt trong ký hiệu) *').fill(office.role === 'province' ? 'LĐLĐ' : 'CĐ');
  await page.getByLabel('Vai trò').selectOption(office.role);
  await page.getByRole('button', { name: 'Bắt đầu sử dụng' }).click();
  // Home is Việc cần làm; most tests start from the archive.
  await expect(page.getByRole('heading', { name: 'Việc cần làm' })).toBeVisible();
  await page.getByRole('button', { name: 'Kho văn bản' }).click();
  await expect(page.getByRole('heading', { name: 'Kho văn bản' })).toBeVisible();
}

test('one province and three offices: directive out, two replies on time, one late, a reminder', async ({ browser }) => {
  test.setTimeout(180_000);
  const dirs: string[] = [];
  const modes: BrowserMode[] = [];
  const start = async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'vanthu-net-'));
    dirs.push(dataDir);
    const mode = await startBrowserMode({ dataDir, resourcesDir: join(root, 'resources'), distDir: join(root, 'dist'), backgroundTasks: false });
    modes.push(mode);
    return mode;
  };
  const usb = mkdtempSync(join(tmpdir(), 'vanthu-usb-'));
  try {
    const province = await start();
    const offices = await Promise.all(OFFICES.map(() => start()));
    // The set-up visit (keys and certificates) is done with the same functions the Trao đổi gói screen calls.
    const passphrase = 'mật khẩu khóa gốc tỉnh';
    const rootKey = JSON.stringify(createRoot(province.services.db, { unitCode: 'LDLD-LC', unitName: 'LĐLĐ tỉnh Lai Châu', passphrase }).rootKey);
    OFFICES.forEach((o, i) => {
      const office = offices[i]!;
      const certFile = signRequest(rootKey, passphrase, JSON.stringify(createRequest(office.services.db, { unitCode: o.code, unitName: o.name })));
      installCertificate(office.services.db, JSON.stringify(certFile), fingerprint(certFile.rootPublicKey));
    });

    const p = await (await browser.newContext({ locale: 'vi-VN' })).newPage();
    await open(p, province, { name: 'Liên đoàn Lao động tỉnh Lai Châu', code: 'LDLD-LC', role: 'province' });
    // The unit directory, then the directive to all three with a reporting deadline.
    await p.getByRole('button', { name: 'Danh bạ đơn vị' }).click();
    for (const o of OFFICES) {
      await p.getByLabel('Mã đơn vị *').fill(o.code);
      await p.getByLabel('Tên đơn vị *').fill(o.name);
      await p.getByLabel('Loại đơn vị').selectOption('communeUnion');
      await p.getByRole('button', { name: 'Lưu đơn vị' }).click();
      await expect(p.getByTestId('units-table')).toContainText(o.name);
    }
    await p.getByRole('button', { name: 'Soạn thảo văn bản đi' }).click();
    await p.getByLabel('Loại văn bản mới').selectOption({ label: 'Kế hoạch' });
    await p.getByRole('button', { name: 'Soạn mới từ mẫu' }).click();
    await p.getByLabel('Trích yếu').fill('Tổ chức Tháng Công nhân năm 2026');
    await p.getByLabel('Họ tên người ký').fill('Hoàng Thọ Trung');
    await fillTemplateGaps(p);
    await p.getByLabel('Nơi nhận (mỗi dòng một nơi)').fill('Các công đoàn xã, phường\nLưu: VT, VP');
    await p.getByLabel(/Các công đoàn xã, phường/).check();
    await p.getByLabel('Hạn báo cáo của đơn vị nhận').fill('15/11/2026');
    await expect(p.getByRole('region', { name: 'Gửi đến các đơn vị' })).toContainText('Gửi đến các đơn vị (3)');
    await expect(p.getByTestId('save-state')).toContainText('Đã lưu lúc');
    await p.getByLabel('Ngày ban hành').fill('02/11/2026');
    p.once('dialog', (d) => void d.accept());
    await p.getByRole('button', { name: 'Ban hành (cấp số)' }).click();
    await expect(p.getByRole('heading', { name: 'Kế hoạch 01/KH-LĐLĐ' })).toBeVisible();
    await p.getByRole('button', { name: 'Trao đổi gói' }).click();
    await p.getByLabel('Thư mục USB').fill(usb);
    await p.getByRole('button', { name: 'Xuất gói cho các đơn vị' }).click();
    await expect(p.getByRole('status')).toContainText('Đã ghi 3 gói');

    // Two offices reply on time, the third does not.
    for (const [i, o] of OFFICES.entries()) {
      const page = await (await browser.newContext({ locale: 'vi-VN' })).newPage();
      await open(page, offices[i]!, { name: o.name, code: o.code, role: 'office' });
      await page.getByRole('button', { name: 'Trao đổi gói' }).click();
      await page.getByLabel('Thư mục USB').fill(usb);
      await page.getByRole('button', { name: 'Nhập các gói trong thư mục' }).click();
      await expect(page.getByRole('status')).toContainText('Đã nhập 1 văn bản mới.');
      if (i === 2) continue;
      await page.getByRole('button', { name: 'Kho văn bản' }).click();
      await page.getByTestId('doc-row').filter({ hasText: '01/KH-LĐLĐ' }).click();
      // Số đến 1, though the sample archive holds a document received in 2026: samples are numbered apart.
      await expect(page.getByTestId('arrival-number')).toHaveText('1');
      await page.getByRole('button', { name: 'Trả lời / Báo cáo' }).click();
      await page.getByLabel('Họ tên người ký').fill(`Người ký ${i + 1}`);
      await fillTemplateGaps(page);
      await expect(page.getByTestId('save-state')).toContainText('Đã lưu lúc');
      await page.getByLabel('Ngày ban hành').fill('10/11/2026');
      page.once('dialog', (d) => void d.accept());
      await page.getByRole('button', { name: 'Ban hành (cấp số)' }).click();
      await expect(page.getByRole('heading', { name: 'Báo cáo 01/BC-CĐ' })).toBeVisible();
      await page.getByRole('button', { name: 'Trao đổi gói' }).click();
      await page.getByLabel('Thư mục USB').fill(usb);
      await page.getByRole('button', { name: 'Xuất gói cho các đơn vị' }).click();
      await expect(page.getByRole('status')).toContainText('Đã ghi 1 gói');
    }
    // The third office sends its receipt only.
    await offices[2]!.services.router.dispatch('sync:export', { folder: usb });

    await p.getByRole('button', { name: 'Trao đổi gói' }).click();
    await p.getByLabel('Thư mục USB').fill(usb);
    await p.getByRole('button', { name: 'Nhập các gói trong thư mục' }).click();
    await expect(p.getByRole('status')).toContainText('Đã nhập');
    await expect(p.getByTestId('import-journal').locator('tbody tr')).toHaveCount(3);

    await p.getByRole('button', { name: 'Theo dõi văn bản chỉ đạo' }).click();
    await p.getByTestId('directive-list').getByText('01/KH-LĐLĐ').click();
    const table = p.getByTestId('tracking-table');
    await expect(table.getByTestId('tracking-row').filter({ hasText: 'Công đoàn phường Tân Phong' })).toContainText('Đã báo cáo');
    await expect(table.getByTestId('tracking-row').filter({ hasText: 'Công đoàn phường Đoàn Kết' })).toContainText('Đã báo cáo');
    await expect(table.getByTestId('tracking-row').filter({ hasText: 'Công đoàn ngành Giáo dục' })).toContainText('Quá hạn, chưa báo cáo');
    // The unit's số đến, reported back by its receipt.
    await expect(table.getByTestId('tracking-row').filter({ hasText: 'Công đoàn ngành Giáo dục' })).toContainText('1 (');
    await p.getByLabel('Lọc đơn vị').selectOption('overdue');
    await expect(table.getByTestId('tracking-row')).toHaveCount(1);

    await p.getByRole('button', { name: /Soạn công văn đôn đốc \(1 đơn vị quá hạn\)/ }).click();
    const preview = p.getByTestId('draft-preview');
    await expect(preview).toContainText('V/v đôn đốc báo cáo theo Kế hoạch số 01/KH-LĐLĐ');
    await expect(preview).toContainText('Kính gửi: Công đoàn ngành Giáo dục.');
    await expect(p.getByRole('region', { name: 'Gửi đến các đơn vị' })).toContainText('(1)');
    await p.getByLabel('Họ tên người ký').fill('Hoàng Thọ Trung');
    await fillTemplateGaps(p);
    await expect(p.getByTestId('save-state')).toContainText('Đã lưu lúc');
    p.once('dialog', (d) => void d.accept());
    await p.getByRole('button', { name: 'Ban hành (cấp số)' }).click();
    await expect(p.getByRole('heading', { name: /Công văn 02\/LĐLĐ/ })).toBeVisible();

    await p.getByRole('button', { name: 'Theo dõi văn bản chỉ đạo' }).click();
    await p.getByRole('button', { name: 'Tổng hợp theo đơn vị' }).click();
    await p.getByLabel('Từ ngày').fill('01/01/2026');
    await expect(p.getByTestId('overview-table')).toContainText('Công đoàn ngành Giáo dục');
    await expect(p.getByTestId('overview-chart')).toBeVisible();
  } finally {
    for (const m of modes) await m.stop();
    for (const d of [...dirs, usb]) rmSync(d, { recursive: true, force: true });
  }
});
