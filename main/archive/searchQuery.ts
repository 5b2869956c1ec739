import { foldText } from '../../shared/text/fold';

/** A parsed search box entry: FTS5 terms, and the folded words used to highlight the original text. */
export type ParsedQuery = { match: string | null; words: string[]; prefixWord: string | null };

const WORD = /[\p{L}\p{N}]+/gu;

/**
 * Turns what the clerk typed into an FTS5 query over folded text. Every term is quoted (no FTS syntax from the
 * user reaches SQLite); a number/symbol like "02-NQ/TW" becomes the phrase "02 nq tw"; the last plain word is a
 * prefix so results appear while typing.
 */
export function parseSearchQuery(raw: string): ParsedQuery {
  const tokens = foldText(raw).split(/\s+/).filter(Boolean);
  const parts: string[] = [];
  const words: string[] = [];
  let prefixWord: string | null = null;
  tokens.forEach((token, index) => {
    const pieces = token.match(WORD) ?? [];
    if (pieces.length === 0) return;
    words.push(...pieces);
    if (pieces.length > 1) {
      parts.push(`"${pieces.join(' ')}"`);
      return;
    }
    const word = pieces[0] as string;
    const isLast = index === tokens.length - 1;
    const typingWord = isLast && !/\s$/.test(raw) && /^\p{L}/u.test(word);
    if (typingWord) prefixWord = word;
    parts.push(typingWord ? `"${word}"*` : `"${word}"`);
  });
  return { match: parts.length ? parts.join(' AND ') : null, words, prefixWord };
}
