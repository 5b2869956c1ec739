/**
 * Ngày nghỉ lễ, Tết and the working calendar that deadlines are counted on.
 *
 * Bộ luật Lao động 2019, Điều 112: Tết Dương lịch (1 day), Tết Âm lịch (5 days), Ngày Chiến thắng 30/4, Quốc tế
 * Lao động 1/5, Quốc khánh 2/9 with one day before or after it, and Giỗ Tổ Hùng Vương 10/3 âm lịch. Which five
 * days of Tết and which day next to 2/9 are decided each year by the Government; the defaults here are the usual
 * choice (the eve of Tết and mùng 1 to 4; the day that joins 2/9 to the weekend). A holiday on a Saturday or
 * Sunday gives a day off on the next working day (nghỉ bù, Điều 111). Each office adds the days the year's
 * announcement moves (extra days off, and Saturdays worked in exchange) in its profile.
 */
import { addDays, isoDate, weekdayOf, type IsoDate } from '../text/dates';
import { lunarNewYearsEve, lunarToSolar } from '../text/lunar';

export type Holiday = { date: IsoDate; name: string };

export type CalendarChanges = {
  /** Days off beyond the statutory holidays, e.g. a weekday swapped for a Saturday worked. */
  extraDaysOff: readonly IsoDate[];
  /** Saturdays or Sundays that are working days, e.g. the Saturday worked in exchange. */
  extraWorkingDays: readonly IsoDate[];
};

const isWeekendDay = (date: IsoDate) => {
  const day = weekdayOf(date);
  return day === 0 || day === 6;
};

/** The day joined to 2/9: Monday the 1st when 2/9 is a Tuesday, otherwise the 3rd (Friday when 2/9 is a Thursday). */
function nationalDayPartner(year: number): IsoDate {
  const second = isoDate(year, 9, 2) as IsoDate;
  return weekdayOf(second) === 2 ? (isoDate(year, 9, 1) as IsoDate) : (isoDate(year, 9, 3) as IsoDate);
}

/** The statutory days off of a calendar year, with the nghỉ bù they give (into the next year for a late one), in date order. */
export function publicHolidays(year: number): Holiday[] {
  const days: Holiday[] = [{ date: isoDate(year, 1, 1) as IsoDate, name: 'Tết Dương lịch' }];
  // Tết falls between 21 January and 20 February, so its five days are always within the solar year.
  const eve = lunarNewYearsEve(year - 1);
  for (let i = 0; i < 5; i++) days.push({ date: addDays(eve, i), name: i === 0 ? 'Tết Nguyên đán (ngày cuối năm âm lịch)' : `Tết Nguyên đán (mùng ${i})` });
  days.push({ date: lunarToSolar(10, 3, year) as IsoDate, name: 'Giỗ Tổ Hùng Vương' });
  days.push({ date: isoDate(year, 4, 30) as IsoDate, name: 'Ngày Chiến thắng' });
  days.push({ date: isoDate(year, 5, 1) as IsoDate, name: 'Ngày Quốc tế Lao động' });
  days.push({ date: isoDate(year, 9, 2) as IsoDate, name: 'Quốc khánh' });
  days.push({ date: nationalDayPartner(year), name: 'Quốc khánh (ngày liền kề)' });
  const inYear = days.sort((a, b) => (a.date < b.date ? -1 : 1));
  const taken = new Set(inYear.map((d) => d.date));
  const compensations: Holiday[] = [];
  for (const holiday of inYear) {
    if (!isWeekendDay(holiday.date)) continue;
    let date = addDays(holiday.date, 1);
    while (isWeekendDay(date) || taken.has(date)) date = addDays(date, 1);
    taken.add(date);
    compensations.push({ date, name: `Nghỉ bù ${holiday.name}` });
  }
  return [...inYear, ...compensations].sort((a, b) => (a.date < b.date ? -1 : 1));
}

export type WorkingCalendar = { isDayOff(date: IsoDate): boolean };

const holidayDates = new Map<number, ReadonlySet<IsoDate>>();

/** The dates of publicHolidays(year), worked out once per year: a deadline is counted for every document received. */
function holidayDatesOf(year: number): ReadonlySet<IsoDate> {
  let dates = holidayDates.get(year);
  if (!dates) {
    dates = new Set(publicHolidays(year).map((h) => h.date));
    holidayDates.set(year, dates);
  }
  return dates;
}

const calendars = new Map<string, WorkingCalendar>();

/**
 * Saturdays, Sundays and holidays off, as changed by the office's own list. The same changes give the same
 * calendar object, whose answers are remembered: a bundle of thousands of documents asks about the same few weeks.
 */
export function workingCalendar(changes: CalendarChanges): WorkingCalendar {
  const key = JSON.stringify([changes.extraDaysOff, changes.extraWorkingDays]);
  let calendar = calendars.get(key);
  if (!calendar) {
    if (calendars.size >= 16) calendars.clear();
    calendar = newCalendar(changes);
    calendars.set(key, calendar);
  }
  return calendar;
}

function newCalendar(changes: CalendarChanges): WorkingCalendar {
  const extraOff = new Set(changes.extraDaysOff);
  const extraWorking = new Set(changes.extraWorkingDays);
  const answers = new Map<IsoDate, boolean>();
  return {
    isDayOff(date) {
      let off = answers.get(date);
      if (off === undefined) {
        off = !extraWorking.has(date) && (extraOff.has(date) || isWeekendDay(date) || holidayDatesOf(Number(date.slice(0, 4))).has(date));
        answers.set(date, off);
      }
      return off;
    },
  };
}
