import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { extractCommand } from './extract';
import { runCaptured } from '../../tests/helpers/cliOutput';

const SAMPLE = join(import.meta.dirname ?? '', '../../resources/samples/001_34ba4a1aec06838d.txt');
const DOCX = join(import.meta.dirname ?? '', '../../tests/fixtures/intake/g1-ldld-congvan.docx');
const KEYS = [
  'numberSymbol', 'number', 'symbol', 'type', 'issuer', 'parentIssuer', 'place', 'issuedOn', 'subject',
  'addressees', 'distribution', 'signerName', 'signerTitle', 'signingAuthority', 'citations', 'reportDeadline', 'urgency', 'secrecy',
];
const dir = mkdtempSync(join(tmpdir(), 'vanthu-extract-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const run = (argv: string[]) => runCaptured((io) => extractCommand(argv, io));

describe('vanthu extract', () => {
  it('prints one JSON object per file per line with exactly the header keys', async () => {
    const { code, out } = await run([SAMPLE, DOCX, '--json']);
    expect(code).toBe(0);
    const lines = out.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    const [notice, letter] = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(Object.keys(notice ?? {})).toEqual(KEYS);
    expect(notice).toMatchObject({ numberSymbol: '108/TB-LĐLĐ', number: 108, type: 'Thông báo', issuedOn: '2024-10-14', issuer: null });
    expect(letter).toMatchObject({ numberSymbol: '318/LĐLĐ-CSPL', type: 'Công văn', reportDeadline: '2025-05-25' });
  });

  it('prints a Vietnamese summary without --json', async () => {
    const { code, out } = await run([SAMPLE]);
    expect(code).toBe(0);
    expect(out).toContain('Số, ký hiệu: 108/TB-LĐLĐ');
    expect(out).toContain('Cơ quan ban hành: (không có)');
    expect(out).toContain('    - Lưu VT');
  });

  it('reports a missing file in Vietnamese, keeps one line per file and exits with 1', async () => {
    const junk = join(dir, 'hong.pdf');
    writeFileSync(junk, '%PDF-1.4 hỏng');
    const { code, out, err } = await run(['--json', join(dir, 'khong-co.txt'), junk]);
    expect(code).toBe(1);
    expect(out.trimEnd().split('\n')).toHaveLength(2);
    expect(err).toContain('Không đọc được tệp');
    expect(err).toContain('Không mở được tệp PDF');
  });

  it('explains its usage when no file is given', async () => {
    const { code, err } = await run(['--json']);
    expect(code).toBe(2);
    expect(err).toContain('Cách dùng: vanthu extract');
  });
});
