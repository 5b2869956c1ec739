import { foldText } from '../../shared/text/fold';
import type { ParsedQuery } from './searchQuery';
import { tokensOf } from './searchWords';

/** A document that matched a search: what ranking needs, all stored before the body in the row. */
export type Match = { r: number; issuedOn: string | null; numberSymbol: string | null; subject: string };

/** Whether a text holds every term (a phrase as consecutive words) and a word that the typed prefix begins. */
export function holdsQuery(text: string, parsed: ParsedQuery): boolean {
  const tokens = tokensOf(foldText(text));
  const phraseAt = (pieces: string[], at: number) => pieces.every((piece, k) => tokens[at + k] === piece);
  const prefix = parsed.prefixWord;
  return parsed.terms.every((pieces) => tokens.some((_, at) => phraseAt(pieces, at))) && (!prefix || tokens.some((t) => t.startsWith(prefix)));
}

/**
 * Relevance for a narrow search, in tiers: the words in the số/ký hiệu, then in the trích yếu, then anywhere;
 * newest first within a tier, then the latest registered. Both fields are short, so the tiers are found here
 * rather than by more index queries. bm25 is not used: it first counts every document that holds each word,
 * which for common words costs more than the whole search.
 */
export function rankInTiers(matches: Match[], parsed: ParsedQuery): number[] {
  const score = new Map(matches.map((m) => [m.r, (m.numberSymbol && holdsQuery(m.numberSymbol, parsed) ? 2 : 0) + (holdsQuery(m.subject, parsed) ? 1 : 0)]));
  const newer = (a: string | null, b: string | null) => (a === b ? 0 : a === null ? 1 : b === null ? -1 : a < b ? 1 : -1);
  return [...matches]
    .sort((a, b) => (score.get(b.r) as number) - (score.get(a.r) as number) || newer(a.issuedOn, b.issuedOn) || b.r - a.r)
    .map((m) => m.r);
}
