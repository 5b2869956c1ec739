import type { DraftDocument } from '../domain/draft';
import { AppError } from '../errors';
import { runsText } from './bodyText';

/** A gap of the template still in the draft: where it is, in the editor's words, and the words around it. */
export type PlaceholderSpot = { where: string; excerpt: string };

/**
 * The templates leave "…" where the clerk still has to write. An ellipsis (or "...") that stands on its own is
 * such a gap; one that ends a word ("v.v…") is ordinary text.
 */
const GAP = /(^|[\s(,:;'"“‘-])(…|\.{3})(?=$|[\s),.;:'"”’])/u;

const EXCERPT_CHARS = 80;

/** The line around its first gap, cut at word boundaries, so the clerk recognises the sentence. */
function excerptOf(text: string): string {
  const flat = text.replace(/\s+/gu, ' ').trim();
  if (flat.length <= EXCERPT_CHARS) return flat;
  const at = flat.search(GAP);
  let start = Math.max(0, Math.min(at - 30, flat.length - EXCERPT_CHARS));
  if (start > 0) start = flat.indexOf(' ', start) + 1;
  let end = Math.min(flat.length, start + EXCERPT_CHARS);
  if (end < flat.length) end = Math.max(flat.lastIndexOf(' ', end), at + 2);
  return `${start > 0 ? '… ' : ''}${flat.slice(start, end).trim()}${end < flat.length ? ' …' : ''}`;
}

function spotsIn(where: string, lines: readonly string[]): PlaceholderSpot[] {
  return lines.flatMap((line, i) => (GAP.test(line) ? [{ where: lines.length > 1 ? `${where}, dòng ${i + 1}` : where, excerpt: excerptOf(line) }] : []));
}

/** Every template gap left in the parts of a draft that get printed, in the order they appear on the page. */
export function findPlaceholders(draft: DraftDocument): PlaceholderSpot[] {
  return [
    ...spotsIn('Trích yếu', [draft.subject]),
    ...spotsIn('Kính gửi', draft.addressees),
    ...draft.body.flatMap((block, i) => spotsIn(`Nội dung đoạn ${i + 1}`, [runsText(block.runs)])),
    ...spotsIn('Nơi nhận', draft.distribution),
    ...spotsIn('Thẩm quyền ký', [draft.signingAuthority ?? '']),
    ...spotsIn('Chức vụ', [draft.signerTitle]),
    ...spotsIn('Họ tên người ký', [draft.signerName]),
  ];
}

/** The refusal for a draft with gaps left, naming each place: the same sentence whether the check runs before or at issuing. */
export function placeholderError(spots: readonly PlaceholderSpot[]): AppError {
  return new AppError('DRAFT_PLACEHOLDERS', { detail: spots.map((s) => `${s.where}: “${s.excerpt}”`).join('; ') });
}

/** A number cannot be taken back, so a draft still holding template gaps is never issued. */
export function assertNoPlaceholders(draft: DraftDocument): void {
  const spots = findPlaceholders(draft);
  if (spots.length > 0) throw placeholderError(spots);
}
