import type { IsoDate } from '../text/dates';
import { formatShortDate } from '../text/dates';
import type { PlaceholderSpot } from './placeholders';

/** What issuing a draft on a date would do, shown to the clerk before the number is taken for good. */
export type IssuePreview = {
  /** The số, ký hiệu the document would take: "05/BC-CĐVC". */
  numberSymbol: string;
  issuedOn: IsoDate;
  /** The computer's date when the preview was made. */
  today: IsoDate;
  /** The last document issued in the same sequence of the same year, by its date. */
  lastIssued: { numberSymbol: string; issuedOn: IsoDate } | null;
  placeholders: PlaceholderSpot[];
};

/** Dates that would put the register out of order: each one a sentence for the confirm step. */
export function issueDateWarnings(preview: IssuePreview): string[] {
  const warnings: string[] = [];
  if (preview.issuedOn > preview.today) {
    const newYear = preview.issuedOn.slice(0, 4) !== preview.today.slice(0, 4);
    warnings.push(
      `Ngày ban hành ${formatShortDate(preview.issuedOn)} là ngày trong tương lai (hôm nay là ${formatShortDate(preview.today)})` +
        (newYear ? `; văn bản sẽ lấy số trong sổ văn bản đi năm ${preview.issuedOn.slice(0, 4)}.` : '.'),
    );
  }
  const last = preview.lastIssued;
  if (last && preview.issuedOn < last.issuedOn) {
    warnings.push(
      `Ngày ban hành ${formatShortDate(preview.issuedOn)} sớm hơn văn bản đã ban hành gần nhất ${last.numberSymbol} ngày ${formatShortDate(last.issuedOn)}: số sau sẽ mang ngày trước.`,
    );
  }
  return warnings;
}

/** The question asked before issuing: the number and date that will be taken, and any warning about the date. */
export function issueConfirmText(preview: IssuePreview): string {
  const warnings = issueDateWarnings(preview);
  return [
    `Ban hành văn bản số ${preview.numberSymbol}, ngày ${formatShortDate(preview.issuedOn)}?`,
    'Số này được ghi vào sổ văn bản đi và không lấy lại được; văn bản không sửa được nữa.',
    ...(warnings.length ? ['', 'Lưu ý:', ...warnings.map((w) => `- ${w}`), '', 'Nếu ngày chưa đúng, hãy bấm Hủy và sửa Ngày ban hành.'] : []),
  ].join('\n');
}
