import type { DraftBlock, DraftDocument, DraftRun } from '../domain/draft';
import { listItems } from '../text/lists';

const ROMAN: ReadonlyArray<readonly [number, string]> = [
  [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
  [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
];

export function toRoman(n: number): string {
  let rest = Math.max(1, Math.floor(n));
  let out = '';
  for (const [value, symbol] of ROMAN) {
    while (rest >= value) {
      out += symbol;
      rest -= value;
    }
  }
  return out;
}

/** Điểm are lettered in Vietnamese alphabetical order, which has đ and no f, j, w, z (NĐ 30 Phụ lục I, II.6.đ). */
const POINT_LETTERS = ['a', 'b', 'c', 'd', 'đ', 'e', 'g', 'h', 'i', 'k', 'l', 'm', 'n', 'o', 'p', 'q', 'r', 's', 't', 'u', 'v', 'x', 'y'];

export function pointLetter(n: number): string {
  const i = Math.max(1, Math.floor(n)) - 1;
  const base = POINT_LETTERS[i % POINT_LETTERS.length] as string;
  return i < POINT_LETTERS.length ? base : base.repeat(Math.floor(i / POINT_LETTERS.length) + 1);
}

/**
 * The label printed before each block: "I. ", "1. ", "a) ", "- ", "+ " or '' for plain paragraphs.
 * Khoản are counted together whether written as bold level-2 headings or as numbered items, and điểm
 * likewise, because both are the same rank of the document's outline.
 */
export function blockLabels(blocks: readonly DraftBlock[]): string[] {
  let section = 0;
  let clause = 0;
  let point = 0;
  return blocks.map((block) => {
    if (block.kind === 'heading') {
      if (block.level === 1) {
        section += 1;
        clause = 0;
        point = 0;
        return `${toRoman(section)}. `;
      }
      if (block.level === 2) {
        clause += 1;
        point = 0;
        return `${clause}. `;
      }
      point += 1;
      return `${pointLetter(point)}) `;
    }
    if (block.kind !== 'item') return '';
    switch (block.marker) {
      case 'dash':
        return '- ';
      case 'plus':
        return '+ ';
      case 'number':
        clause += 1;
        point = 0;
        return `${clause}. `;
      case 'letter':
        point += 1;
        return `${pointLetter(point)}) `;
    }
  });
}

export function runsText(runs: readonly DraftRun[]): string {
  return runs.map((r) => r.text).join('');
}

/** Level-1 headings are printed in capitals whatever the clerk typed. */
export function blockDisplayRuns(block: DraftBlock): DraftRun[] {
  if (block.kind === 'heading' && block.level === 1) {
    return block.runs.map((r) => ({ ...r, text: r.text.toLocaleUpperCase('vi') }));
  }
  return block.runs;
}

const CLOSING_MARK = './.';

/** The body ends with "./." right after its last sentence: "... thực hiện./." */
export function withClosingMark(text: string): string {
  const trimmed = text.replace(/\s+$/u, '');
  if (trimmed.endsWith(CLOSING_MARK)) return trimmed;
  if (trimmed.endsWith('.')) return `${trimmed}/.`;
  return `${trimmed.replace(/[;,:]$/u, '')}${CLOSING_MARK}`;
}

/** Index of the last block that has text, where the closing mark goes; -1 when the body is empty. */
export function closingBlockIndex(blocks: readonly DraftBlock[]): number {
  for (let i = blocks.length - 1; i >= 0; i -= 1) {
    const block = blocks[i];
    if (block && runsText(block.runs).trim() !== '') return i;
  }
  return -1;
}

/** The body as plain text with its printed labels: what the archive stores and searches. */
export function draftBodyText(draft: Pick<DraftDocument, 'body'>): string {
  const labels = blockLabels(draft.body);
  const last = closingBlockIndex(draft.body);
  return draft.body
    .map((block, i) => {
      const text = `${labels[i] ?? ''}${runsText(blockDisplayRuns(block))}`;
      return i === last ? withClosingMark(text) : text;
    })
    .join('\n');
}

/** Nơi nhận and Kính gửi lines: "- X;" each, the last one ending with ".". */
export function listLines(items: readonly string[]): string[] {
  const cleaned = listItems(items);
  return cleaned.map((s, i) => `- ${s}${i === cleaned.length - 1 ? '.' : ';'}`);
}
