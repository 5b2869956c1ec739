import mammoth from 'mammoth';

/**
 * Raw text of a DOCX: paragraphs separated by blank lines, table cells one after another (left column
 * first), which is how the header reader expects a two-column header.
 */
export async function docxToText(bytes: Uint8Array): Promise<string> {
  const result = await mammoth.extractRawText({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) });
  return result.value.replace(/\r\n?/g, '\n');
}
