import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppError } from '../../shared/errors';

function sofficeCandidates(): string[] {
  const fromEnv = process.env.VANTHU_SOFFICE ? [process.env.VANTHU_SOFFICE] : [];
  if (process.platform === 'win32') {
    return [...fromEnv, 'C:\\Program Files\\LibreOffice\\program\\soffice.exe', 'C:\\Program Files (x86)\\LibreOffice\\program\\soffice.exe', 'soffice.exe'];
  }
  return [...fromEnv, 'soffice', 'libreoffice', '/usr/bin/soffice', '/Applications/LibreOffice.app/Contents/MacOS/soffice'];
}

function run(bin: string, args: string[]): Promise<boolean> {
  return new Promise((resolve) => {
    execFile(bin, args, { timeout: 120_000 }, (error) => resolve(!error));
  });
}

/** Converts DOCX bytes to PDF with LibreOffice; a clear error when LibreOffice is not installed. */
export async function docxToPdf(docx: Uint8Array): Promise<Uint8Array> {
  const dir = mkdtempSync(join(tmpdir(), 'vanthu-pdf-'));
  try {
    const input = join(dir, 'van-ban.docx');
    writeFileSync(input, docx);
    // A private profile folder: a LibreOffice window the clerk has open does not block the conversion.
    const profile = `-env:UserInstallation=file://${join(dir, 'profile').replace(/\\/g, '/')}`;
    for (const bin of sofficeCandidates()) {
      if (await run(bin, [profile, '--headless', '--convert-to', 'pdf', '--outdir', dir, input])) {
        return readFileSync(join(dir, 'van-ban.pdf'));
      }
    }
    throw new AppError('SOFFICE_MISSING');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
