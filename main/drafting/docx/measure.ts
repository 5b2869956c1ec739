/**
 * Width of text set in Times New Roman, from the font's published advance widths (units of 1/1000 em).
 * The short rules under the issuer, the Tiêu ngữ and the subject must match the length of their text
 * (NĐ 30 Phụ lục I, II.1 and II.2), and DOCX has no way to say "as long as the line above", so the
 * renderer measures. Vietnamese marks do not change a letter's advance, so letters are measured bare.
 */

const REGULAR_LOWER = [444, 500, 444, 500, 444, 333, 500, 500, 278, 278, 500, 278, 778, 500, 500, 500, 500, 333, 389, 278, 500, 500, 722, 500, 500, 444];
const REGULAR_UPPER = [722, 667, 667, 722, 611, 556, 722, 722, 333, 389, 722, 611, 889, 722, 722, 556, 722, 667, 556, 611, 722, 722, 944, 722, 722, 611];
const BOLD_LOWER = [500, 556, 444, 556, 444, 333, 500, 556, 278, 333, 556, 278, 833, 556, 500, 556, 556, 444, 389, 333, 556, 500, 722, 500, 500, 444];
const BOLD_UPPER = [722, 667, 722, 722, 667, 611, 778, 778, 389, 500, 778, 667, 944, 722, 778, 611, 778, 722, 556, 667, 722, 722, 1000, 722, 722, 667];

const PUNCTUATION: Record<string, number> = {
  ' ': 250, '.': 250, ',': 250, ':': 300, ';': 300, '-': 333, '/': 278, '(': 333, ')': 333,
  '"': 450, "'": 300, '“': 450, '”': 450, '…': 1000, '%': 900, '&': 800,
};

/** Advance of one character in 1/1000 em. */
function advance(ch: string, bold: boolean): number {
  const bare = ch.normalize('NFD').charAt(0).replace('đ', 'd').replace('Đ', 'D');
  const code = bare.charCodeAt(0);
  if (code >= 97 && code <= 122) return (bold ? BOLD_LOWER : REGULAR_LOWER)[code - 97] as number;
  if (code >= 65 && code <= 90) return (bold ? BOLD_UPPER : REGULAR_UPPER)[code - 65] as number;
  if (code >= 48 && code <= 57) return 500;
  return PUNCTUATION[bare] ?? 500;
}

export type FontStyle = { sizePt: number; bold?: boolean };

/** Width of a single line of text, in twips. */
export function textWidthTwips(text: string, style: FontStyle): number {
  let units = 0;
  for (const ch of text) units += advance(ch, style.bold === true);
  return Math.round((units / 1000) * style.sizePt * 20);
}

/** The lines a paragraph breaks into at the given width, breaking only between words as Word does. */
export function wrapLines(text: string, widthTwips: number, style: FontStyle): string[] {
  const lines: string[] = [];
  for (const hardLine of text.split('\n')) {
    let current = '';
    for (const word of hardLine.split(/\s+/u).filter((w) => w !== '')) {
      const candidate = current ? `${current} ${word}` : word;
      if (current && textWidthTwips(candidate, style) > widthTwips) {
        lines.push(current);
        current = word;
      } else {
        current = candidate;
      }
    }
    lines.push(current);
  }
  return lines;
}

/** Width of the longest line once the text is wrapped to the given width. */
export function longestLineTwips(text: string, widthTwips: number, style: FontStyle): number {
  return Math.min(widthTwips, Math.max(0, ...wrapLines(text, widthTwips, style).map((l) => textWidthTwips(l, style))));
}

/** Words that open the place part of a body's name: the natural place to break it. */
const PLACE_WORDS = new Set(['TỈNH', 'THÀNH', 'HUYỆN', 'QUẬN', 'THỊ', 'XÃ', 'PHƯỜNG']);
/** Two-syllable words of union names that must not be split across lines. */
const UNBREAKABLE = new Set(['LIÊN ĐOÀN', 'LAO ĐỘNG', 'CÔNG ĐOÀN', 'VIỆT NAM', 'THÀNH PHỐ', 'VIÊN CHỨC', 'CƠ SỞ', 'THƯỜNG VỤ', 'CHẤP HÀNH', 'KIỂM TRA', 'NGÀNH GIÁO', 'GIÁO DỤC', 'Y TẾ']);

/**
 * Breaks a body's name that needs two lines into two lines of similar length, as clerks do by hand:
 * before the place ("LIÊN ĐOÀN LAO ĐỘNG / TỈNH LAI CHÂU") when that fits, never inside a word such as
 * "LAO ĐỘNG". Text the clerk already broke, text that fits on one line and text needing three lines
 * or more is left to the word processor.
 */
export function balancedName(text: string, widthTwips: number, style: FontStyle): string {
  if (text.includes('\n')) return text;
  if (wrapLines(text, widthTwips, style).length !== 2) return text;
  const words = text.split(/\s+/u).filter((w) => w !== '');
  type Cut = { text: string; widest: number; rank: number };
  let best: Cut | null = null;
  for (let cut = 1; cut < words.length; cut += 1) {
    const first = words.slice(0, cut).join(' ');
    const second = words.slice(cut).join(' ');
    const widest = Math.max(textWidthTwips(first, style), textWidthTwips(second, style));
    if (widest > widthTwips) continue;
    const before = (words[cut - 1] as string).toLocaleUpperCase('vi');
    const after = (words[cut] as string).toLocaleUpperCase('vi');
    const rank = PLACE_WORDS.has(after) ? 0 : UNBREAKABLE.has(`${before} ${after}`) ? 2 : 1;
    if (!best || rank < best.rank || (rank === best.rank && widest < best.widest)) best = { text: `${first}\n${second}`, widest, rank };
  }
  return best?.text ?? text;
}
