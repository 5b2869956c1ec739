import { foldText } from '../../shared/text/fold';
import { rng } from './corpus';

export type BenchQuery = { cls: string; query: string; typeId?: string; year?: number };

const WORDS = ['cong', 'doan', 'lao dong', 'dang', 'tuyen truyen', 'tai chinh', 'thi dua', 'nguoi lao dong', 'doan vien', 'kiem tra'];
const PHRASES = ['hoc tap suot doi', 'an toan ve sinh lao dong', 'thang cong nhan', 'mai am cong doan', 'doi thoai thuong luong tap the', 'chuyen doi so', 'binh dang gioi', 'van hoa cong so'];
const TYPES = ['plan', 'notice', 'officialLetter', 'report', 'guidance'];

/** 200 queries a clerk types: one broad word, 2–3 words, phrases, number/symbol look-ups, with filters. */
export function benchQueries(numberSymbols: string[], seed = 7, count = 200): BenchQuery[] {
  const random = rng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const out: BenchQuery[] = [];
  for (let i = 0; i < count; i++) {
    switch (i % 5) {
      case 0:
        out.push({ cls: 'một từ (rộng)', query: pick(WORDS).split(' ')[0] as string });
        break;
      case 1:
        out.push({ cls: '2–3 từ', query: pick(PHRASES).split(' ').slice(0, 2 + Math.floor(random() * 2)).join(' ') });
        break;
      case 2:
        out.push({ cls: 'cụm từ', query: pick(PHRASES) });
        break;
      case 3:
        out.push({ cls: 'số, ký hiệu', query: pick(numberSymbols) });
        break;
      default:
        out.push({ cls: 'có lọc loại, năm', query: pick(WORDS), typeId: pick(TYPES), year: 2006 + Math.floor(random() * 20) });
    }
  }
  return out;
}

/** What a naive implementation would run: LIKE over subject and body (it cannot ignore diacritics). */
export function likePattern(q: BenchQuery): string {
  return `%${foldText(q.query).split(/\s+/)[0] ?? ''}%`;
}
