import type { Db } from '../db/open';

/**
 * The words of the search index, kept in a table of their own so a word being typed can be completed cheaply.
 *
 * FTS5 answers a prefix such as "tra*" by merging the complete lists of every word it begins (tra, trách, trai,
 * tránh, trang, trao…) before the first row comes out: tens of milliseconds on a large archive, whatever the
 * filters. Completing the prefix from this table first and asking for "tra OR trao OR …" lets FTS5 walk each
 * list lazily, skipping to the rows the other terms and the type/year tags allow.
 */

/** Above this many completions the prefix is left to FTS5: one or two letters match most documents anyway. */
export const MAX_COMPLETIONS = 128;

// Token characters as FTS5's unicode61 tokenizer sees them: letters, numbers and private-use characters.
const TOKEN_CHAR = /[\p{L}\p{N}\p{Co}]/u;
const ASCII = /^[a-z0-9]*$/;
let tokenTable: Uint8Array | null = null;

/** 1 for every UTF-16 code unit that belongs to a word (surrogates too: astral letters are rare enough). */
function tokenChars(): Uint8Array {
  if (tokenTable) return tokenTable;
  tokenTable = new Uint8Array(0x10000);
  for (let code = 0; code < 0x10000; code++) {
    tokenTable[code] = (code >= 0xd800 && code <= 0xdfff) || TOKEN_CHAR.test(String.fromCharCode(code)) ? 1 : 0;
  }
  return tokenTable;
}

/**
 * A token as the index stores it: lower case, diacritics removed (remove_diacritics 2). Outside ASCII, SQLite's
 * Unicode tables may split a token where JavaScript's do not, so the ASCII runs inside it are words as well: a
 * completion then misses nothing a prefix typed in ASCII would find.
 */
function indexForms(token: string): string[] {
  if (ASCII.test(token)) return [token];
  return [token.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase(), ...(token.match(/[a-z0-9]+/g) ?? [])];
}

/**
 * Calls `found` with the bounds of each token of a folded text, in order and as it appears (see indexForms), and
 * its FNV-1a hash computed on the way, so a caller that only needs to tell words apart cuts out no string.
 */
function scanTokens(text: string, found: (start: number, end: number, hash: number) => void): void {
  const table = tokenChars();
  let start = -1;
  let hash = 0;
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) : 0;
    if (i < text.length && table[code] === 1) {
      if (start < 0) {
        start = i;
        hash = 0x811c9dc5;
      }
      hash = Math.imul(hash ^ code, 16777619);
    } else if (start >= 0) {
      found(start, i, hash >>> 0);
      start = -1;
    }
  }
}

/**
 * The distinct tokens of folded texts. Nearly every token of a document is a word seen before, so each is looked
 * up by its hash from the scan, and only a new word is cut out as a string: three to four times faster than
 * putting every occurrence in a Set, which is most of the cost of indexing an import's words.
 */
class TokenSet {
  private slots = new Int32Array(1024);
  private readonly words: string[] = [];
  private readonly hashes: number[] = [];

  /** Adds the distinct tokens of these folded texts, as they appear (see indexForms). */
  addTokensOf(foldedTexts: readonly string[]): void {
    for (const text of foldedTexts) scanTokens(text, (start, end, hash) => this.add(text, start, end, hash));
  }

  /** The distinct words FTS5 will index for the texts added. */
  indexWords(): string[] {
    return [...new Set(this.words.flatMap(indexForms))];
  }

  private add(text: string, start: number, end: number, hash: number): void {
    const mask = this.slots.length - 1;
    let slot = hash & mask;
    for (let at = this.slots[slot] as number; at !== 0; at = this.slots[slot] as number) {
      if (this.hashes[at - 1] === hash && sameText(this.words[at - 1] as string, text, start, end)) return;
      slot = (slot + 1) & mask;
    }
    this.words.push(text.slice(start, end));
    this.hashes.push(hash);
    this.slots[slot] = this.words.length;
    if (this.words.length * 2 > this.slots.length) this.grow();
  }

  private grow(): void {
    this.slots = new Int32Array(this.slots.length * 2);
    const mask = this.slots.length - 1;
    this.hashes.forEach((hash, i) => {
      let slot = hash & mask;
      while (this.slots[slot] !== 0) slot = (slot + 1) & mask;
      this.slots[slot] = i + 1;
    });
  }
}

function sameText(word: string, text: string, start: number, end: number): boolean {
  if (word.length !== end - start) return false;
  for (let k = 0; k < word.length; k++) if (word.charCodeAt(k) !== text.charCodeAt(start + k)) return false;
  return true;
}

/** The words of a folded text in order, as the index holds them. */
export function tokensOf(foldedText: string): string[] {
  const tokens: string[] = [];
  scanTokens(foldedText, (start, end) => tokens.push(...indexForms(foldedText.slice(start, end)).slice(0, 1)));
  return tokens;
}

/** The distinct words FTS5 will index for these folded texts. */
export function wordsOf(foldedTexts: readonly string[]): string[] {
  const tokens = new TokenSet();
  tokens.addTokensOf(foldedTexts);
  return tokens.indexWords();
}

const batches = new WeakMap<Db, TokenSet>();

/**
 * Runs `work` (inside the caller's transaction) with the words of every document it indexes gathered and
 * written once at the end, instead of once per document: for imports of many documents.
 */
export function withSearchWordBatch<T>(db: Db, work: () => T): T {
  const tokens = new TokenSet();
  batches.set(db, tokens);
  try {
    const result = work();
    writeWords(db, tokens.indexWords());
    return result;
  } finally {
    batches.delete(db);
  }
}

function writeWords(db: Db, words: string[]): void {
  db.prepare('INSERT OR IGNORE INTO search_words (word) SELECT value FROM json_each(?)').run(JSON.stringify(words));
}

/** Records the words of a newly indexed document (at the end of the batch when one is open). */
export function addSearchWords(db: Db, foldedTexts: readonly string[]): void {
  const batch = batches.get(db);
  if (batch) batch.addTokensOf(foldedTexts);
  else writeWords(db, wordsOf(foldedTexts));
}

/**
 * The indexed words that begin with `prefix` (folded, lower case), or null when FTS5 should expand it itself:
 * a prefix outside plain ASCII, one with no recorded completion, or one with more than MAX_COMPLETIONS.
 */
export function completePrefix(db: Db, prefix: string): string[] | null {
  if (!prefix || !/^[a-z0-9]+$/.test(prefix)) return null;
  const upper = prefix.slice(0, -1) + String.fromCharCode(prefix.charCodeAt(prefix.length - 1) + 1);
  const words = db
    .prepare('SELECT word FROM search_words WHERE word >= ? AND word < ? ORDER BY word LIMIT ?')
    .pluck()
    .all(prefix, upper, MAX_COMPLETIONS + 1) as string[];
  return words.length === 0 || words.length > MAX_COMPLETIONS ? null : words;
}
