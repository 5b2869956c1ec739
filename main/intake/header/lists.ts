import { isBlank, nextFilled, type Line } from './lines';
import {
  BULLET,
  cleanItem,
  isAddresseeLabel,
  isBodyStart,
  isDistributionLabel,
  isPersonName,
  isUpperText,
} from './patterns';

export type ListBlock = { readonly items: string[]; readonly lines: number[] };

type ListRules = {
  /** Lines that belong to something else printed beside the list (the signature column): skipped. */
  readonly skip: (line: Line) => boolean;
  /** Lines that end the list. */
  readonly stop: (line: Line) => boolean;
};

const LABEL_REST = /^[^:]*?(?:g[uo]i|nhan)\s*:?\s*/;

function isBullet(line: Line): boolean {
  return BULLET.test(line.text) && !/^\s*-?\d/.test(line.text);
}

function isFinished(item: string): boolean {
  return /[;.]\s*$/.test(item);
}

/** Reads "- item;" lines after a label, joining items that wrapped onto the next line. */
function readList(lines: readonly Line[], labelIndex: number, rules: ListRules): ListBlock {
  const label = lines[labelIndex] as Line;
  const restMatch = LABEL_REST.exec(label.folded);
  const rest = restMatch ? label.text.slice(restMatch[0].length).trim() : '';
  const items: string[] = [];
  const taken = [labelIndex];
  let current: string | null = rest === '' ? null : rest;
  let done = current !== null && /\.\s*$/.test(current) && !isBullet(label);
  for (let i = labelIndex + 1; i < lines.length && !done && taken.length < 40; i++) {
    const line = lines[i] as Line;
    if (isBlank(line)) {
      const next = nextFilled(lines, i);
      const following = next < 0 ? undefined : lines[next];
      if (!following) break;
      if (isBullet(following) || rules.skip(following)) continue;
      if (current === null && !rules.stop(following)) continue;
      if (current !== null && !isFinished(current) && /^\p{Ll}/u.test(following.text)) continue;
      break;
    }
    if (rules.skip(line)) continue;
    if (isBullet(line)) {
      if (current !== null) items.push(current);
      current = line.text;
    } else if (rules.stop(line)) break;
    else if (current === null || /;\s*$/.test(current)) {
      if (current !== null) items.push(current);
      current = line.text;
    } else if (!isFinished(current)) current = `${current} ${line.text}`;
    else break;
    taken.push(i);
    if (/\.\s*$/.test(current) && /^[-+•*\s]*luu\b/.test(line.folded.replace(BULLET, ''))) done = true;
  }
  if (current !== null) items.push(current);
  return { items: items.map(cleanItem).filter((item) => item.length > 0), lines: taken };
}

export function findAddressees(lines: readonly Line[], end: number): ListBlock {
  for (let i = 0; i < Math.min(end, lines.length); i++) {
    if (!isAddresseeLabel(lines[i] as Line)) continue;
    return readList(lines, i, {
      skip: () => false,
      stop: (line) => isBodyStart(line) || isUpperText(line.text) || isDistributionLabel(line),
    });
  }
  return { items: [], lines: [] };
}

/** Lines of the signature column that a flattened two-column footer interleaves with the distribution list. */
export function isSignatureLine(line: Line): boolean {
  if (isUpperText(line.text)) return true;
  if (/^[([]?\s*(?:da ky|ky ten|ky,|ky va|chu ky|dau)/.test(line.folded)) return true;
  return isPersonName(line.text) && !/[;,:]/.test(line.text);
}

export function findDistributionLabel(lines: readonly Line[]): number {
  for (let i = lines.length - 1; i >= 0; i--) if (isDistributionLabel(lines[i] as Line)) return i;
  return -1;
}

export function findDistribution(lines: readonly Line[], labelIndex: number): ListBlock {
  if (labelIndex < 0) return { items: [], lines: [] };
  return readList(lines, labelIndex, { skip: isSignatureLine, stop: () => false });
}
