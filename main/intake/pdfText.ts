import type { TextItem } from 'pdfjs-dist/types/src/display/api';

const PAGE_BATCH = 24;

type Positioned = { text: string; x: number; y: number; width: number; size: number };

const PAGE_NUMBER = /^\s*(?:-\s*)?\d{1,3}(?:\s*-)?\s*$|^\s*trang\s+\d{1,3}(?:\s*\/\s*\d{1,3})?\s*$/i;

function isTextItem(item: unknown): item is TextItem {
  return typeof item === 'object' && item !== null && typeof (item as TextItem).str === 'string' && Array.isArray((item as TextItem).transform);
}

/**
 * Rebuilds printed lines from positioned text items: items whose baselines are within half a font size form
 * one line, read left to right. A wide horizontal gap (two columns of a header or footer table) becomes a
 * run of spaces, which the header reader treats as a column break.
 */
export function itemsToLines(items: readonly Positioned[]): string[] {
  const sorted = items.filter((i) => i.text.length > 0).sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: Positioned[][] = [];
  for (const item of sorted) {
    const row = rows[rows.length - 1];
    const anchor = row?.[0];
    if (row && anchor && Math.abs(anchor.y - item.y) <= Math.max(2, Math.min(anchor.size, item.size) * 0.5)) row.push(item);
    else rows.push([item]);
  }
  const lines: string[] = [];
  for (const row of rows) {
    row.sort((a, b) => a.x - b.x);
    let line = '';
    let end = Number.NEGATIVE_INFINITY;
    for (const item of row) {
      const gap = item.x - end;
      const size = item.size || 10;
      if (line !== '') {
        if (gap > size * 2.5) line = `${line.trimEnd()}     `;
        else if (gap > size * 0.15 && !line.endsWith(' ') && !item.text.startsWith(' ')) line += ' ';
      }
      line += item.text;
      end = Math.max(end, item.x + item.width);
    }
    if (!PAGE_NUMBER.test(line)) lines.push(line.trimEnd());
  }
  return lines;
}

/** Text of a PDF via pdfjs-dist (legacy build for Node), page by page, with a blank line between pages. */
export async function pdfToText(bytes: Uint8Array): Promise<string> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
    verbosity: 0,
  });
  try {
    const doc = await task.promise;
    const readPage = async (number: number): Promise<string> => {
      const page = await doc.getPage(number);
      const content = await page.getTextContent();
      const items: Positioned[] = [];
      for (const item of content.items) {
        if (!isTextItem(item)) continue;
        const [a = 1, b = 0, , , x = 0, y = 0] = item.transform as number[];
        items.push({ text: item.str, x, y, width: item.width, size: Math.hypot(a, b) || item.height });
      }
      page.cleanup();
      return itemsToLines(items).join('\n');
    };
    // Asking for a batch of pages at once lets pdfjs pipeline its work: about three times faster than one by one.
    const pages: string[] = [];
    for (let first = 1; first <= doc.numPages; first += PAGE_BATCH) {
      const numbers = Array.from({ length: Math.min(PAGE_BATCH, doc.numPages - first + 1) }, (_, i) => first + i);
      pages.push(...(await Promise.all(numbers.map(readPage))));
    }
    return pages.join('\n\n');
  } finally {
    await task.destroy();
  }
}
