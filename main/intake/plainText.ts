import type { IntakeWarning } from './warnings';

export type PlainTextResult = { text: string; warnings: IntakeWarning[] };

function decode(bytes: Uint8Array, encoding: string, fatal: boolean): string | null {
  try {
    return new TextDecoder(encoding, { fatal }).decode(bytes);
  } catch {
    return null;
  }
}

/** Share of characters that no text file would contain: NULs, control codes and replacement marks. */
function junkRatio(text: string): number {
  if (text.length === 0) return 0;
  // eslint-disable-next-line no-control-regex
  const junk = text.match(/[\u0000-\u0008\u000E-\u001F\uFFFD]/g)?.length ?? 0;
  return junk / text.length;
}

/**
 * Decodes a plain-text file: UTF-8 (with or without BOM) or UTF-16 by BOM; anything else is read as
 * Windows-1258, the old Vietnamese code page, with a warning. Binary junk gives empty text.
 */
export function decodePlainText(bytes: Uint8Array): PlainTextResult {
  let text: string | null = null;
  const warnings: IntakeWarning[] = [];
  if (bytes[0] === 0xff && bytes[1] === 0xfe) text = decode(bytes.subarray(2), 'utf-16le', false);
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = decode(bytes.subarray(2), 'utf-16be', false);
  else {
    const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
    text = decode(body, 'utf-8', true);
    if (text === null) {
      text = decode(body, 'windows-1258', false) ?? decode(body, 'latin1', false);
      warnings.push('ENCODING_GUESSED');
    }
  }
  if (text === null || junkRatio(text) > 0.05) return { text: '', warnings: ['NOT_TEXT'] };
  return { text: text.replace(/\r\n?/g, '\n'), warnings };
}
