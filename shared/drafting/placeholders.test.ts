import { describe, expect, it } from 'vitest';
import { ERROR_MESSAGES } from '../errors';
import { assertNoPlaceholders, findPlaceholders } from './placeholders';
import { newDraft } from './templates';

const office = { officeName: 'LIÊN ĐOÀN LAO ĐỘNG HUYỆN TAM ĐƯỜNG', parentName: 'LĐLĐ TỈNH LAI CHÂU', placeName: 'Tam Đường', unitCode: 'LĐLĐ' };

describe('template gaps left in a draft', () => {
  it('names every place a fresh công văn still has "…", in the editor\'s words', () => {
    const draft = { ...newDraft('officialLetter', office), subject: 'Đề nghị hỗ trợ', signerName: 'Nguyễn Văn An' };
    const spots = findPlaceholders(draft);
    expect(spots.map((s) => s.where)).toEqual(['Kính gửi', 'Nội dung đoạn 1', 'Nội dung đoạn 2', 'Nội dung đoạn 3']);
    expect(spots[0]?.excerpt).toBe('…');
    expect(spots[1]?.excerpt).toBe('Căn cứ …, Liên đoàn Lao động huyện Tam Đường …');
    expect(spots[3]?.excerpt).toBe('Liên đoàn Lao động huyện Tam Đường đề nghị … quan tâm, xem xét, giải quyết.');
  });

  it('takes "..." typed as a gap, numbers the lines of lists, and leaves an ellipsis that ends a word alone', () => {
    const draft = {
      ...newDraft('officialLetter', office),
      subject: 'Tổ chức hội thao, văn nghệ v.v…',
      addressees: ['LĐLĐ các huyện', '...'],
      body: [{ kind: 'paragraph' as const, runs: [{ text: 'Các hoạt động: thể thao, văn nghệ v.v... đều đã xong.' }] }],
      distribution: ['Như trên', 'Lưu: VT'],
    };
    expect(findPlaceholders(draft)).toEqual([{ where: 'Kính gửi, dòng 2', excerpt: '...' }]);
  });

  it('shortens a long line around the gap', () => {
    const long = `${'Ban Thường vụ Liên đoàn Lao động huyện đã chỉ đạo các công đoàn cơ sở '.repeat(2)}tổ chức … cho đoàn viên.`;
    const draft = { ...newDraft('report', office), subject: 'Báo cáo', addressees: [], distribution: ['Lưu: VT'], body: [{ kind: 'paragraph' as const, runs: [{ text: long }] }] };
    const [spot] = findPlaceholders(draft);
    const excerpt = spot?.excerpt ?? '';
    expect(excerpt.length).toBeLessThanOrEqual(86);
    expect(excerpt.startsWith('… ')).toBe(true);
    // Cut between words only: every word shown is a whole word of the line.
    const words = new Set(long.split(' '));
    for (const word of excerpt.split(' ').slice(1)) expect(words.has(word), word).toBe(true);
    expect(spot?.excerpt).toContain('tổ chức … cho');
  });

  it('refuses with the message for the code followed by the places', () => {
    const draft = { ...newDraft('officialLetter', office), subject: 'Đề nghị hỗ trợ' };
    expect(() => assertNoPlaceholders(draft)).toThrow(ERROR_MESSAGES.DRAFT_PLACEHOLDERS);
    expect(() => assertNoPlaceholders({ ...draft, addressees: ['LĐLĐ tỉnh'], body: [], distribution: ['Lưu: VT'] })).not.toThrow();
  });
});
