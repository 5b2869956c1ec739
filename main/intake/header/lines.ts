import { foldText } from '../../../shared/text/fold';

/**
 * One cleaned line of a received document. A printed line that held two columns (separated by a tab or a
 * wide run of spaces) becomes several lines with the same `source`, left column first.
 */
export type Line = {
  /** Cleaned text: NFC, Markdown markers removed, spaces collapsed. Empty for a blank line. */
  readonly text: string;
  /** `foldText(text)` with dashes unified: lower case, no diacritics, same length as `text`. */
  readonly folded: string;
  /** Indexes (0-based) of the lines of the original text this line came from. */
  readonly source: readonly number[];
  /** The line was a Markdown heading or wholly bold: a hint for titles and subjects. */
  readonly emphasised: boolean;
};

const DASH_CHARS = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g;
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF]/g;
const ODD_SPACES = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;
const COLUMN_GAP = /\t+|\s{4,}/;
const PAGE_NUMBER = /^(?:-\s*)?\d{1,3}(?:\s*-)?$|^trang\s+\d{1,3}(?:\s*\/\s*\d{1,3})?$/i;
const RULE_LINE = /^[-_=*~.·•\s]{3,}$/;
// Control characters that PDF and binary junk leave behind; tab, newline and CR are handled elsewhere.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFD]/g;

/** Unifies the many dashes of word processors and PDF fonts to "-" for matching. */
export function unifyDashes(text: string): string {
  return text.replace(DASH_CHARS, '-');
}

export function foldLine(text: string): string {
  return unifyDashes(foldText(text));
}

