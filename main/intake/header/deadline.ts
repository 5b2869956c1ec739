import { completeYear, readDateAt } from './dates';
import { foldLine } from './lines';

export type Deadline = { readonly date: string; /** Offset in the folded flat text, for finding the source line. */ readonly offset: number };

// "trước ngày 15/4/2026", "chậm nhất ngày 20/5", "trước 16 giờ 00 ngày 15 tháng 4 năm 2026", "hạn chót: 30/6/2025".
const TIME = String.raw`(?:(?:\d{1,2}\s*(?:gio|h)\s*(?:\d{1,2}\s*(?:phut|p)?)?|\d{1,2}:\d{2})\s*,?\s*)?`;
const DEADLINE = new RegExp(
  String.raw`\b(?:truoc|(?:cham nhat|khong muon hon|han chot|han cuoi|thoi han|den het)(?:[^.;:\d]{0,40}?)?)\s*:?\s*(?:la\s+)?(?:vao\s+)?${TIME}(?:ngay|ngay thu \S+,?)?\s*(?=\d)`,
  'g',
);
const REPORT = /bao cao|gui ve|gui (?:bao cao|ket qua|danh sach|van ban)|nop|tong hop|gui .{0,60}\bve\b/;
const ACTION = /dang ky|hoan thanh|gui|thuc hien|trien khai|to chuc|chuyen|cung cap|de xuat|tra loi|phan hoi/;

function sentenceBefore(folded: string, at: number): string {
  const from = Math.max(0, at - 240);
  const window = folded.slice(from, at);
  const cut = Math.max(window.lastIndexOf('. '), window.lastIndexOf('; '));
  return cut >= 0 ? window.slice(cut + 2) : window;
}

/**
 * The date by which the recipients must report or act. A report deadline wins over any other action
 * deadline; a day and month without a year is taken in the year of issue (or the next).
 */
export function readDeadline(text: string, issuedOn: string | null): Deadline | null {
  const flat = text.normalize('NFC').replace(/\*+|_{2,}/g, '').replace(/\s+/g, ' ');
  const folded = foldLine(flat);
  let action: Deadline | null = null;
  for (const m of folded.matchAll(DEADLINE)) {
    const at = (m.index ?? 0) + m[0].length;
    // "Thời hạn thực hiện: từ ngày 1/5 đến …" sets a period, not a deadline.
    if (/\btu\b/.test(m[0])) continue;
    const date = readDateAt(folded.slice(at));
    if (!date) continue;
    const iso = completeYear(date, issuedOn);
    if (iso === null || (issuedOn !== null && iso < issuedOn)) continue;
    const after = folded.slice(at, at + 120).split(/[.;] /)[0] ?? '';
    const context = `${sentenceBefore(folded, m.index ?? 0)}${folded.slice(m.index ?? 0, at)}${after}`;
    if (REPORT.test(context)) return { date: iso, offset: m.index ?? 0 };
    if (action === null && ACTION.test(context)) action = { date: iso, offset: m.index ?? 0 };
  }
  return action;
}
