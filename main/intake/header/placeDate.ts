import { readDateAt, toIso } from './dates';
import { isBlank, type Line } from './lines';

export type PlaceDate = {
  readonly place: string | null;
  readonly issuedOn: string | null;
  readonly lines: number[];
};

/** Words that may sit inside a place name without a capital: "Bà Rịa - Vũng Tàu", "TP. Hồ Chí Minh". */
const CONNECTOR = /^(?:-|–|&)$/;

/** The place is the run of capitalised words right before the comma; anything earlier on the line is another cell. */
function placeFrom(before: string): string | null {
  const cut = before.replace(/^.*(?:[/:;]|[A-ZĐ]{2,}-[A-ZĐ]+)\s*/u, '');
  const words = cut.trim().split(/\s+/).filter((w) => w.length > 0);
  const kept: string[] = [];
  for (let i = words.length - 1; i >= 0; i--) {
    const word = words[i] as string;
    if (/^\p{Lu}/u.test(word) || (CONNECTOR.test(word) && kept.length > 0)) kept.unshift(word);
    else break;
  }
  while (kept.length > 0 && CONNECTOR.test(kept[0] as string)) kept.shift();
  const place = kept.join(' ').trim();
  return place.length > 0 && place.length <= 40 ? place : null;
}

function readLine(text: string, folded: string): { place: string | null; issuedOn: string } | null {
  const label = /(?:^|[\s,])ngay\s*(?=\d)/.exec(folded);
  if (!label) return null;
  const start = label.index + label[0].length;
  const date = readDateAt(folded.slice(start));
  if (!date || date.year === null) return null;
  const issuedOn = toIso(date);
  if (issuedOn === null) return null;
  const before = text.slice(0, label.index).replace(/[\s,]+$/, '');
  const place = before === '' ? null : placeFrom(before);
  // "Ngày 28/3/2025, đồng chí Chủ tịch …" opens a body sentence; the header's date stands alone or after a place.
  const after = text.slice(start + date.length).trim();
  if (place === null && !/^[.)*_]*$/.test(after)) return null;
  return { place, issuedOn };
}

/** The cells after line i that came from the same printed line, joined: "ngày    05    tháng …" split by wide gaps. */
function rowFrom(lines: readonly Line[], i: number): { text: string; folded: string; lines: number[] } | null {
  const first = lines[i] as Line;
  const taken = [i];
  for (let j = i + 1; j < lines.length && j < i + 8; j++) {
    const line = lines[j] as Line;
    if (line.source[0] !== first.source[0] || line.text === '') break;
    taken.push(j);
  }
  if (taken.length === 1) return null;
  const parts = taken.map((k) => lines[k] as Line);
  return { text: parts.map((p) => p.text).join(' '), folded: parts.map((p) => p.folded).join(' '), lines: taken };
}

/** Finds "Lai Châu, ngày 14 tháng 10 năm 2024" (or "ngày 14/10/2024") in the first lines. */
export function findPlaceDate(lines: readonly Line[], limit: number): PlaceDate | null {
  const end = Math.min(lines.length, limit);
  for (let i = 0; i < end; i++) {
    const line = lines[i] as Line;
    const row = rowFrom(lines, i);
    if (row && /(?:^|[\s,])ngay(?:\s*\d{0,2})?$/.test(line.folded)) {
      const found = readLine(row.text, row.folded);
      if (found) return { ...found, lines: row.lines };
    }
    if (!/(?:^|[\s,])ngay\s*\d/.test(line.folded)) continue;
    // Only a line that is the place/date cell: it starts with the place or with "ngày".
    if (!/^(?:so\s*:?\s*\S+\s+)?[\p{L}.\s-]{0,45},?\s*ngay\s*\d/u.test(line.folded)) continue;
    const found = readLine(line.text, line.folded);
    if (found) return { ...found, lines: [i] };
    let j = i + 1;
    while (j < end && isBlank(lines[j])) j++;
    const next = lines[j];
    if (next) {
      const joined = readLine(`${line.text} ${next.text}`, `${line.folded} ${next.folded}`);
      if (joined) return { ...joined, lines: [i, j] };
    }
  }
  return null;
}
