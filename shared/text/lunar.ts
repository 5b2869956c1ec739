/**
 * The Vietnamese lunar calendar (âm lịch), computed astronomically for the time zone UTC+7: a lunar month
 * begins on the day of the new moon in Hà Nội, and month 11 is the one holding the winter solstice. The new
 * moon and the sun's longitude follow the low-precision series of Jean Meeus, "Astronomical Algorithms",
 * accurate to minutes, which is enough to find the day. Vietnam has kept UTC+7 for this since 1968, which is
 * why its Tết sometimes differs from China's (UTC+8), as in 1985 and 2007.
 */
import type { IsoDate } from './dates';

const TIME_ZONE = 7;
const SYNODIC_MONTH = 29.530588853;
/** Julian day of the new moon of 1900-01-01, the origin of the lunation count used below. */
const LUNATION_ZERO = 2415021.076998695;
const RAD = Math.PI / 180;

function julianDay(year: number, month: number, day: number): number {
  const a = Math.floor((14 - month) / 12);
  const y = year + 4800 - a;
  const m = month + 12 * a - 3;
  return day + Math.floor((153 * m + 2) / 5) + 365 * y + Math.floor(y / 4) - Math.floor(y / 100) + Math.floor(y / 400) - 32045;
}

function isoFromJulianDay(jd: number): IsoDate {
  const a = jd + 32044;
  const b = Math.floor((4 * a + 3) / 146097);
  const c = a - Math.floor((146097 * b) / 4);
  const d = Math.floor((4 * c + 3) / 1461);
  const e = c - Math.floor((1461 * d) / 4);
  const m = Math.floor((5 * e + 2) / 153);
  const day = e - Math.floor((153 * m + 2) / 5) + 1;
  const month = m + 3 - 12 * Math.floor(m / 10);
  const year = b * 100 + d - 4800 + Math.floor(m / 10);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Julian day (with fraction, Terrestrial Time) of the k-th new moon after the one of 1900-01-01. */
function newMoon(k: number): number {
  const t = k / 1236.85;
  const t2 = t * t;
  const t3 = t2 * t;
  const mean = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3 + 0.00033 * Math.sin((166.56 + 132.87 * t - 0.009173 * t2) * RAD);
  const sunAnomaly = (359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3) * RAD;
  const moonAnomaly = (306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3) * RAD;
  const latitude = (21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3) * RAD;
  const correction =
    (0.1734 - 0.000393 * t) * Math.sin(sunAnomaly) +
    0.0021 * Math.sin(2 * sunAnomaly) -
    0.4068 * Math.sin(moonAnomaly) +
    0.0161 * Math.sin(2 * moonAnomaly) -
    0.0004 * Math.sin(3 * moonAnomaly) +
    0.0104 * Math.sin(2 * latitude) -
    0.0051 * Math.sin(sunAnomaly + moonAnomaly) -
    0.0074 * Math.sin(sunAnomaly - moonAnomaly) +
    0.0004 * Math.sin(2 * latitude + sunAnomaly) -
    0.0004 * Math.sin(2 * latitude - sunAnomaly) -
    0.0006 * Math.sin(2 * latitude + moonAnomaly) +
    0.001 * Math.sin(2 * latitude - moonAnomaly) +
    0.0005 * Math.sin(2 * moonAnomaly + sunAnomaly);
  // Terrestrial minus universal time, in days (a fit good for the 20th and 21st centuries).
  const deltaT = t < -11 ? 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3 : -0.000278 + 0.000265 * t + 0.000262 * t2;
  return mean + correction - deltaT;
}

/** The local day (Julian day number) of the k-th new moon. */
function newMoonDay(k: number): number {
  return Math.floor(newMoon(k) + 0.5 + TIME_ZONE / 24);
}

/** Which of the 12 thirty-degree sectors the sun is in at the start of local day `jd` (0 = from the vernal equinox). */
function sunSector(jd: number): number {
  const t = (jd - 0.5 - TIME_ZONE / 24 - 2451545.0) / 36525;
  const t2 = t * t;
  const anomaly = (357.5291 + 35999.0503 * t - 0.0001559 * t2 - 0.00000048 * t * t2) * RAD;
  const meanLongitude = 280.46645 + 36000.76983 * t + 0.0003032 * t2;
  const centre = (1.9146 - 0.004817 * t - 0.000014 * t2) * Math.sin(anomaly) + (0.019993 - 0.000101 * t) * Math.sin(2 * anomaly) + 0.00029 * Math.sin(3 * anomaly);
  let longitude = (meanLongitude + centre) * RAD;
  longitude -= 2 * Math.PI * Math.floor(longitude / (2 * Math.PI));
  return Math.floor((longitude / Math.PI) * 6);
}

/** The first day of lunar month 11 (the month of the winter solstice) that begins in solar `year`. */
function month11Start(year: number): number {
  const k = Math.floor((julianDay(year, 12, 31) - 2415021) / SYNODIC_MONTH);
  const start = newMoonDay(k);
  return sunSector(start) >= 9 ? newMoonDay(k - 1) : start;
}

/** In a year with a leap month, how many months after month 11 it comes: the first month with no sector change. */
function leapMonthOffset(month11: number): number {
  const k = Math.floor((month11 - LUNATION_ZERO) / SYNODIC_MONTH + 0.5);
  let i = 1;
  let sector = sunSector(newMoonDay(k + i));
  let previous: number;
  do {
    previous = sector;
    i++;
    sector = sunSector(newMoonDay(k + i));
  } while (sector !== previous && i < 14);
  return i - 1;
}

/**
 * The solar date of a lunar date: `lunarToSolar(1, 1, 2026)` is mùng 1 Tết Bính Ngọ, 2026-02-17. `leap` asks for
 * the leap (nhuận) month of that number; null when the year has no such leap month.
 */
export function lunarToSolar(day: number, month: number, year: number, leap = false): IsoDate | null {
  const [from, to] = month < 11 ? [month11Start(year - 1), month11Start(year)] : [month11Start(year), month11Start(year + 1)];
  const k = Math.floor(0.5 + (from - LUNATION_ZERO) / SYNODIC_MONTH);
  let offset = month - 11;
  if (offset < 0) offset += 12;
  if (to - from > 365) {
    const leapOffset = leapMonthOffset(from);
    let leapMonth = leapOffset - 2;
    if (leapMonth < 0) leapMonth += 12;
    if (leap && month !== leapMonth) return null;
    if (leap || offset >= leapOffset) offset += 1;
  } else if (leap) return null;
  return isoFromJulianDay(newMoonDay(k + offset) + day - 1);
}

/** The last day of lunar `year` (30 or 29 tháng Chạp): the eve of the next Tết. */
export function lunarNewYearsEve(year: number): IsoDate {
  const tet = lunarToSolar(1, 1, year + 1) as IsoDate;
  return isoFromJulianDay(julianDay(Number(tet.slice(0, 4)), Number(tet.slice(5, 7)), Number(tet.slice(8, 10))) - 1);
}
