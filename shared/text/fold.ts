/**
 * Vietnamese text folding for search and matching.
 *
 * `foldText` maps every UTF-16 code unit of NFC text to exactly one code unit, so an offset found in the
 * folded text is the same offset in the NFC original: highlighting can cut the original text with the
 * positions found in the folded one.
 */

const foldCache = new Map<string, string>();

function foldChar(ch: string): string {
  const cached = foldCache.get(ch);
  if (cached !== undefined) return cached;
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
  foldCache.set(ch, folded);
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
  let out = '';
  for (let i = 0; i < nfc.length; i++) {
    const code = nfc.charCodeAt(i);
    if (code < 0x80) {
      out += code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : nfc[i];
      continue;
    }
    // Surrogate pairs and combining marks left after NFC keep their length: they are not Vietnamese letters.
    if (code >= 0xd800 && code <= 0xdfff) {
      out += nfc[i];
      continue;
    }
    if (code >= 0x0300 && code <= 0x036f) {
      out += ' ';
      continue;
    }
    out += foldChar(nfc[i] as string);
  }
  return out;
}

/** Folds and collapses whitespace: for comparing names and headers, not for offsets. */
export function foldKey(text: string): string {
  return foldText(text).replace(/\s+/g, ' ').trim();
}
