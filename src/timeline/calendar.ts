// Calendar arithmetic for TIMEX3 values: days counted from 1970-01-01 (UTC), ISO weeks,
// ISO weekdays, and Hijri (Umm al-Qura) dates converted with the built-in Intl calendar.

const DAY_MS = 86400000;

export interface YMD {
  y: number;
  m: number;
  d: number;
}

export function dayNumber(y: number, m: number, d: number): number {
  return Math.floor(Date.UTC(y, m - 1, d) / DAY_MS);
}

export function ymd(day: number): YMD {
  const t = new Date(day * DAY_MS);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

/** ISO weekday: Monday 1 … Sunday 7. */
export function weekday(day: number): number {
  // 1970-01-01 was a Thursday (4)
  return ((((day + 3) % 7) + 7) % 7) + 1;
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** ISO week-numbering year and week of a day. */
export function isoWeek(day: number): { year: number; week: number } {
  const thursday = day - weekday(day) + 4;
  const { y } = ymd(thursday);
  const week = Math.floor((thursday - dayNumber(y, 1, 1)) / 7) + 1;
  return { year: y, week };
}

/** The Monday of an ISO week. */
export function isoWeekStart(year: number, week: number): number {
  const jan4 = dayNumber(year, 1, 4);
  return jan4 - weekday(jan4) + 1 + (week - 1) * 7;
}

export function pad(n: number, width = 2): string {
  const s = String(Math.abs(n)).padStart(width, '0');
  return n < 0 ? '-' + s : s;
}

export function isoDate(day: number): string {
  const { y, m, d } = ymd(day);
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
}

/** Parses YYYY-MM-DD into a day number; null when it is not a real date. */
export function parseIsoDate(text: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) return null;
  return dayNumber(y, mo, d);
}

export function addMonths(y: number, m: number, delta: number): { y: number; m: number } {
  const k = y * 12 + (m - 1) + delta;
  return { y: Math.floor(k / 12), m: (k % 12) + 1 };
}

// ---- Hijri (Umm al-Qura) through Intl: formatting a Gregorian day gives its Hijri date;
// the reverse is found from an estimate and a few steps.
let hijriFormat: Intl.DateTimeFormat | undefined;

export function toHijri(day: number): YMD {
  hijriFormat ??= new Intl.DateTimeFormat('en-u-ca-islamic-umalqura-nu-latn', { year: 'numeric', month: 'numeric', day: 'numeric', timeZone: 'UTC' });
  const parts = hijriFormat.formatToParts(new Date(day * DAY_MS));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? NaN);
  return { y: get('year'), m: get('month'), d: get('day') };
}

/** The Gregorian day of a Hijri date, or null when the date is outside the calendar's range. */
export function fromHijri(y: number, m: number, d: number): number | null {
  // mean Hijri year 354.367 days; 1 Muharram 1 AH ≈ 622-07-16 (day -492148)
  let day = Math.round(-492148 + (y - 1) * 354.367 + (m - 1) * 29.53 + (d - 1));
  for (let step = 0; step < 8; step++) {
    const h = toHijri(day);
    if (!Number.isFinite(h.y)) return null;
    const diff = (y - h.y) * 354 + (m - h.m) * 29.5 + (d - h.d);
    if (Math.abs(diff) < 0.5) return h.d === d ? day : null;
    day += Math.round(diff);
  }
  // a day 30 that the month does not have
  return null;
}
