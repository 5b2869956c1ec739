import { describe, expect, it } from 'vitest';
import { issueConfirmText, issueDateWarnings, type IssuePreview } from './issueConfirm';

const base: IssuePreview = { numberSymbol: '04/TB-LĐLĐ', issuedOn: '2026-11-25', today: '2026-11-25', lastIssued: { numberSymbol: '03/LĐLĐ', issuedOn: '2026-11-23' }, placeholders: [] };

describe('the confirm step before issuing', () => {
  it('shows the số, ký hiệu and the date that will be taken, with no warning on an ordinary day', () => {
    expect(issueDateWarnings(base)).toEqual([]);
    expect(issueConfirmText(base)).toBe(
      'Ban hành văn bản số 04/TB-LĐLĐ, ngày 25/11/2026?\nSố này được ghi vào sổ văn bản đi và không lấy lại được; văn bản không sửa được nữa.',
    );
  });

  it('warns of a date in a later year, which opens that year\'s register', () => {
    const text = issueConfirmText({ ...base, numberSymbol: '01/TB-LĐLĐ', issuedOn: '2027-03-05', lastIssued: null });
    expect(text).toContain('Ban hành văn bản số 01/TB-LĐLĐ, ngày 05/03/2027?');
    expect(text).toContain('Ngày ban hành 05/03/2027 là ngày trong tương lai (hôm nay là 25/11/2026); văn bản sẽ lấy số trong sổ văn bản đi năm 2027.');
    expect(text).toContain('hãy bấm Hủy và sửa Ngày ban hành');
  });

  it('warns of a date earlier than the last document issued in the sequence', () => {
    expect(issueDateWarnings({ ...base, issuedOn: '2026-11-01' })).toEqual([
      'Ngày ban hành 01/11/2026 sớm hơn văn bản đã ban hành gần nhất 03/LĐLĐ ngày 23/11/2026: số sau sẽ mang ngày trước.',
    ]);
    expect(issueDateWarnings({ ...base, issuedOn: '2026-11-26' })).toEqual([
      'Ngày ban hành 26/11/2026 là ngày trong tương lai (hôm nay là 25/11/2026).',
    ]);
  });
});
