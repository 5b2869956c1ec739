import { foldText } from '../../shared/text/fold';

/**
 * A parsed search box entry: the terms typed in full (a word, or the words of a phrase such as "02 nq tw"), the
 * last word if it is still being typed, and the folded words used to highlight the original text.
 */
export type ParsedQuery = { terms: string[][]; words: string[]; prefixWord: string | null };

/** The columns the clerk's words are looked for in (not the type/year tags). */
const TEXT_COLUMNS = '{number_symbol subject issuer body}';

const WORD = /[\p{L}\p{N}]+/gu;

/**
 * Reads what the clerk typed as FTS5 terms over folded text. Every term is quoted (no FTS syntax from the user
 * reaches SQLite); a number/symbol like "02-NQ/TW" becomes the phrase "02 nq tw"; the last plain word, unless
 * followed by a space, is still being typed and matches as a prefix (see matchExpression).
 */
export function parseSearchQuery(raw: string): ParsedQuery {
  const tokens = foldText(raw).split(/\s+/).filter(Boolean);
  const parts: string[][] = [];
  const words: string[] = [];
  let prefixWord: string | null = null;
  tokens.forEach((token, index) => {
    const pieces = token.match(WORD) ?? [];
    if (pieces.length === 0) return;
    words.push(...pieces);
    if (pieces.length > 1) {
      parts.push(pieces);
      return;
    }
    const word = pieces[0] as string;
    const isLast = index === tokens.length - 1;
    const typingWord = isLast && !/\s$/.test(raw) && /^\p{L}/u.test(word);
    if (typingWord) prefixWord = word;
    else parts.push([word]);
  });
  return { terms: parts, words, prefixWord };
}

/**
 * The FTS5 query for a parsed entry: every term, and the word being typed either as the words it completes to
 * (`completions`, from main/archive/searchWords.ts) or, when those are not known, as an FTS5 prefix.
 */
export function matchExpression(parsed: ParsedQuery, completions: readonly string[] | null): string | null {
  const parts = parsed.terms.map((pieces) => `"${pieces.join(' ')}"`);
  if (parsed.prefixWord) {
    parts.push(completions ? `(${completions.map((w) => `"${w}"`).join(' OR ')})` : `"${parsed.prefixWord}"*`);
  }
  return parts.length ? `${TEXT_COLUMNS} : (${parts.join(' AND ')})` : null;
}
