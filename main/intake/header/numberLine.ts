import { normalizeNumberSymbol } from '../../../shared/text/numberSymbol';
import { isBlank, unifyDashes, type Line } from './lines';
import { typeFromSymbol } from './typeAndSubject';

export type NumberLine = {
  readonly numberSymbol: string | null;
  readonly number: number | null;
  readonly symbol: string | null;
  /** Indexes into the lines that held it. */
  readonly lines: number[];
};

const GROUP = String.raw`[A-ZĐ\d][\p{L}\d.&]*`;
const SYMBOL = new RegExp(
  String.raw`^\s*(\d{1,5}[a-zA-Z]?)?\s*([/-])\s*((?:\d{4}\s*\/\s*)?[A-ZĐ][\p{L}\d.&]*(?:\s*[-/]\s*${GROUP})*)`,
  'u',
);
const LABEL = /^so\s*:?\s*(?=[\d/])|^so\s*:\s*$/;

/** Splits what follows "Số:" into number and symbol; "12/2024/QĐ-UBND" keeps the year in the symbol. */
export function parseNumberText(after: string): Omit<NumberLine, 'lines'> | null {
  const m = SYMBOL.exec(unifyDashes(after));
  if (!m) return null;
  const numberText = m[1];
  // The document's own ký hiệu keeps its printed case ("LĐLĐ-ToC"); only spaces and dashes are tidied.
  const symbol = normalizeNumberSymbol(m[3] ?? '').replace(/[-/.]+$/, '');
  const printed = unifyDashes((m[3] ?? '').normalize('NFC')).replace(/\s+/g, '').replace(/[-/.,;:]+$/, '');
  if (printed.toUpperCase() !== symbol.toUpperCase()) return finish(numberText, m[2], symbol);
  // Type codes take their standard spelling ("CTr"); other groups stay as printed.
  const standard = symbol.split(/([-/])/);
  const mixed = printed.split(/([-/])/).map((group, i) => (typeFromSymbol(group) !== null ? (standard[i] ?? group) : group));
  return finish(numberText, m[2], mixed.join(''));
}

function finish(numberText: string | undefined, separatorText: string | undefined, symbol: string): Omit<NumberLine, 'lines'> | null {
  if (symbol === '') return null;
  if (numberText === undefined) return { numberSymbol: null, number: null, symbol };
  // Party style "15-CTr/TU": the dash belongs between number and symbol.
  const separator = separatorText === '-' ? '-' : '/';
  const numberSymbol = `${numberText}${separator}${symbol}`;
  return { numberSymbol, number: Number.parseInt(numberText, 10), symbol };
}

/** Finds the "Số: 108/TB-LĐLĐ" line in the first lines of the document. */
export function findNumberLine(lines: readonly Line[], limit: number): NumberLine | null {
  const end = Math.min(lines.length, limit);
  for (let i = 0; i < end; i++) {
    const line = lines[i] as Line;
    const label = LABEL.exec(line.folded);
    if (!label) continue;
    const after = line.text.slice(label.index + label[0].length);
    const parsed = parseNumberText(after);
    if (parsed) return { ...parsed, lines: [i] };
    if (after.trim() === '') {
      let j = i + 1;
      while (j < end && isBlank(lines[j])) j++;
      const next = lines[j];
      const split = next ? parseNumberText(next.text) : null;
      if (split) return { ...split, lines: [i, j] };
    }
  }
  return null;
}
