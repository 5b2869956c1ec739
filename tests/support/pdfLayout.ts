import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Why LibreOffice or poppler cannot be used here, or null when both are installed. */
export function pdfToolsMissing(): string | null {
  for (const tool of ['soffice', 'pdftotext', 'pdfinfo']) {
    if (spawnSync('which', [tool]).status !== 0) return `${tool} is not installed (apt-get install -y libreoffice-writer-nogui fonts-liberation poppler-utils)`;
  }
  return null;
}

export type PdfWord = { page: number; text: string; x: number; y: number; xMax: number; yMax: number };
export type PdfLayout = { pages: number; pageWidth: number; pageHeight: number; words: PdfWord[]; text: string[] };

/** Converts a DOCX with LibreOffice (private profile, so parallel runs do not collide) and reads the PDF back. */
export function docxToPdfLayout(docx: Uint8Array): PdfLayout {
  const dir = mkdtempSync(join(tmpdir(), 'vanthu-docx-pdf-'));
  try {
    const input = join(dir, 'draft.docx');
    writeFileSync(input, docx);
    execFileSync('soffice', [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, input], {
      stdio: 'ignore',
      timeout: 120_000,
    });
    const pdf = join(dir, 'draft.pdf');
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0);
    const html = execFileSync('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8' });
    const words: PdfWord[] = [];
    let page = 0;
    let pageWidth = 0;
    let pageHeight = 0;
    for (const m of html.matchAll(/<page width="([\d.]+)" height="([\d.]+)">|<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)) {
      if (m[1]) {
        page += 1;
        pageWidth = Number(m[1]);
        pageHeight = Number(m[2]);
        continue;
      }
      const decoded = (m[7] ?? '').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"');
      words.push({ page, text: decoded, x: Number(m[3]), y: Number(m[4]), xMax: Number(m[5]), yMax: Number(m[6]) });
    }
    const text = Array.from({ length: pages }, (_v, i) =>
      execFileSync('pdftotext', ['-f', String(i + 1), '-l', String(i + 1), '-layout', pdf, '-'], { encoding: 'utf8' }),
    );
    return { pages, pageWidth, pageHeight, words, text };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The first word on a page with the given text. */
export function wordOn(layout: PdfLayout, page: number, text: string): PdfWord | undefined {
  return layout.words.find((w) => w.page === page && w.text === text);
}
