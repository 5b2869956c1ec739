import { DOCUMENT_TYPES } from '../../../shared/domain/documentTypes';
import { foldKey } from '../../../shared/text/fold';
import { isBlank, nextFilled, type Line } from './lines';
import { isAddresseeLabel, isBodyStart, isMotto, isNationalTitle, isParagraphOpener, isUpperText } from './patterns';

export type TypeLine = { readonly type: string; readonly line: number; readonly rest: string };
export type Subject = { readonly subject: string; readonly lines: number[] };

const OFFICIAL_LETTER = 'Công văn';
const TYPES_BY_KEY = new Map<string, string>(DOCUMENT_TYPES.map((t) => [foldKey(t.name), t.name]));
const TYPES_BY_CODE = new Map<string, string>(
  DOCUMENT_TYPES.filter((t) => t.code !== null).map((t) => [foldKey(t.code ?? ''), t.name]),
);
const MAX_SUBJECT_LINES = 7;

/** The type named by the first group of a ký hiệu: "TB-LĐLĐ" → Thông báo, "CTr/TU" → Chương trình. */
export function typeFromSymbol(symbol: string): string | null {
  const groups = symbol.split(/[-/]/).filter((g) => !/^\d+$/.test(g));
  const first = groups[0];
  return first === undefined ? null : (TYPES_BY_CODE.get(foldKey(first)) ?? null);
}

/** The type name printed in capitals on its own line ("KẾ HOẠCH"); two-word extras such as "LIÊN TỊCH" allowed. */
export function findTypeLine(lines: readonly Line[], limit: number): TypeLine | null {
  const end = Math.min(lines.length, limit);
  for (let i = 0; i < end; i++) {
    const line = lines[i] as Line;
    if (line.text === '' || /:\s*$/.test(line.text)) continue;
    const words = line.text.split(' ');
    for (const size of [3, 2]) {
      const head = words.slice(0, size).join(' ');
      const name = TYPES_BY_KEY.get(foldKey(head));
      if (name === undefined) continue;
      const tail = words.slice(size);
      // Word's "all caps" formatting leaves the type in lower case in the text; alone on its line it still names the type.
      if (!isUpperText(head)) {
        if (tail.length === 0 && line.text.length === head.length) return { type: name, line: i, rest: '' };
        continue;
      }
      const tailText = tail.join(' ');
      if (tail.length === 0 || (isUpperText(tailText) && tail.length <= 3)) return { type: name, line: i, rest: '' };
      if (!isUpperText(tailText)) return { type: name, line: i, rest: tailText };
    }
  }
  return null;
}

/**
 * A title may begin like a sentence ("Thực hiện nhiệm vụ trọng tâm…"); the first paragraph of the body is
 * told apart by its length or by the way it ends ("… như sau:").
 */
function looksLikeParagraph(lines: readonly Line[], from: number): boolean {
  let text = '';
  for (let i = from; i < lines.length && i < from + 8 && !isBlank(lines[i]); i++) {
    const line = lines[i] as Line;
    if (i > from && (isBodyStart(line) || isUpperText(line.text))) break;
    text += ` ${line.text}`;
  }
  const folded = text.trim();
  return folded.length > 220 || /[:.]$/.test(folded) || /nhu sau/.test((lines[from] as Line).folded);
}

