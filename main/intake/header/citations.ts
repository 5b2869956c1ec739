import { DOCUMENT_TYPES } from '../../../shared/domain/documentTypes';
import { foldKey } from '../../../shared/text/fold';
import { normalizeNumberSymbol, numberSymbolKey } from '../../../shared/text/numberSymbol';
import { readDateAt, toIso } from './dates';
import { foldLine, unifyDashes } from './lines';
import { parseNumberText } from './numberLine';

export type CitationFound = {
  /** Normalised: "3578/TLĐ-TGNC", "02-NQ/TW", "30/2020/NĐ-CP". */
  readonly numberSymbol: string;
  /** Type named before the number ("Kế hoạch"), or the one its ký hiệu stands for; null when neither says. */
  readonly typeName: string | null;
  readonly citedOn: string | null;
};

const GROUP = String.raw`[A-ZĐ][A-ZĐa-z\d]*`;
// State style "108/TB-LĐLĐ", with a year "30/2020/NĐ-CP", and Party style "02-NQ/TW".
const CITATION = new RegExp(
  String.raw`(?:(?<![\p{L}\d/.-])|(?<=[Ss][ốo]))(\d{1,5}[a-z]?)\s?(?:\/\s?(?:(\d{4})\s?\/\s?)?(${GROUP}(?:\s?-\s?${GROUP})*)|-(${GROUP})\s?\/\s?(${GROUP}(?:-${GROUP})*))(?![\p{L}\d])`,
  'gu',
);

/** Type names that precede a number in running text, longest first so "Chương trình hành động" wins. */
const CITED_TYPES: readonly { key: string; name: string }[] = [
  ...DOCUMENT_TYPES.map((t) => ({ key: foldKey(t.name), name: t.name })),
  { key: 'chuong trinh hanh dong', name: 'Chương trình' },
  { key: 'nghi dinh', name: 'Nghị định' },
  { key: 'thong tu', name: 'Thông tư' },
  { key: 'thong tu lien tich', name: 'Thông tư liên tịch' },
  { key: 'luat', name: 'Luật' },
  { key: 'phap lenh', name: 'Pháp lệnh' },
  { key: 'van ban', name: 'Văn bản' },
].sort((a, b) => b.key.length - a.key.length);

const CODE_TYPES = new Map<string, string>([
  ...DOCUMENT_TYPES.filter((t) => t.code !== null).map((t) => [foldKey(t.code ?? ''), t.name] as [string, string]),
  ['nd', 'Nghị định'],
  ['tt', 'Thông tư'],
  ['ttlt', 'Thông tư liên tịch'],
]);

/** A group is a real ký hiệu part when it reads as an abbreviation, not as a capitalised word. */
function isCodeGroup(group: string): boolean {
  const upper = group.replace(/[^A-ZĐ]/g, '').length;
  return upper >= 2 || /^(?:ctr|ttr|trs|qyđ)$/i.test(group) || (upper === 1 && group.length === 1);
}

function typeBefore(foldedBefore: string): string | null {
  const tail = foldedBefore.slice(-40).replace(/\s+/g, ' ').replace(/\s*(?:so\s*)?$/, '');
  for (const t of CITED_TYPES) if (tail.endsWith(t.key)) return t.name;
  return null;
}

function typeFromCode(symbol: string): string | null {
  const first = symbol.split(/[-/]/).find((g) => !/^\d+$/.test(g));
  return first === undefined ? null : (CODE_TYPES.get(foldKey(first)) ?? null);
}

function dateAfter(foldedAfter: string): string | null {
  const m = /^\s*\)?\s*,?\s*(?:\(\s*)?(?:ban hanh\s+)?ngay\s*/.exec(foldedAfter);
  if (!m) return null;
  const date = readDateAt(foldedAfter.slice(m[0].length));
  return date && date.year !== null ? toIso(date) : null;
}

/**
 * Every number/symbol the text cites, in order of first appearance, normalised and without repeats. Lines are
 * joined first so a citation broken over two lines is still found.
 */
export function readCitations(text: string, ownNumberSymbol: string | null = null): CitationFound[] {
  const flat = unifyDashes(text.normalize('NFC').replace(/\*+|_{2,}|\u00AD/g, '').replace(/\s+/g, ' '));
  const folded = foldLine(flat);
  const own = ownNumberSymbol === null ? null : numberSymbolKey(ownNumberSymbol);
  const seen = new Set<string>();
  const found: CitationFound[] = [];
  for (const m of flat.matchAll(CITATION)) {
    const [whole, numberText, year, stateSymbol, partyType, partyIssuer] = m;
    const groups = stateSymbol !== undefined ? stateSymbol.split(/\s?-\s?/) : [partyType ?? '', ...(partyIssuer ?? '').split('-')];
    if (numberText === undefined || !groups.every(isCodeGroup)) continue;
    const raw =
      stateSymbol !== undefined
        ? `${numberText}/${year === undefined ? '' : `${year}/`}${stateSymbol}`
        : `${numberText}-${partyType}/${partyIssuer}`;
    // Same spelling as a document's own number, so a cited "88/LĐLĐ-ToC" reads as the archive writes it.
    const numberSymbol = parseNumberText(raw)?.numberSymbol ?? normalizeNumberSymbol(raw);
    const key = numberSymbolKey(numberSymbol);
    if (key === own || seen.has(key)) continue;
    seen.add(key);
    const start = m.index ?? 0;
    const symbol = numberSymbol.slice(numberText.length + 1);
    found.push({
      numberSymbol,
      typeName: typeBefore(folded.slice(0, start)) ?? typeFromCode(symbol),
      citedOn: dateAfter(folded.slice(start + whole.length)),
    });
  }
  return found;
}