function stripMarkdown(line: string): { text: string; emphasised: boolean } {
  let text = line;
  let emphasised = false;
  const heading = /^\s{0,3}#{1,6}\s+/.exec(text);
  if (heading) {
    emphasised = true;
    text = text.slice(heading[0].length).replace(/\s#+\s*$/, '');
  }
  text = text.replace(/^\s*>\s?/, '');
  const trimmed = text.trim();
  if (/^(\*\*|__).+(\*\*|__)$/.test(trimmed) && trimmed.length > 4) emphasised = true;
  text = text.replace(/\*\*|__/g, '');
  text = text.replace(/^(\s*)[*+•●▪◦]\s+/, '$1- ');
  text = text.replace(/(^|[\s(“"])\*(?=\S)|(?<=\S)\*(?=$|[\s.,;:)”"])/g, '$1');
  text = text.replace(/(^|\s)_(?=\S)|(?<=\S)_(?=\s|$)/g, '$1');
  text = text.replace(/\\([\\`*_{}[\]()#+\-.!|])/g, '$1');
  // A break inside a table cell starts a new printed line, as a column gap does.
  text = text.replace(/<br\s*\/?>/gi, '    ').replace(/\\$/, '');
  text = text.replace(/&nbsp;/g, ' ').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>');
  // Markdown tables: each cell is a column.
  if (/^\s*\|.*\|\s*$/.test(text)) text = text.trim().replace(/^\||\|$/g, '').replace(/\s*\|\s*/g, '    ');
  return { text, emphasised };
}

// The Quốc hiệu may wrap before "VIỆT NAM", so its first line alone also marks the right column.
const JOINED_PHRASES = [/cong hoa xa hoi chu nghia(?: viet nam)?/, /doc lap\s*-\s*tu do\s*-\s*hanh phuc/];
// "Lai Châu, ngày 18 tháng 3 năm 2025" inside a longer line: the right column glued to the left one.
const PLACE_DATE =
  /(?<![\p{L}\d/.-])\p{Lu}[\p{L}.]*(?:[ -]+\p{Lu}[\p{L}.]*){0,4},\s*ngày\s*\d{1,2}\s*(?:tháng|[/.-])\s*\d{1,2}\s*(?:năm|[/.-])\s*\d{4}/u;
const MIDLINE_AUTHORITY = /(?:^noi nhan\s*:?|[;.])\s+(?=(?:tm|kt|tl|tuq|t\/m)\s*\.\s*\S)/;

function isCapitals(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length >= 4 && letters === letters.toUpperCase();
}

/**
 * Splits a cell where extraction glued the two columns together with a single space: the Quốc hiệu or the
 * motto beside the issuer, "Nơi nhận: TM. BAN THƯỜNG VỤ", "- Như trên; CHỦ TỊCH", "- Lưu: VT. Nguyễn Văn A".
 */
function splitJoined(cell: string): string[] {
  const folded = foldLine(cell);
  for (const phrase of JOINED_PHRASES) {
    const m = phrase.exec(folded);
    if (!m || (m.index === 0 && m[0].length === cell.length)) continue;
    const end = m.index + m[0].length;
    return [cell.slice(0, m.index), cell.slice(m.index, end), cell.slice(end)]
      .map((part) => part.trim())
      .filter((part) => part.length > 0)
      .flatMap((part) => (part === cell ? [part] : splitJoined(part)));
  }
  const placeDate = PLACE_DATE.exec(cell);
  if (placeDate && (placeDate.index > 0 || placeDate[0].length < cell.length)) {
    const end = placeDate.index + placeDate[0].length;
    const parts = [cell.slice(0, placeDate.index), placeDate[0], cell.slice(end)].map((p) => p.trim());
    if (parts[0] !== '' || /^\p{Lu}|^(?:v\/v|kính g)/iu.test(parts[2] ?? '')) {
      return parts.filter((p) => p.length > 0).flatMap((p) => (p === placeDate[0] ? [p] : splitJoined(p)));
    }
  }
  const authority = MIDLINE_AUTHORITY.exec(folded);
  if (authority && isCapitals(cell.slice(authority.index + authority[0].length).replace(/^\S+\s*\.?/, ''))) {
    const at = authority.index + authority[0].length;
    return [cell.slice(0, at).trim(), cell.slice(at).trim()];
  }
  const tail = /^([-–—+•]\s*.*[;.])\s+(\p{Lu}.*)$/u.exec(cell);
  if (tail) {
    const [, head = '', rest = ''] = tail;
    const words = rest.split(/\s+/);
    const title = isCapitals(rest) && words.length <= 6;
    const name = /^[-–—+•]\s*luu\b/.test(foldLine(head)) && words.length >= 2 && words.length <= 5 && words.every((w) => /^\p{Lu}\p{Ll}*$/u.test(w));
    if (title || name) return [head, rest];
  }
  return [cell];
}

function splitColumns(text: string): string[] {
  return text
    .split(COLUMN_GAP)
    .map((cell) => cell.trim())
    .filter((cell) => cell.length > 0)
    .flatMap(splitJoined);
}

/** A line ending in a hyphen glued to a letter continues on the next line: the word was broken there. */
function joinsNext(text: string, next: string | undefined): boolean {
  if (next === undefined) return false;
  if (/\u00AD$/.test(text)) return true;
  if (/[a-zà-ỹđ]-$/u.test(text) && /^[a-zà-ỹđ]/u.test(next)) return true;
  return /\/[A-ZĐ]+(?:-[A-ZĐ]+)*-$/u.test(text) && /^[A-ZĐ]{2,}\b/u.test(next);
}

/** Splits a document's text into cleaned lines that keep track of where each came from. */
export function toLines(input: string): Line[] {
  const rawLines = input.normalize('NFC').replace(/\r\n?/g, '\n').split('\n');
  const lines: Line[] = [];
  let pending: { text: string; source: number[]; emphasised: boolean } | null = null;
  for (let i = 0; i < rawLines.length; i++) {
    const raw = (rawLines[i] ?? '').replace(INVISIBLE, '').replace(ODD_SPACES, ' ').replace(CONTROL, ' ');
    const { text: stripped, emphasised } = stripMarkdown(raw);
    let text = stripped.replace(/\s+$/, '');
    let source = [i];
    let emph = emphasised;
    if (pending) {
      text = pending.text.replace(/[-\u00AD]$/, '') + text.trimStart();
      source = [...pending.source, i];
      emph = pending.emphasised || emphasised;
      pending = null;
    }
    const next = rawLines[i + 1]?.trimStart();
    if (joinsNext(text, next)) {
      pending = { text, source, emphasised: emph };
      continue;
    }
    const trimmed = text.trim();
    if (trimmed === '' || PAGE_NUMBER.test(trimmed) || RULE_LINE.test(trimmed)) {
      lines.push({ text: '', folded: '', source, emphasised: false });
      continue;
    }
    for (const cell of splitColumns(trimmed)) {
      const clean = cell.replace(/\s+/g, ' ');
      lines.push({ text: clean, folded: foldLine(clean), source, emphasised: emph });
    }
  }
  if (pending) lines.push({ text: pending.text, folded: foldLine(pending.text), source: pending.source, emphasised: pending.emphasised });
  return regroupColumns(lines);
}

/**
 * A header printed in two columns whose left column wraps ("LIÊN ĐOÀN LAO ĐỘNG TỈNH LAI" over "CHÂU") comes out
 * of PDFs row by row. Within a run of consecutive printed lines that each held exactly two cells, the left
 * column is read top to bottom before the right one, so a wrapped name stays whole.
 */
function regroupColumns(lines: Line[]): Line[] {
  const out: Line[] = [];
  let i = 0;
  while (i < lines.length) {
    let end = i;
    while (isCellPair(lines, end) && (end === i || followsRow(lines, end - 2, end))) end += 2;
    if (end - i >= 4) {
      for (let k = i; k < end; k += 2) out.push(lines[k] as Line);
      for (let k = i + 1; k < end; k += 2) out.push(lines[k] as Line);
      i = end;
    } else {
      out.push(lines[i] as Line);
      i++;
    }
  }
  return out;
}

function isCellPair(lines: readonly Line[], at: number): boolean {
  const first = lines[at];
  const second = lines[at + 1];
  if (!first || !second || first.source.length !== 1 || first.source[0] !== second.source[0]) return false;
  const after = lines[at + 2];
  return !(after && after.source[0] === first.source[0]);
}

function followsRow(lines: readonly Line[], previous: number, at: number): boolean {
  return (lines[at]?.source[0] ?? -1) === (lines[previous]?.source[0] ?? -2) + 1;
}

export function isBlank(line: Line | undefined): boolean {
  return line === undefined || line.text === '';
}

/** Indexes of the next non-blank line at or after `from`, or -1. */
export function nextFilled(lines: readonly Line[], from: number): number {
  for (let i = from; i < lines.length; i++) if (!isBlank(lines[i])) return i;
  return -1;
}

export function sourcesOf(lines: readonly Line[], indexes: readonly number[]): number[] {
  const out = new Set<number>();
  for (const i of indexes) for (const s of lines[i]?.source ?? []) out.add(s);
  return [...out].sort((a, b) => a - b);
}
