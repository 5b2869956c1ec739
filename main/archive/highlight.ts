import type { Highlight } from '../../shared/ipc/archiveTypes';
import { foldText } from '../../shared/text/fold';

type Range = [number, number];

/** Letters and digits, by code unit (the folded text is mostly ASCII): fast enough to call for every hit. */
function isWordChar(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  if (c < 0x80) return (c >= 48 && c <= 57) || (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  return c >= 0xc0 && !(c >= 0x2000 && c <= 0x2bff) && !(c >= 0x3000 && c <= 0x303f) && c !== 0xd7 && c !== 0xf7;
}

/** Ranges in `text` where a query word starts a word (the last typed word may match a prefix). */
export function findHits(text: string, words: string[], prefixWord: string | null): Range[] {
  const folded = foldText(text);
  const ranges: Range[] = [];
  for (const word of new Set(words)) {
    if (!word) continue;
    let from = 0;
    for (;;) {
      const at = folded.indexOf(word, from);
      if (at < 0) break;
      from = at + 1;
      if (isWordChar(folded[at - 1])) continue;
      let end = at + word.length;
      if (isWordChar(folded[end])) {
        if (word !== prefixWord) continue;
        while (isWordChar(folded[end])) end++;
      }
      ranges.push([at, end]);
    }
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: Range[] = [];
  for (const r of ranges) {
    const last = merged.at(-1);
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  return merged;
}

function segments(text: string, ranges: Range[], start: number, end: number): Highlight {
  const out: Highlight = [];
  let pos = start;
  for (const [a, b] of ranges) {
    if (b <= start || a >= end) continue;
    const from = Math.max(a, start);
    if (from > pos) out.push({ text: text.slice(pos, from), hit: false });
    const to = Math.min(b, end);
    out.push({ text: text.slice(from, to), hit: true });
    pos = to;
  }
  if (pos < end) out.push({ text: text.slice(pos, end), hit: false });
  return out;
}

/** The whole text with its hits marked (for short fields such as the subject). */
export function highlightAll(text: string, words: string[], prefixWord: string | null): Highlight {
  const nfc = text.normalize('NFC');
  return segments(nfc, findHits(nfc, words, prefixWord), 0, nfc.length);
}

/** Where the first hit is, folding the text a piece at a time: long bodies are rarely folded past their start. */
function firstHit(text: string, words: string[], prefixWord: string | null): number {
  const step = 2000;
  const overlap = 40;
  for (let from = 0; from < text.length; from += step) {
    const base = Math.max(0, from - overlap);
    const folded = foldText(text.slice(base, from + step));
    let best = -1;
    for (const word of words) {
      for (let at = folded.indexOf(word); at >= 0 && (best < 0 || at < best); at = folded.indexOf(word, at + 1)) {
        if (isWordChar(folded[at - 1])) continue;
        if (word !== prefixWord && isWordChar(folded[at + word.length])) continue;
        best = at;
        break;
      }
    }
    if (best >= 0) return base + best;
  }
  return -1;
}

/** A window of about `size` characters around the first hit, cut at word boundaries, with every hit in it marked. */
export function snippet(text: string, words: string[], prefixWord: string | null, size = 240): Highlight {
  // Stored text is NFC already (insertDocument); only the window shown is cleaned of line breaks.
  const nfc = text;
  if (nfc.length <= size) return segments(nfc.replace(/\s/g, ' '), findHits(nfc, words, prefixWord), 0, nfc.length);
  const at = firstHit(nfc, words, prefixWord);
  let start = Math.max(0, (at < 0 ? 0 : at) - Math.floor(size / 4));
  while (start > 0 && isWordChar(nfc[start - 1])) start--;
  let end = Math.min(nfc.length, start + size);
  while (end < nfc.length && isWordChar(nfc[end])) end++;
  const window = nfc.slice(start, end).replace(/\s/g, ' ');
  const out = segments(window, findHits(window, words, prefixWord), 0, window.length);
  if (start > 0) out.unshift({ text: '… ', hit: false });
  if (end < nfc.length) out.push({ text: ' …', hit: false });
  return out;
}
