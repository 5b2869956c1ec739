import { foldLine, isBlank, nextFilled, type Line } from './lines';
import { BULLET, isPersonName, isUpperText } from './patterns';

export type Signature = {
  readonly signerName: string | null;
  readonly signerTitle: string | null;
  readonly signingAuthority: string | null;
  readonly lines: { name: number[]; title: number[]; authority: number[] };
};

// Signing capacities (shared/domain/signing.ts). Q. is not one: "Q. CHỦ TỊCH" is the acting signer's title.
const AUTHORITY = /^(?:tm|kt|tl|tuq|t\/m|k\/t|t\.m|k\.t)\s*\.?\s+\S/;
const TITLE_WORDS =
  /(?:chu tich|giam doc|truong|bi thu|chanh|thu ky|chu nhiem|chu tri|uy vien|can bo|ke toan|thu quy|van thu|nguoi|dai dien|tong bien tap|hieu pho)/;

function isAuthority(line: Line): boolean {
  if (!AUTHORITY.test(line.folded)) return false;
  // Capitals lost in conversion: "TM. Ban Thường vụ" still reads as a signing capacity when short and capitalised.
  return isUpperText(line.text) || (line.text.length <= 60 && /^\S+\s*\.?\s+\p{Lu}/u.test(line.text) && !/[.;:,]$/.test(line.text));
}

function isTitle(line: Line): boolean {
  return isUpperText(line.text) && TITLE_WORDS.test(line.folded) && line.text.length <= 60 && !/:$/.test(line.text);
}

function isDistributionItem(line: Line): boolean {
  return BULLET.test(line.text) || /^luu\b/.test(line.folded) || /^noi nhan/.test(line.folded);
}

function isName(line: Line): boolean {
  if (!isPersonName(line.text)) return false;
  return !(isUpperText(line.text) && TITLE_WORDS.test(line.folded));
}

function nameAfter(lines: readonly Line[], from: number): number {
  for (let i = from; i < Math.min(lines.length, from + 14); i++) {
    const line = lines[i] as Line;
    if (isBlank(line) || isDistributionItem(line) || /^[([]/.test(line.text) || /^(?:da ky|ky ten)/.test(line.folded)) continue;
    if (isName(line)) return i;
    if (isAuthority(line)) return -1;
  }
  return -1;
}

const GLUED_TITLE = /^(.*?\S)\s+((?:q\.\s*|q\s+)?(?:pho )?(?:chu tich|giam doc|bi thu|truong ban|chanh van phong|hieu truong|chu nhiem|tong giam doc)(?: thuong truc)?)$/;

/**
 * "TM. BAN THƯỜNG VỤ CHỦ TỊCH": authority and title on one line when the line break was lost ("TM. BAN THƯỜNG VỤ
 * Q. CHỦ TỊCH" as well). "TM. ĐOÀN CHỦ TỊCH" names a body, so it is not split.
 */
function splitGluedTitle(authority: string): [string, string] | null {
  const folded = foldLine(authority);
  const m = GLUED_TITLE.exec(folded);
  if (!m) return null;
  const head = m[1] ?? '';
  if (/\bdoan$/.test(head) || head.split(/\s+/).length < 2) return null;
  return [authority.slice(0, head.length).trim(), authority.slice(folded.length - (m[2] ?? '').length).trim()];
}

/** Reads "TM. BAN THƯỜNG VỤ / CHỦ TỊCH / (signature) / Hoàng Thọ Trung" near the end of the document. */
export function findSignature(lines: readonly Line[], distributionLabel: number): Signature {
  const start = Math.max(0, Math.min(distributionLabel < 0 ? lines.length : distributionLabel, lines.length - 40));
  let authority = -1;
  for (let i = start; i < lines.length; i++) {
    if (isAuthority(lines[i] as Line)) {
      authority = i;
      break;
    }
  }
  // "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH": both capacities make up the authority.
  const authorityLines = authority >= 0 ? [authority] : [];
  while (authorityLines.length > 0 && authorityLines.length < 3) {
    const next = nextFilled(lines, (authorityLines[authorityLines.length - 1] as number) + 1);
    if (next < 0 || !isAuthority(lines[next] as Line)) break;
    authorityLines.push(next);
    authority = next;
  }
  let title = -1;
  if (authority >= 0) {
    for (let i = authority + 1; i < Math.min(lines.length, authority + 8); i++) {
      const line = lines[i] as Line;
      if (isBlank(line) || isDistributionItem(line)) continue;
      if ((isUpperText(line.text) || (TITLE_WORDS.test(line.folded) && line.text.length <= 50)) && !isName(line)) title = i;
      break;
    }
  } else {
    for (let i = lines.length - 1; i >= start; i--) {
      if (isTitle(lines[i] as Line) && nameAfter(lines, i + 1) >= 0) {
        title = i;
        break;
      }
    }
  }
  const afterTitle = title >= 0 ? title + 1 : authority >= 0 ? authority + 1 : -1;
  const name = afterTitle >= 0 ? nameAfter(lines, afterTitle) : -1;
  const text = (i: number): string | null => (i >= 0 ? (lines[i] as Line).text.trim() : null);
  let authorityText = authorityLines.length > 0 ? authorityLines.map((i) => (lines[i] as Line).text.trim()).join(' ') : null;
  let signerTitle = text(title);
  if (signerTitle === null && authorityText !== null) {
    const split = splitGluedTitle(authorityText);
    if (split) [authorityText, signerTitle] = split;
  }
  return {
    signerName: text(name),
    signerTitle,
    signingAuthority: authorityText,
    lines: { name: name >= 0 ? [name] : [], title: title >= 0 ? [title] : [], authority: authorityLines },
  };
}
