import mammoth from 'mammoth';

/** The part of mammoth's document model the caps transform needs. */
type DocElement = { type: string; value?: string; isAllCaps?: boolean; children?: DocElement[] };

/** Text under Word's "all caps" formatting is printed in capitals; the header reader should see it so. */
function capitalise(element: DocElement, caps = false): DocElement {
  const upper = caps || element.isAllCaps === true;
  if (element.type === 'text' && upper && typeof element.value === 'string') return { ...element, value: element.value.toUpperCase() };
  if (!Array.isArray(element.children)) return element;
  return { ...element, children: element.children.map((child) => capitalise(child, upper)) };
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", nbsp: ' ' };

/** Mammoth's HTML to plain text: one paragraph per line with a blank line after, table cells in reading order. */
export function htmlToText(html: string): string {
  return html
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(?:p|h[1-6]|li|td|th|tr|table)>/gi, '\n\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (_, name: string) => ENTITIES[name] ?? '')
    .replace(/&#(\d{1,7});/g, (_, code: string) => (Number(code) <= 0x10ffff ? String.fromCodePoint(Number(code)) : ''))
    .replace(/\n{3,}/g, '\n\n');
}

/**
 * Text of a DOCX: paragraphs separated by blank lines, table cells one after another (left column first),
 * which is how the header reader expects a two-column header. Images are left out.
 */
export async function docxToText(bytes: Uint8Array): Promise<string> {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const result = await mammoth.convertToHtml(
    { buffer },
    {
      transformDocument: (document: DocElement) => capitalise(document),
      convertImage: mammoth.images.imgElement(async () => ({ src: '' })),
    },
  );
  return htmlToText(result.value).replace(/\r\n?/g, '\n');
}
