import { resolve } from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';
// @ts-expect-error plain ESM helper shared with the start script
import { electronBinaryPath } from '../../scripts/electronBinary.mjs';

const root = resolve(import.meta.dirname, '..', '..');
const binary = electronBinaryPath(root) as string | null;
const reason = 'Không có tệp chạy Electron trên máy này (node_modules/electron chưa tải bản nhị phân); kiểm thử vỏ Electron được bỏ qua.';

test.describe('Electron shell', () => {
  test.skip(!binary, reason);
  if (!binary) console.log(`[bỏ qua] ${reason}`);

  test('locks the window down: no Node, no window.open, no navigation away', async () => {
    const app = await electron.launch({ executablePath: binary as string, args: [root], env: { ...process.env, VANTHU_DATA: resolve(root, 'test-results', 'electron-data') } });
    const page = await app.firstWindow();
    await expect(page.locator('body[data-ready="true"]')).toBeAttached();
    expect(await page.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');
    expect(await page.evaluate(() => typeof (globalThis as { process?: unknown }).process)).toBe('undefined');
    expect(await page.evaluate(() => Object.keys((window as unknown as { api: object }).api).sort())).toEqual(['invoke', 'subscribe']);
    expect(await page.evaluate(() => window.open('https://example.com'))).toBeNull();
    await page.evaluate(() => {
      location.href = 'https://example.com';
    });
    await page.waitForTimeout(300);
    expect(page.url()).toMatch(/^vanthu:\/\/app\//);
    const envelope = await page.evaluate(() => (window as unknown as { api: { invoke(n: string, i: unknown): Promise<unknown> } }).api.invoke('documents:get', { id: 42 }));
    expect(envelope).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    await app.close();
  });
});
