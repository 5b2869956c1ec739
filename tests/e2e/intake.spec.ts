import Database from 'better-sqlite3';
import { join } from 'node:path';
import { AlignmentType, Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { expect, fillPaperEntry, setUpOffice, test } from './fixtures';

/** A received công văn as a real DOCX with the usual two-column header table. */
async function officialLetterDocx(number: string, subject = 'Tháng Công nhân năm 2026'): Promise<Buffer> {
  const cell = (lines: string[]) =>
    new TableCell({
      width: { size: 50, type: WidthType.PERCENTAGE },
      children: lines.map((l) => new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun(l)] })),
    });
  const header = new Table({
    rows: [
      new TableRow({
        children: [
          cell(['TỔNG LĐLĐ VIỆT NAM', 'LIÊN ĐOÀN LAO ĐỘNG', 'TỈNH LAI CHÂU', `Số: ${number}/LĐLĐ`, 'V/v báo cáo kết quả thực hiện', subject]),
          cell(['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Lai Châu, ngày 05 tháng 5 năm 2026']),
        ],
      }),
    ],
  });
  const p = (text: string) => new Paragraph({ children: [new TextRun(text)] });
  const doc = new Document({
    sections: [
      {
        children: [
          header,
          p('Kính gửi: Các công đoàn cơ sở trực thuộc.'),
          p('Thực hiện Kế hoạch số 314/KH-LĐLĐ ngày 16/02/2022 của Ban Thường vụ LĐLĐ tỉnh, đề nghị các đơn vị báo cáo kết quả về LĐLĐ tỉnh (qua Ban Tổ chức) trước ngày 30/5/2026.'),
          p('Nơi nhận:'),
          p('- Như kính gửi;'),
          p('- Lưu: VT.'),
          p('TM. BAN THƯỜNG VỤ'),
          p('CHỦ TỊCH'),
          p('Hoàng Thọ Trung'),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

test.describe('Nhận văn bản từ tệp', () => {
  test('reads the header of a DOCX, the clerk confirms with Enter, a second copy is flagged', async ({ app, page }) => {
    await app.open(page);
    await setUpOffice(page);
    await page.getByRole('button', { name: 'Nhận văn bản từ tệp' }).click();
    const file = { name: 'cv-215.docx', mimeType: DOCX_MIME, buffer: await officialLetterDocx('215') };
    await page.getByLabel('Chọn tệp văn bản').setInputFiles(file);
    const form = page.getByRole('form', { name: 'Xác nhận thông tin văn bản' });
    await expect(form.getByLabel('Số', { exact: true })).toHaveValue('215');
    await expect(form.getByLabel('Ký hiệu')).toHaveValue('LĐLĐ');
    await expect(form.getByLabel('Cơ quan ban hành *')).toHaveValue('LIÊN ĐOÀN LAO ĐỘNG TỈNH LAI CHÂU');
    await expect(form.getByLabel('Cơ quan chủ quản')).toHaveValue('TỔNG LĐLĐ VIỆT NAM');
    await expect(form.getByLabel('Ngày ban hành *')).toHaveValue('05/05/2026');
    await expect(form.getByLabel('Trích yếu *')).toHaveValue('báo cáo kết quả thực hiện Tháng Công nhân năm 2026');
    await expect(form.getByLabel('Hạn báo cáo')).toHaveValue('30/05/2026');
    await expect(form.getByLabel('Thẩm quyền ký')).toHaveValue('TM. BAN THƯỜNG VỤ');
    await expect(form.locator('.source').first()).toBeVisible();

    await form.getByLabel('Đơn vị hoặc người nhận').fill('Văn phòng');
    await form.getByLabel('Đơn vị hoặc người nhận').press('Enter');
    await expect(page.getByTestId('registered-banner')).toContainText(/Đã vào sổ với số đến \d+: hãy ghi số này lên dấu “Đến”/);

    await page.getByLabel('Chọn tệp văn bản').setInputFiles(file);
    await expect(page.getByTestId('intake-item')).toHaveCount(2);
    await page.getByTestId('intake-item').nth(1).click();
    await expect(page.getByTestId('duplicate-warning')).toContainText('Tệp này đã được vào sổ');
    await expect(page.getByRole('button', { name: 'Xác nhận và vào sổ (Enter)' })).toBeDisabled();

    // The registered letter links to the sample Kế hoạch 314/KH-LĐLĐ it cites, and keeps its original file.
    await page.getByTestId('intake-item').first().click();
    await page.getByRole('button', { name: 'Mở văn bản' }).click();
    await expect(page.getByRole('heading', { name: 'Công văn 215/LĐLĐ' })).toBeVisible();
    await page.getByTestId('citations').getByRole('button', { name: /314\/KH-LĐLĐ/ }).click();
    await expect(page.getByRole('heading', { name: 'Kế hoạch 314/KH-LĐLĐ' })).toBeVisible();
  });

  test('registers a batch in the background with a progress bar', async ({ app, page }) => {
    await app.open(page);
    await setUpOffice(page);
    await page.getByRole('button', { name: 'Nhận văn bản từ tệp' }).click();
    const files = await Promise.all(['301', '302', '303'].map(async (n) => ({ name: `cv-${n}.docx`, mimeType: DOCX_MIME, buffer: await officialLetterDocx(n) })));
    await page.getByLabel('Chọn tệp văn bản').setInputFiles(files);
    await page.getByRole('button', { name: 'Vào sổ tất cả văn bản đã đọc đủ' }).click();
    await expect(page.getByTestId('batch-progress')).toContainText('Xong 3/3 tệp: 3 văn bản đã vào sổ.');
    await expect(page.getByTestId('intake-item').filter({ hasText: 'Đã vào sổ' })).toHaveCount(3);
    await page.getByRole('button', { name: 'Sổ văn bản đến' }).click();
    // Files are entered in the register of the year they arrive, which is today.
    await page.getByLabel('Năm của sổ').fill(String(new Date().getFullYear()));
    await expect(page.getByTestId('incoming-register')).toContainText('301/LĐLĐ');
    await expect(page.getByTestId('incoming-register')).toContainText('303/LĐLĐ');
  });

  test('a folder of 500 files: stopped midway it leaves only whole registrations, and goes on to the end', async ({ app, page }) => {
    test.setTimeout(300_000);
    await app.open(page);
    await setUpOffice(page);
    await page.getByRole('button', { name: 'Nhận văn bản từ tệp' }).click();
    const files = await Promise.all(
      Array.from({ length: 500 }, async (_, i) => ({ name: `cv-${1001 + i}.docx`, mimeType: DOCX_MIME, buffer: await officialLetterDocx(String(1001 + i), `Tháng Công nhân năm 2026 (mẫu ${1001 + i})`) })),
    );
    await page.getByLabel('Chọn tệp văn bản').setInputFiles(files);
    await page.getByRole('button', { name: 'Vào sổ tất cả văn bản đã đọc đủ' }).click();
    const progress = page.getByTestId('batch-progress');
    await expect(progress).toContainText(/\b(2\d|[3-9]\d)\/500 tệp đã xử lý/, { timeout: 120_000 });
    await page.getByRole('button', { name: 'Dừng' }).click();
    await expect(progress).toContainText('Đã dừng');

    // Every file the list shows as registered is in the register whole (document, số đến, original), and nothing
    // else is; the sample archive's five documents are left out of the counts.
    await expect(page.getByTestId('intake-item').filter({ hasText: 'Đang vào sổ' })).toHaveCount(0);
    const registered = page.getByTestId('intake-item').filter({ hasText: 'Đã vào sổ' });
    const shown = await registered.count();
    expect(shown).toBeGreaterThanOrEqual(20);
    expect(shown).toBeLessThan(500);
    await expect(progress).toContainText(`${shown}/500 tệp: ${shown} văn bản đã vào sổ; ${500 - shown} tệp chưa vào sổ`);
    const counts = () => {
      const db = new Database(join(app.dataDir, 'office.sqlite'), { readonly: true });
      try {
        return db
          .prepare(
            `SELECT (SELECT COUNT(*) FROM documents WHERE direction = 'incoming' AND is_sample = 0) AS documents,
               (SELECT COUNT(*) FROM incoming i JOIN documents d ON d.id = i.document_id WHERE d.is_sample = 0) AS entries,
               (SELECT COUNT(DISTINCT document_id) FROM attachments) AS originals,
               (SELECT COUNT(*) = MAX(arrival_number) AND COUNT(*) = COUNT(DISTINCT arrival_number) FROM incoming WHERE year = ? AND is_sample = 0) AS numberedWithoutGaps`,
          )
          .get(new Date().getFullYear()) as { documents: number; entries: number; originals: number; numberedWithoutGaps: number };
      } finally {
        db.close();
      }
    };
    expect(counts()).toEqual({ documents: shown, entries: shown, originals: shown, numberedWithoutGaps: 1 });

    // Started again, the batch takes the rest and the register ends with all 500, số đến without gaps.
    await page.getByRole('button', { name: 'Vào sổ tất cả văn bản đã đọc đủ' }).click();
    await expect(progress).toContainText(`Xong ${500 - shown}/${500 - shown} tệp`, { timeout: 240_000 });
    await expect(registered).toHaveCount(500);
    expect(counts()).toEqual({ documents: 500, entries: 500, originals: 500, numberedWithoutGaps: 1 });
  });

  test('a batch with a repeated letter, a broken file and a photo says how each ended', async ({ app, page }) => {
    await app.open(page);
    await setUpOffice(page);
    await page.getByRole('button', { name: 'Nhận văn bản từ tệp' }).click();
    await page.getByLabel('Chọn tệp văn bản').setInputFiles([
      { name: 'cv-215.docx', mimeType: DOCX_MIME, buffer: await officialLetterDocx('215') },
      { name: 'cv-215-gui-lai.docx', mimeType: DOCX_MIME, buffer: await officialLetterDocx('215', 'Tháng Công nhân năm 2026 (gửi lại)') },
      { name: 'hong.docx', mimeType: DOCX_MIME, buffer: Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]) },
      { name: 'anh-cong-van.pdf', mimeType: 'application/pdf', buffer: Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46]) },
      { name: 'chup.jpg', mimeType: 'image/jpeg', buffer: Buffer.from([0xff, 0xd8, 0xff, 0xe0]) },
    ]);
    const items = page.getByTestId('intake-item');
    await expect(items.filter({ hasText: 'Không đọc được' })).toHaveCount(3);
    await page.getByRole('button', { name: 'Vào sổ tất cả văn bản đã đọc đủ' }).click();
    await expect(page.getByTestId('batch-progress')).toContainText(
      'Xong 5/5 tệp: 1 văn bản đã vào sổ, 1 trùng, không vào sổ lại, 3 tệp không đọc được.',
    );
    await expect(items.filter({ hasText: 'cv-215-gui-lai.docx' })).toContainText('Trùng');
    await items.filter({ hasText: 'cv-215-gui-lai.docx' }).click();
    await expect(page.getByTestId('duplicate-warning')).toContainText('Hãy mở văn bản đã đăng ký');

    await items.filter({ hasText: 'anh-cong-van.pdf' }).click();
    await expect(page.getByTestId('unreadable-warning')).toContainText('thực chất là ảnh chụp');
    await expect(page.getByText('Ảnh ·')).toBeVisible();
    await items.filter({ hasText: 'hong.docx' }).click();
    await expect(page.getByTestId('unreadable-warning')).toContainText('Không mở được tệp Word');
    await items.filter({ hasText: 'chup.jpg' }).click();
    await expect(page.getByTestId('unreadable-warning')).toContainText('chương trình không đọc chữ trong ảnh');

    await items.filter({ hasText: 'cv-215-gui-lai.docx' }).click();
    await page.getByTestId('duplicate-warning').getByRole('button', { name: 'Mở văn bản đã có' }).click();
    await expect(page.getByRole('heading', { name: 'Công văn 215/LĐLĐ' })).toBeVisible();
  });

  test('after Enter the số đến given is shown and the next file waiting is selected', async ({ app, page }) => {
    await app.open(page);
    await setUpOffice(page);
    await page.getByRole('button', { name: 'Nhận văn bản từ tệp' }).click();
    const invitation = ['ĐẢNG ỦY XÃ BÌNH LƯ', 'Số: 45-GM/ĐU', 'HỎA TỐC', 'ĐẢNG CỘNG SẢN VIỆT NAM', 'Bình Lư, ngày 02 tháng 11 năm 2026', 'GIẤY MỜI',
      'Dự hội nghị sơ kết công tác quý IV', 'Ban Thường vụ Đảng ủy trân trọng kính mời đồng chí dự hội nghị.'].join('\n');
    await page.getByLabel('Chọn tệp văn bản').setInputFiles([
      { name: 'gm-45.txt', mimeType: 'text/plain', buffer: Buffer.from(invitation) },
      { name: 'cv-216.docx', mimeType: DOCX_MIME, buffer: await officialLetterDocx('216') },
    ]);
    const form = page.getByRole('form', { name: 'Xác nhận thông tin văn bản' });
    await expect(form.getByRole('heading', { name: 'gm-45.txt' })).toBeVisible();
    await expect(form.getByLabel('Độ khẩn')).toHaveValue('flash');
    await expect(form.getByLabel('Ký hiệu')).toHaveValue('GM/ĐU');
    await expect(page.getByTestId('intake-item').nth(1)).toContainText('Đã đọc – chờ xác nhận');
    await form.getByLabel('Đơn vị hoặc người nhận').press('Enter');
    await expect(page.getByTestId('intake-item').first()).toContainText('Đã vào sổ');
    await expect(form.getByRole('heading', { name: 'cv-216.docx' })).toBeVisible();
    await page.getByTestId('intake-item').first().click();
    await expect(page.getByTestId('given-arrival-number')).toHaveText(/^\d+$/);
    await page.getByRole('button', { name: 'Mở văn bản' }).click();
    await expect(page.getByRole('heading', { name: 'Giấy mời 45-GM/ĐU' })).toBeVisible();
  });

  test('the paper form refuses an arrival before the issue date and asks before a back-dated arrival', async ({ app, page }) => {
    await app.open(page);
    await setUpOffice(page);
    await page.getByRole('button', { name: 'Vào sổ văn bản giấy' }).click();
    const fill = (number: string, issuedOn: string, arrivedOn: string) =>
      fillPaperEntry(page, { number, symbol: 'NQ/ĐU', issuedOn, issuer: 'ĐẢNG ỦY XÃ BÌNH LƯ', subject: `Nghị quyết số ${number}`, arrivedOn });
    await fill('12', '20/12/2026', '23/11/2026');
    await page.getByRole('button', { name: 'Vào sổ', exact: true }).click();
    await expect(page.getByRole('alert')).toContainText('văn bản không thể đến trước khi được ban hành');
    await page.getByLabel('Ngày ban hành *').fill('20/11/2026');
    await page.getByRole('button', { name: 'Vào sổ', exact: true }).click();
    await expect(page.getByRole('heading', { name: /12-NQ\/ĐU/ })).toBeVisible();

    await page.getByRole('button', { name: 'Vào sổ văn bản giấy' }).click();
    await fill('13', '28/10/2026', '30/10/2026');
    await expect(page.getByTestId('earlier-arrival-warning')).toContainText('23/11/2026');
    await page.getByRole('button', { name: 'Vào sổ', exact: true }).click();
    await expect(page.getByRole('alert')).toContainText('số đến được cấp theo thứ tự văn bản đến');
    await page.getByRole('button', { name: 'Vẫn vào sổ với ngày đến này' }).click();
    await expect(page.getByRole('heading', { name: /13-NQ\/ĐU/ })).toBeVisible();
  });
});