function startsLower(line: Line | undefined): boolean {
  return line !== undefined && /^[\p{Ll}\d("“]/u.test(line.text);
}

function endsSentence(text: string): boolean {
  return /[.:!?]$/.test(text);
}

/**
 * Word files keep each line of a wrapped V/v as its own paragraph, so text from them has blank lines inside the
 * subject; a capitalised line after one still continues it when the subject so far reads unfinished and the line
 * is short, mixed case and not the start of another header element.
 */
function continuesAfterParagraphBreak(line: Line, parts: readonly string[]): boolean {
  const last = parts[parts.length - 1] ?? '';
  return (
    !endsSentence(last) &&
    line.text.length <= 60 &&
    !isUpperText(line.text) &&
    !isNationalTitle(line) &&
    !isMotto(line) &&
    !isAddresseeLabel(line) &&
    !isBodyStart(line) &&
    !/,\s*ngay\s*\d/u.test(line.folded) &&
    !/^so\s*:/u.test(line.folded)
  );
}

/** The title under the type name: it may wrap over several lines, with blank lines from PDF extraction between. */
export function readTitleSubject(lines: readonly Line[], typeLine: TypeLine): Subject | null {
  const taken: number[] = [];
  const parts: string[] = [];
  if (typeLine.rest !== '') {
    parts.push(typeLine.rest);
    taken.push(typeLine.line);
  }
  let i = nextFilled(lines, typeLine.line + 1);
  const first = lines[i];
  if (parts.length === 0) {
    if (!first || isAddresseeLabel(first) || /^\(/.test(first.text) || /^(?:can cu|kinh moi|tran trong)/.test(first.folded)) return null;
    if (isBodyStart(first) && !first.emphasised && looksLikeParagraph(lines, i)) return null;
    if (isUpperText(first.text) && !first.emphasised) return null;
  }
  const emphasised = parts.length === 0 && first !== undefined && first.emphasised;
  if (parts.length > 0) i = typeLine.line + 1;
  while (i >= 0 && i < lines.length && taken.length < MAX_SUBJECT_LINES) {
    const line = lines[i] as Line;
    if (isBlank(line)) {
      const next = nextFilled(lines, i);
      if (next < 0) break;
      const candidate = lines[next] as Line;
      const continues = emphasised ? candidate.emphasised : startsLower(candidate);
      if (!continues || isBodyStart(candidate)) break;
      i = next;
      continue;
    }
    if (taken.length > 0) {
      if (emphasised && !line.emphasised) break;
      if (isParagraphOpener(line) || isAddresseeLabel(line) || /^\(/.test(line.text)) break;
      if (isBodyStart(line) && looksLikeParagraph(lines, i)) break;
      if (isUpperText(line.text) && !emphasised) break;
      if (endsSentence(parts[parts.length - 1] ?? '') && !startsLower(line)) break;
    }
    parts.push(line.text);
    taken.push(i);
    i++;
  }
  const subject = tidy(parts.join(' '));
  return subject === '' ? null : { subject, lines: taken };
}

const VV_LABEL = /^(?:v\s*\/\s*v|v\.\s*v\.?|ve viec)\s*[:.]?\s*|(?<=\s)v\s*\/\s*v\s*[:.]?\s*/;

/** `skip`: lines known to be other header parts (number, place and date), read around when interleaved. */
export function findOfficialLetterSubject(lines: readonly Line[], limit: number, skip: ReadonlySet<number> = new Set()): Subject | null {
  const end = Math.min(lines.length, limit);
  for (let i = 0; i < end; i++) {
    const line = lines[i] as Line;
    const label = VV_LABEL.exec(line.folded);
    if (!label) continue;
    const parts: string[] = [];
    const taken = [i];
    const rest = line.text.slice(label.index + label[0].length).trim();
    if (rest !== '') parts.push(rest);
    let j = i + 1;
    while (j < lines.length && taken.length < MAX_SUBJECT_LINES) {
      const next = lines[j] as Line;
      if (isBlank(next)) {
        const k = nextFilled(lines, j);
        if (k < 0 || !(startsLower(lines[k]) || parts.length === 0 || continuesAfterParagraphBreak(lines[k] as Line, parts))) break;
        j = k;
        continue;
      }
      // A two-column header read row by row puts the right column's lines between the subject's lines.
      if (skip.has(j) || isNationalTitle(next) || isMotto(next) || /^[\p{L}.\s-]{0,45},\s*ngay\s*\d/u.test(next.folded)) {
        j++;
        continue;
      }
      if (isAddresseeLabel(next) || isBodyStart(next) || isUpperText(next.text)) break;
      if (parts.length > 0 && endsSentence(parts[parts.length - 1] ?? '') && !startsLower(next)) break;
      parts.push(next.text);
      taken.push(j);
      j++;
    }
    const subject = tidy(parts.join(' '));
    if (subject !== '') return { subject, lines: taken };
  }
  return null;
}

function tidy(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/[\s.;:,]+$/u, '')
    .trim();
}

export function resolveType(typeLine: TypeLine | null, hasOfficialLetterSubject: boolean, symbol: string | null, hasNumber: boolean): string | null {
  if (typeLine) return typeLine.type;
  if (hasOfficialLetterSubject) return OFFICIAL_LETTER;
  const fromSymbol = symbol === null ? null : typeFromSymbol(symbol);
  if (fromSymbol) return fromSymbol;
  return hasNumber && symbol !== null ? OFFICIAL_LETTER : null;
}
