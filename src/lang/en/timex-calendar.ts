// Calendar arithmetic for TIMEX3 values (ISO weeks, weekday and month placement around a
// reference date): plain UTC date maths, no language knowledge.

export interface Day {
  y: number;
  m: number; // 1-12
  d: number;
}

export type Tense = 'past' | 'future' | 'none';

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

export function parseReferenceDate(ref: string | null): Day | null {
  const m = ref ? /^(\d{4})-(\d{2})-(\d{2})/.exec(ref) : null;
  return m ? { y: +m[1], m: +m[2], d: +m[3] } : null;
}

function toUtc(day: Day): Date {
  return new Date(Date.UTC(day.y, day.m - 1, day.d));
}

function fromUtc(date: Date): Day {
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
}

export function addDays(day: Day, n: number): Day {
  const t = toUtc(day);
  t.setUTCDate(t.getUTCDate() + n);
  return fromUtc(t);
}

/** Monday = 1 … Sunday = 7 */
export function weekday(day: Day): number {
  return ((toUtc(day).getUTCDay() + 6) % 7) + 1;
}

export function isoWeek(day: Day): { y: number; w: number } {
  // the ISO week belongs to the year of its Thursday
  const thursday = addDays(day, 4 - weekday(day));
  const jan1 = toUtc({ y: thursday.y, m: 1, d: 1 });
  const w = Math.floor((toUtc(thursday).getTime() - jan1.getTime()) / 86_400_000 / 7) + 1;
  return { y: thursday.y, w };
}

export const dayValue = (day: Day) => `${day.y}-${pad(day.m)}-${pad(day.d)}`;
export const monthValue = (y: number, m: number) => `${y}-${pad(m)}`;
export function weekValue(day: Day): string {
  const { y, w } = isoWeek(day);
  return `${y}-W${pad(w)}`;
}

/** Shift a month by n months. */
export function addMonths(y: number, m: number, n: number): { y: number; m: number } {
  const k = y * 12 + (m - 1) + n;
  return { y: Math.floor(k / 12), m: (k % 12) + 1 };
}

/** The weekday `wd` nearest the reference in the tense's direction: past → on or before,
 *  future → on or after; `strict` excludes the reference day itself ("last Friday"). */
export function placeWeekday(ref: Day, wd: number, tense: Tense, strict = false): Day {
  const diff = wd - weekday(ref);
  if (tense === 'future') {
    let n = (diff + 7) % 7;
    if (strict && n === 0) n = 7;
    return addDays(ref, n);
  }
  let n = (diff - 7) % 7; // 0 or negative
  if (strict && n === 0) n = -7;
  return addDays(ref, n);
}

/** The year of month `m` relative to the reference: the past one (on or before the reference
 *  month), the future one (on or after), or with no tense the nearest. `strict` excludes the
 *  reference month ("last March" said in March). */
export function placeMonth(ref: Day, m: number, tense: Tense, strict = false): number {
  if (tense === 'past') return m < ref.m || (m === ref.m && !strict) ? ref.y : ref.y - 1;
  if (tense === 'future') return m > ref.m || (m === ref.m && !strict) ? ref.y : ref.y + 1;
  const diff = m - ref.m;
  if (diff > 6) return ref.y - 1;
  if (diff < -6) return ref.y + 1;
  return ref.y;
}

/** Same for a month-and-day date without a year. */
export function placeMonthDay(ref: Day, m: number, d: number, tense: Tense, strict = false): number {
  const cmp = m !== ref.m ? m - ref.m : d - ref.d;
  if (tense === 'past') return cmp < 0 || (cmp === 0 && !strict) ? ref.y : ref.y - 1;
  if (tense === 'future') return cmp > 0 || (cmp === 0 && !strict) ? ref.y : ref.y + 1;
  return placeMonth(ref, m, 'none');
}
