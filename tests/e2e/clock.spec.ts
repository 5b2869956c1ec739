import { join } from 'node:path';
import Database from 'better-sqlite3';
import { expect, setUpOffice, test } from './fixtures';

test('a PC clock set back behind what the archive already recorded is pointed out above every screen', async ({ app, page }) => {
  await app.open(page);
  await setUpOffice(page);
  await expect(page.getByTestId('clock-banner')).toHaveCount(0);
  // As when the clock was right a while ago and has since been put back (a flat CMOS battery).
  const later = new Date(Date.now() + 400 * 86_400_000);
  const db = new Database(join(app.dataDir, 'office.sqlite'));
  db.prepare("INSERT INTO audit (at, action, entity, entity_id) VALUES (?, 'handling.changed', 'document', 'x')").run(later.toISOString());
  db.close();
  await page.reload();
  const banner = page.getByTestId('clock-banner');
  await expect(banner).toContainText('Đồng hồ máy tính đang chỉ');
  await expect(banner).toContainText(`sớm hơn lần ghi gần nhất vào kho (${String(later.getDate()).padStart(2, '0')}/${String(later.getMonth() + 1).padStart(2, '0')}/${later.getFullYear()}`);
  await expect(banner).toContainText('Hãy chỉnh lại ngày giờ của máy tính');
  await page.getByRole('button', { name: 'Sổ văn bản đến' }).click();
  await expect(banner).toBeVisible();
});
