import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SYNC_MESSAGES } from '../../shared/sync/reasons';
import { runCli } from './index';
import { runCaptured } from '../../tests/helpers/cliOutput';

const dir = mkdtempSync(join(tmpdir(), 'vanthu-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const run = (argv: string[]) => runCaptured((io) => runCli(argv, io));

describe('vanthu', () => {
  it.each([['--help'], ['-h'], []])('prints the usage on stdout for %j, with no complaint', async (...argv) => {
    const { code, out, err } = await run(argv);
    expect(code).toBe(0);
    expect(out).toMatch(/^Cách dùng: vanthu <lệnh>/);
    expect(out).toContain('vanthu export-bundle');
    expect(err).toBe('');
  });

  it('names an unknown command and shows the usage', async () => {
    const { code, err } = await run(['xuat']);
    expect(code).toBe(2);
    expect(err).toMatch(/^Không có lệnh “xuat”\.\nCách dùng/);
  });

  it('says in Vietnamese that the export folder does not exist, without a stack trace', async () => {
    const { code, out, err } = await run(['export-bundle', '--data', join(dir, 'data'), '--to', join(dir, 'khong-co'), '--peer', 'CD-A']);
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(err).toContain(SYNC_MESSAGES.FOLDER_NOT_FOUND);
    expect(err).not.toMatch(/\n\s+at /);
  });

  it('says which bundle file or folder to import was not found', async () => {
    const { code, err } = await run(['import-bundle', '--data', join(dir, 'data'), join(dir, 'khong-co.ctb')]);
    expect(code).toBe(1);
    expect(err).toContain('Không tìm thấy “');
    expect(err).not.toMatch(/\n\s+at /);
  });
});
