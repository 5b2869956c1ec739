import { existsSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { expect, fillTemplateGaps, setUpOffice, test } from './fixtures';

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

    // Reloaded before the autosave pause is over: the page reopens the same draft, with nothing lost.
    await page.reload();
    await expect(page.locator('body[data-ready="true"]')).toBeAttached();
    await expect(page.getByRole('heading', { name: 'Soạn báo cáo' })).toBeVisible();
    await expect(page.getByTestId('draft-preview')).toContainText('Đã tổ chức 12 hội nghị quán triệt.');
    await expect(page.getByLabel('Họ tên người ký')).toHaveValue('Nguyễn Văn An');
    await expect(page.getByTestId('save-state')).toContainText('Đã lưu lúc');
    // And it is in the archive's copy, not only in this browser.
    await page.getByRole('button', { name: 'Soạn thảo văn bản đi' }).click();
    await page.evaluate(() => localStorage.clear());
    await page.getByRole('button', { name: /Báo cáo: Kết quả thực hiện Kế hoạch số 314/ }).click();
    await expect(page.getByTestId('draft-preview')).toContainText('Đã tổ chức 12 hội nghị quán triệt.');

    await page.getByRole('button', { name: 'Lưu DOCX' }).click();
    const saved = page.getByRole('status').filter({ hasText: 'Đã lưu DOCX' });
    await expect(saved).toBeVisible();
    const path = ((await saved.textContent()) ?? '').replace('Đã lưu DOCX: ', '').trim();
    expect(existsSync(path)).toBe(true);
    expect(basename(path)).toBe('Dự thảo Báo cáo Kết quả thực hiện Kế hoạch số 314-KH-LĐLĐ.docx');
    expect([...readFileSync(path).subarray(0, 2)]).toEqual([0x50, 0x4b]);

    // The template's gaps are refused before any number is taken, with where they are.
    await page.getByLabel('Ngày ban hành').fill('05/03/2026');
    await page.getByRole('button', { name: 'Ban hành (cấp số)' }).click();
    const refusal = page.getByRole('alert').filter({ hasText: 'còn chỗ “…” của mẫu chưa điền' });
    await expect(refusal).toContainText('(Nội dung đoạn 4: “…”; Nội dung đoạn 6: “…”;');
    await fillTemplateGaps(page);

    let question = '';
    page.once('dialog', (d) => {
      question = d.message();
      void d.accept();
    });
    await page.getByRole('button', { name: 'Ban hành (cấp số)' }).click();
    await expect(page.getByRole('heading', { name: 'Báo cáo 01/BC-CĐVC' })).toBeVisible();
    expect(question).toContain('Ban hành văn bản số 01/BC-CĐVC, ngày 05/03/2026?');

    await page.getByRole('button', { name: 'Sổ văn bản đi' }).click();
    await expect(page.getByTestId('outgoing-register')).toContainText('01/BC-CĐVC');
    await expect(page.getByTestId('outgoing-register')).toContainText('Trả lời văn bản số 314/KH-LĐLĐ');
    // The issued document took the draft's place in the history: Back never reopens a draft that is no more.
    await page.goBack();
    await expect(page.getByRole('heading', { name: 'Báo cáo 01/BC-CĐVC' })).toBeVisible();
    await page.goBack();
    await expect(page.getByRole('heading', { level: 1, name: 'Soạn thảo văn bản đi' })).toBeVisible();
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

test('the confirm step warns of a date in a later year, and cancelling it takes no number', async ({ app, page }) => {
  await app.open(page);
  await setUpOffice(page);
  await page.getByRole('button', { name: 'Soạn thảo văn bản đi' }).click();
  await page.getByLabel('Loại văn bản mới').selectOption({ label: 'Thông báo' });
  await page.getByRole('button', { name: 'Soạn mới từ mẫu' }).click();
  await page.getByLabel('Trích yếu').fill('Lịch làm việc tháng 3');
  await page.getByLabel('Họ tên người ký').fill('Nguyễn Văn An');
  await page.getByLabel('Nơi nhận (mỗi dòng một nơi)').fill('Các đơn vị\nLưu: VT');
  await fillTemplateGaps(page);
  const nextYear = new Date().getFullYear() + 1;
  await page.getByLabel('Ngày ban hành').fill(`05/03/${nextYear}`);
  let question = '';
  page.once('dialog', (d) => {
    question = d.message();
    void d.dismiss();
  });
  await page.getByRole('button', { name: 'Ban hành (cấp số)' }).click();
  await expect.poll(() => question).toContain(`Ban hành văn bản số 01/TB-CĐVC, ngày 05/03/${nextYear}?`);
  expect(question).toContain(`là ngày trong tương lai`);
  expect(question).toContain(`sẽ lấy số trong sổ văn bản đi năm ${nextYear}`);
  await expect(page.getByRole('heading', { name: 'Soạn thông báo' })).toBeVisible();
  await page.getByRole('button', { name: 'Sổ văn bản đi' }).click();
  await expect(page.getByTestId('outgoing-register')).not.toContainText('TB-CĐVC');
});

test('the editor fits a 1366 × 768 screen: no field runs under the preview, the text boxes are wide', async ({ app, page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await app.open(page);
  await setUpOffice(page);
  await page.getByTestId('doc-row').filter({ hasText: '314/KH-LĐLĐ' }).click();
  await page.getByRole('button', { name: 'Trả lời / Báo cáo' }).click();
  await expect(page.getByTestId('draft-preview')).toContainText('BÁO CÁO');
  const layout = await page.evaluate(() => {
    const form = (document.querySelector('.draft-form') as HTMLElement).getBoundingClientRect();
    const preview = (document.querySelector('.preview-wrap') as HTMLElement).getBoundingClientRect();
    const controls = Array.from(document.querySelectorAll<HTMLElement>('.draft-form input, .draft-form select, .draft-form textarea, .rich-line'));
    const measure = document.createElement('span');
    document.body.append(measure);
    const kinds = Array.from(document.querySelectorAll<HTMLSelectElement>('.block-kind')).map((select) => {
      measure.style.font = getComputedStyle(select).font;
      const widest = Math.max(...Array.from(select.options).map((o) => ((measure.textContent = o.text), measure.getBoundingClientRect().width)));
      return { width: select.getBoundingClientRect().width, widest };
    });
    measure.remove();
    return {
      formRight: form.right,
      previewLeft: preview.left,
      rightmost: Math.max(...controls.map((c) => c.getBoundingClientRect().right)),
      narrowestText: Math.min(...Array.from(document.querySelectorAll('.rich-line')).map((c) => c.getBoundingClientRect().width)),
      kinds,
    };
  });
  expect(layout.rightmost).toBeLessThanOrEqual(layout.formRight + 0.5);
  expect(layout.formRight).toBeLessThan(layout.previewLeft);
  expect(layout.narrowestText).toBeGreaterThan(450);
  for (const kind of layout.kinds) expect(kind.width).toBeGreaterThan(kind.widest + 16);
  for (const label of ['Chức vụ', 'Ký hiệu', 'Độ mật']) await expect(page.getByLabel(label, { exact: true })).toBeInViewport({ ratio: 1 });
});

test('the Người ký list shows each signature once', async ({ app, page }) => {
  await app.open(page);
  await setUpOffice(page);
  await page.getByRole('button', { name: 'Thông tin cơ quan' }).click();
  await page.getByRole('button', { name: 'Lưu', exact: true }).click();
  await expect(page.getByRole('status')).toContainText('Đã lưu thông tin cơ quan.');
  await page.getByRole('button', { name: 'Soạn thảo văn bản đi' }).click();
  await page.getByRole('button', { name: 'Soạn mới từ mẫu' }).click();
  const signers = page.getByLabel('Người ký', { exact: true });
  // The choices arrive from the main process after the editor opens.
  await expect(signers.locator('option', { hasText: 'TM. BAN CHẤP HÀNH / CHỦ TỊCH' })).toHaveCount(1);
  const options = await signers.locator('option').allTextContents();
  expect(options.length).toBeGreaterThan(3);
  expect(new Set(options).size).toBe(options.length);
  expect(options).toContain('TM. BAN CHẤP HÀNH / CHỦ TỊCH');
});

test('a very long trích yếu is kept with a hint, and điểm a) show upright on the page', async ({ app, page }) => {
  await app.open(page);
  await setUpOffice(page);
  await page.getByRole('button', { name: 'Soạn thảo văn bản đi' }).click();
  await page.getByLabel('Loại văn bản mới').selectOption({ label: 'Công văn' });
  await page.getByRole('button', { name: 'Soạn mới từ mẫu' }).click();
  const subject = 'đề nghị các cấp công đoàn tăng cường tuyên truyền, phổ biến và tổ chức thực hiện Nghị quyết số 02-NQ/TW '.repeat(4).trim();
  const field = page.getByLabel('Trích yếu');
  await field.fill(subject);
  await expect(field).toHaveValue(subject);
  await expect(field).toHaveAccessibleDescription(new RegExp(`^Trích yếu dài ${subject.length} ký tự, khi in chiếm khoảng \\d+ dòng\\. Trích yếu nên ngắn gọn`, 'u'));
  await expect(field).not.toHaveAttribute('aria-invalid', 'true');
  await field.fill('xin ý kiến về dự thảo quy chế');
  await expect(field).not.toHaveAccessibleDescription(/Trích yếu dài/u);

  await page.getByLabel('Kiểu đoạn 2').selectOption({ label: 'Điểm (a, b…)' });
  const point = page.getByTestId('draft-preview').locator('.body p.h3');
  await expect(point).toHaveText(/^a\) /u);
  await expect(point).toHaveCSS('font-style', 'normal');
  await expect(point).toHaveCSS('font-weight', '400');
});
