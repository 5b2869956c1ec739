/**
 * Số, ký hiệu of Vietnamese administrative documents: "108/TB-LĐLĐ", "572/LĐLĐ", "02-NQ/TW" (Party style).
 */

export type NumberSymbol = {
  /** The number as printed, keeping letters such as "06b". */
  readonly numberText: string;
  /** The numeric part, or null when there is none. */
  readonly number: number | null;
  readonly symbol: string;
};

const DASHES = /[\u2010-\u2015\u2212]/g;

/** Normalises dashes, spaces and case of a number/symbol as written in running text. */
export function normalizeNumberSymbol(raw: string): string {
  return raw
    .normalize('NFC')
    .replace(DASHES, '-')
    .replace(/\s*([/-])\s*/g, '$1')
    .replace(/\s+/g, '')
    .replace(/[.;,:]+$/, '')
    .toUpperCase()
    .replace(/QYĐ/g, 'QyĐ')
    .replace(/CTR/g, 'CTr')
    .replace(/TTR/g, 'TTr')
    .replace(/TRS/g, 'TrS');
}

/** Splits "108/TB-LĐLĐ" into number 108 and symbol "TB-LĐLĐ"; "02-NQ/TW" keeps its Party form. */
export function parseNumberSymbol(raw: string): NumberSymbol | null {
  const text = normalizeNumberSymbol(raw);
  const state = /^(\d+[A-Za-z]?)\/([A-ZĐa-zđ][\wĐđ.&-]*)$/u.exec(text);
  if (state) {
    const numberText = state[1] as string;
    return { numberText, number: Number.parseInt(numberText, 10), symbol: state[2] as string };
  }
  const party = /^(\d+[A-Za-z]?)-([A-ZĐa-zđ][\wĐđ./-]*)$/u.exec(text);
  if (party) {
    const numberText = party[1] as string;
    return { numberText, number: Number.parseInt(numberText, 10), symbol: party[2] as string };
  }
  return null;
}

/** "Số" is written with a leading zero below 10 (NĐ 30 Phụ lục I, ô 3). */
export function formatDocumentNumber(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/**
 * The number joined to its symbol as printed: "108/TB-LĐLĐ", and in the Party's layout, whose symbol names the
 * issuing body after a slash, "45-GM/ĐU" (Hướng dẫn 36-HD/VPTW). A State symbol never holds a slash.
 */
export function formatNumberSymbol(number: number | string | null, symbol: string): string {
  if (number === null || number === '') return symbol;
  const text = typeof number === 'number' ? formatDocumentNumber(number) : number;
  return `${text}${symbol.includes('/') ? '-' : '/'}${symbol}`;
}

/**
 * The key under which a number/symbol is compared: folded, dashes unified, leading zeros of the number
 * dropped ("05/BNV-VP" and "5/BNV-VP" are the same document), and the number joined by "/" whichever mark was
 * printed, so "45-GM/ĐU" and "45/GM/ĐU" are the same document too.
 */
export function numberSymbolKey(raw: string): string {
  const text = normalizeNumberSymbol(raw)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase();
  return text.replace(/^0+(?=\d)/, '').replace(/^(\d+[a-z]?)-/, '$1/');
}
