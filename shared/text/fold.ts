/**
 * Vietnamese text folding for search and matching.
 *
 * `foldText` maps every UTF-16 code unit of NFC text to exactly one code unit, so an offset found in the
 * folded text is the same offset in the NFC original: highlighting can cut the original text with the
 * positions found in the folded one.
 */

function foldChar(ch: string): string {
  let folded: string;
  if (ch === 'đ' || ch === 'Đ') folded = 'd';
  else {
    const base = ch.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
    // Characters whose folding would change the length (e.g. 'İ' → 'i̇', ligatures) keep themselves lower-cased
    // only when that keeps one code unit; otherwise they stay as they are.
    if (base.length === 1) folded = base;
    else {
      const lower = ch.toLowerCase();
      folded = lower.length === 1 ? lower : ch;
    }
  }
  return folded;
}

/** NFC-normalise; use this before storing any text that will later be highlighted with folded offsets. */
export function toNfc(text: string): string {
  return text.normalize('NFC');
}

/**
 * Lower-cases and strips Vietnamese diacritics (đ → d). Input is normalised to NFC first; the result has the
 * same length as `toNfc(text)`.
 */
export function foldText(text: string): string {
  const nfc = text.normalize('NFC');
  const table = foldTable();
  const out = new Uint16Array(nfc.length);
  for (let i = 0; i < nfc.length; i++) out[i] = table[nfc.charCodeAt(i)] as number;
  return UTF16.decode(out);
}

// Decodes the folded code units back to a string in one native call; lone surrogates were copied as they were
// and decode to U+FFFD, which keeps the length.
type Utf16Decoder = { decode(input: Uint16Array): string };
// TextDecoder exists in Node and in every browser; shared/ is typed without either platform's library.
const UTF16 = new (globalThis as unknown as { TextDecoder: new (label: string) => Utf16Decoder }).TextDecoder('utf-16le');

let table: Uint16Array | null = null;

/** One folded code unit for every UTF-16 code unit, built once: folding is then a table look-up per character. */
function foldTable(): Uint16Array {
  if (table) return table;
  table = new Uint16Array(0x10000);
  for (let code = 0; code < 0x10000; code++) {
    if (code < 0x80) table[code] = code >= 65 && code <= 90 ? code + 32 : code;
    else if (code >= 0xd800 && code <= 0xdfff) table[code] = code;
    else if (code >= 0x0300 && code <= 0x036f) table[code] = 0x20;
    else table[code] = foldChar(String.fromCharCode(code)).charCodeAt(0);
  }
  return table;
}

/** Folds and collapses whitespace: for comparing names and headers, not for offsets. */
export function foldKey(text: string): string {
  return foldText(text).replace(/\s+/g, ' ').trim();
}
