import { publicHolidays } from '../../../shared/domain/holidays';
import { formatShortDate, parseShortDate, todayIso, weekdayOf, type IsoDate } from '../../../shared/text/dates';
import { Field } from './Field';

const WEEKDAYS = ['Chủ nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'];

/** One date a line (or separated by commas): the dates, or the first entry that is not a date. */
export function parseDayList(text: string): { dates: IsoDate[]; bad: string | null } {
  const entries = text.split(/[\n,;]+/).map((e) => e.trim()).filter(Boolean);
  const dates: IsoDate[] = [];
  for (const entry of entries) {
    const date = parseShortDate(entry);
    if (!date) return { dates: [], bad: entry };
    dates.push(date);
  }
  return { dates: [...new Set(dates)].sort(), bad: null };
}

export const showDayList = (dates: readonly IsoDate[] | undefined) => (dates ?? []).map(formatShortDate).join('\n');

type Props = {
  daysOff: string;
  workingDays: string;
  onChange: (change: { daysOff?: string; workingDays?: string }) => void;
  errors: { daysOff?: string | undefined; workingDays?: string | undefined };
};

/** Ngày nghỉ lễ, Tết: the statutory days this year and next, and the office's changes from the yearly announcement. */
export function DaysOffFields({ daysOff, workingDays, onChange, errors }: Props) {
  const year = Number(todayIso().slice(0, 4));
  return (
    <div className="days-off">
      <p className="muted">
        Hạn giải quyết tính theo ngày làm việc bỏ qua thứ Bảy, Chủ nhật và các ngày nghỉ lễ, Tết theo Bộ luật Lao động (Tết Âm lịch tính theo
        âm lịch Việt Nam; ngày lễ trùng cuối tuần được nghỉ bù). Khi có thông báo nghỉ lễ, Tết hằng năm khác đi, hãy ghi các ngày thay đổi vào hai ô dưới.
      </p>
      <div className="form-grid">
        {[year, year + 1].map((y) => (
          <div key={y} data-testid={`holidays-${y}`}>
            <h3>Ngày nghỉ lễ, Tết năm {y}</h3>
            <ul className="holiday-list">
              {publicHolidays(y).map((h) => (
                <li key={h.date}>
                  {WEEKDAYS[weekdayOf(h.date)]}, {formatShortDate(h.date)}: {h.name}
                </li>
              ))}
            </ul>
          </div>
        ))}
        <Field label="Ngày nghỉ thêm theo thông báo" error={errors.daysOff} hint="Mỗi dòng một ngày, ví dụ 27/01/2025 (ngày nghỉ hoán đổi, nghỉ bù)">
          <textarea rows={4} value={daysOff} onChange={(e) => onChange({ daysOff: e.target.value })} />
        </Field>
        <Field label="Ngày đi làm bù" error={errors.workingDays} hint="Thứ Bảy hoặc Chủ nhật phải đi làm, mỗi dòng một ngày">
          <textarea rows={4} value={workingDays} onChange={(e) => onChange({ workingDays: e.target.value })} />
        </Field>
      </div>
    </div>
  );
}
