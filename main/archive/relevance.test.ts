import { describe, expect, it } from 'vitest';
import { holdsQuery, rankInTiers } from './relevance';
import { parseSearchQuery } from './searchQuery';

describe('relevance', () => {
  it('finds a phrase only as consecutive words, and a typed prefix at the start of a word', () => {
    expect(holdsQuery('314/KH-LĐLĐ', parseSearchQuery('314/KH-LĐLĐ'))).toBe(true);
    expect(holdsQuery('KH-314/LĐLĐ', parseSearchQuery('314/KH-LĐLĐ'))).toBe(false);
    expect(holdsQuery('Đẩy mạnh công tác tuyên truyền', parseSearchQuery('tuyen tr'))).toBe(true);
    expect(holdsQuery('Đẩy mạnh công tác tuyên truyền', parseSearchQuery('tuyen tr '))).toBe(false);
    expect(holdsQuery('Đẩy mạnh công tác tuyên truyền', parseSearchQuery('ruyen'))).toBe(false);
  });

  it('ranks số/ký hiệu above trích yếu above the rest, then the newer, then the later registered', () => {
    const parsed = parseSearchQuery('12/KH');
    const ranked = rankInTiers(
      [
        { r: 1, issuedOn: '2024-01-01', numberSymbol: '5/KH-LĐLĐ', subject: 'Kế hoạch' },
        { r: 2, issuedOn: '2020-01-01', numberSymbol: '12/KH-LĐLĐ', subject: 'Kế hoạch' },
        { r: 3, issuedOn: '2025-01-01', numberSymbol: null, subject: 'Thực hiện 12/KH' },
        { r: 4, issuedOn: null, numberSymbol: '12/KH-CĐN', subject: 'Kế hoạch' },
        { r: 5, issuedOn: '2024-01-01', numberSymbol: '6/KH-LĐLĐ', subject: 'Kế hoạch' },
      ],
      parsed,
    );
    expect(ranked).toEqual([2, 4, 3, 5, 1]);
  });
});
