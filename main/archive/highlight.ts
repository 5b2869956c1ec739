import type { Highlight } from '../../shared/ipc/archiveTypes';
import { foldText } from '../../shared/text/fold';

type Range = [number, number];

const isWordChar = (ch: string | undefined): boolean => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);

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

/** A window of about `size` characters around the densest run of hits, cut at word boundaries. */
export function snippet(text: string, words: string[], prefixWord: string | null, size = 240): Highlight {
  const nfc = text.normalize('NFC').replace(/\s+/g, ' ');
  const hits = findHits(nfc, words, prefixWord);
  if (nfc.length <= size) return segments(nfc, hits, 0, nfc.length);
  let best = 0;
  let bestCount = -1;
  for (let i = 0; i < hits.length; i++) {
    const windowStart = (hits[i] as Range)[0];
    let count = 0;
    for (let j = i; j < hits.length && (hits[j] as Range)[1] <= windowStart + size; j++) count++;
    if (count > bestCount) {
      bestCount = count;
      best = windowStart;
    }
  }
  let start = Math.max(0, best - Math.floor(size / 4));
  while (start > 0 && isWordChar(nfc[start - 1])) start--;
  let end = Math.min(nfc.length, start + size);
  while (end < nfc.length && isWordChar(nfc[end])) end++;
  const out = segments(nfc, hits, start, end);
  if (start > 0) out.unshift({ text: '… ', hit: false });
  if (end < nfc.length) out.push({ text: ' …', hit: false });
  return out;
}
