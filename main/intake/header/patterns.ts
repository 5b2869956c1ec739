import type { Line } from './lines';

/** Recognisers shared by the header readers. They all look at the folded text (no diacritics, lower case). */

export const BULLET = /^\s*[-–—+•●▪◦*]\s*/u;

/** Quốc hiệu, possibly cut after "chủ nghĩa" when the line wrapped. */
export function isNationalTitle(line: Line): boolean {
  // Party documents print the Party's name in the Quốc hiệu's place.
  return /cong hoa xa hoi chu nghia|cong hoa xhcn|^dang cong san viet nam$/.test(line.folded);
}

export function isMotto(line: Line): boolean {
  return /doc lap\s*-?\s*tu do|tu do\s*-\s*hanh phuc|^hanh phuc$/.test(line.folded);
}

const STAMPS = new Set([
  'khan',
  'thuong khan',
  'hoa toc',
  'hoa toc hen gio',
  'mat',
  'toi mat',
  'tuyet mat',
  'du thao',
  'ban sao',
  'ban chinh',
  'luu hanh noi bo',
  'xem xong tra lai',
  'tai lieu thu hoi',
  'sao y ban chinh',
  'sao y',
  'trich sao',
  'den',
]);

export function isStamp(line: Line): boolean {
  return STAMPS.has(line.folded.replace(/[^a-z ]/g, '').trim());
}

/** True when the letters of the text are (nearly) all capitals. */
export function isUpperText(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  if (letters.length < 2) return false;
  const lower = letters.replace(/[^\p{Ll}]/gu, '').length;
  return lower <= Math.floor(letters.length * 0.1);
}

/** Names of bodies: they open a body paragraph ("Ban Thường vụ … đề nghị"), but also continue a wrapped title. */
const BODY_NAMES = ['ban thuong vu', 'ban chap hanh', 'thuong truc', 'doan chu tich', 'uy ban nhan dan', 'lien doan lao dong', 'tong lien doan', 'cong doan '];

const BODY_STARTS = [
  'can cu',
  'thuc hien',
  'theo de nghi',
  'theo chi dao',
  'theo quy dinh',
  'de thuc hien',
  'nham ',
  'tren co so',
  'trien khai',
  'sau khi',
  'hom nay',
  'vao hoi',
  'vao luc',
  'xet de nghi',
  'xet ',
  'kinh moi',
  'tran trong',
  'nam ',
  'tiep theo',
  'trong thoi gian',
  'dieu 1',
];

/** A line that plainly begins the body of the document (so a subject or list cannot continue into it). */
export function isBodyStart(line: Line): boolean {
  const f = line.folded;
  if (/^(?:[ivx]+|\d+)\s*[.)]\s/.test(f)) return true;
  if (/^[a-zđ]\)\s/.test(f)) return true;
  if (isUpperText(line.text)) return false;
  // Running text that wrapped starts in lower case; a body paragraph starts with a capital.
  if (/^\p{Ll}/u.test(line.text)) return false;
  // "Để" opens a purpose clause; folded it would also match "Đề nghị", which often opens a title.
  if (/^Để\s/u.test(line.text)) return true;
  // "Ngày 12/5/2025, …" or "Ngày 12 tháng 5 năm 2025, …": a paragraph telling what happened on a day.
  if (/^ngay\s+\d{1,2}\s*(?:[/.-]|thang)\s*\d{1,2}\s*(?:[/.-]|nam)\s*\d{4}\s*,/.test(f)) return true;
  return BODY_STARTS.some((start) => f.startsWith(start)) || BODY_NAMES.some((start) => f.startsWith(start));
}

/** A body start that cannot be the second line of a wrapped title: not just the name of a body. */
export function isParagraphOpener(line: Line): boolean {
  return isBodyStart(line) && !BODY_NAMES.some((start) => line.folded.startsWith(start));
}

export function isAddresseeLabel(line: Line): boolean {
  return /^kinh g[uo]i\b/.test(line.folded);
}

export function isDistributionLabel(line: Line): boolean {
  return /^noi nhan\b/.test(line.folded);
}

/** Person name as printed under a signature: 2 to 6 words, each starting with a capital, no digits. */
export function isPersonName(text: string): boolean {
  const words = text.trim().split(/\s+/);
  if (words.length < 2 || words.length > 6) return false;
  return words.every((w) => /^\p{Lu}[\p{L}]*$/u.test(w));
}

/** Trims list punctuation and bullets from both ends of an item. */
export function cleanItem(text: string): string {
  return text
    .replace(BULLET, '')
    .replace(/[\s;,.]+$/u, '')
    .replace(/\s+/g, ' ')
    .trim();
}
