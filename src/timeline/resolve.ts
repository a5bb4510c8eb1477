// Turns the meaning of a time expression (Sem) into a TIMEX3 type and value against the
// reference date, and gives it a place on the time line (a day number) for ordering.
// Without a reference date the arithmetic runs against a stand-in day, values stay
// relative (XXXX-WXX-5, PRESENT_REF) and only the relative order is kept.
import type { TimexType } from '../core/types.js';
import type { DateSem, Sem } from './grammar.js';
import type { Unit } from './lexicon.js';
import {
  addMonths, dayNumber, daysInMonth, fromHijri, isoDate, isoWeek, isoWeekStart, pad, toHijri, weekday, ymd,
} from './calendar.js';

export interface ResolveContext {
  /** the reference day, or null when the article has none */
  ref: number | null;
  /** the day the arithmetic runs against: ref, or a stand-in */
  base: number;
  /** tense of the clause: -1 past (default), 1 future; asked only when a value depends on it */
  tense(): -1 | 1;
  /** the last day mentioned before the expression (for "the same day" and bare clock times) */
  anchor: { day: number; absolute: boolean } | null;
}

/** Where an entry sits: 0 placed on the calendar, 1 placed relative to an unknown reference, 2 not placeable. */
export type Placement = 0 | 1 | 2;

export interface Resolved {
  type: TimexType;
  value: string;
  /** day number (fractions for times of day) for ordering; null when not placeable */
  key: number | null;
  placement: Placement;
  /** a calendar day the expression names (an anchor for later "same day" references) */
  day: number | null;
}

const SEASON_MONTH: Record<string, number> = { WI: 1, SP: 3, SU: 6, FA: 9 };
const PART_FRACTION: Record<string, number> = { MO: 0.3, MI: 0.5, AF: 0.6, EV: 0.75, NI: 0.9 };
const UNIT_DAYS: Record<Unit, number> = { S: 1 / 86400, MI: 1 / 1440, H: 1 / 24, N: 1, D: 1, W: 7, M: 30.44, Q: 91.3, Y: 365.25, DE: 3652.5, CE: 36525 };

// the ISO 8601 letters of the units that combine in one value (P1Y1M21D, P1DT2H); a week among them is 7 days
const DATE_LETTERS: Partial<Record<Unit, string>> = { Y: 'Y', M: 'M', D: 'D' };
const TIME_LETTERS: Partial<Record<Unit, string>> = { H: 'H', MI: 'M', S: 'S' };

export function durationValue(unit: Unit, n: number | 'X', more?: Array<{ unit: Unit; n: number }>): string {
  const count = n === 'X' ? 'X' : String(n);
  if (more?.length && n !== 'X') {
    // units largest first (the grammar joins them so); weeks become days and add up with them
    const sums = new Map<Unit, number>();
    for (const p of [{ unit, n }, ...more]) {
      const u = p.unit === 'W' ? 'D' : p.unit;
      sums.set(u, (sums.get(u) ?? 0) + (p.unit === 'W' ? 7 * p.n : p.n));
    }
    const parts = [...sums];
    if (parts.every(([u]) => DATE_LETTERS[u] || TIME_LETTERS[u])) {
      const date = parts.filter(([u]) => DATE_LETTERS[u]).map(([u, k]) => `${k}${DATE_LETTERS[u]}`).join('');
      const time = parts.filter(([u]) => TIME_LETTERS[u]).map(([u, k]) => `${k}${TIME_LETTERS[u]}`).join('');
      return `P${date}${time ? 'T' + time : ''}`;
    }
  }
  if (unit === 'H') return `PT${count}H`;
  if (unit === 'MI') return `PT${count}M`;
  if (unit === 'S') return `PT${count}S`;
  return `P${count}${unit}`;
}

function timeSuffix(sem: DateSem): string {
  if (sem.clock) return 'T' + sem.clock;
  if (sem.part) return 'T' + sem.part;
  return '';
}

function timeFraction(sem: DateSem): number {
  if (sem.clock) {
    const [h, m] = sem.clock.split(':').map(Number);
    return (h * 60 + m) / 1440;
  }
  return sem.part ? PART_FRACTION[sem.part] ?? 0.5 : 0;
}

/** The day with the given ISO weekday nearest to `day` (ties go back). */
function nearestWeekday(day: number, wd: number): number {
  let diff = wd - weekday(day);
  if (diff > 3) diff -= 7;
  if (diff < -3) diff += 7;
  return day + diff;
}

/** A weekday seen from `base`: dir -1 on or before, 1 on or after; explicit -1/1 strictly, -2 one week earlier. */
function weekdayFrom(base: number, wd: number, dir: number, strict: boolean): number {
  const back = (weekday(base) - wd + 7) % 7;
  const ahead = (wd - weekday(base) + 7) % 7;
  if (dir === -2) return base - (back === 0 ? 7 : back) - 7;
  if (dir < 0) return base - (strict && back === 0 ? 7 : back);
  return base + (strict && ahead === 0 ? 7 : ahead);
}

/** The year of a month (and day) given without one: by its modifier, else the nearest to the base. */
function yearFor(base: number, m: number, d: number | undefined, dir: number | undefined): number {
  const b = ymd(base);
  const candidates = [b.y - 1, b.y, b.y + 1];
  const day = (y: number) => dayNumber(y, m, Math.min(d ?? 15, daysInMonth(y, m)));
  const sameMonth = (y: number) => y === b.y && m === b.m;
  if (dir === -1) return candidates.filter((y) => day(y) <= base || (d === undefined && sameMonth(y))).pop()!;
  if (dir === 1) return candidates.find((y) => day(y) >= base || (d === undefined && sameMonth(y)))!;
  if (dir === 0) return b.y;
  return candidates.reduce((best, y) => (Math.abs(day(y) - base) < Math.abs(day(best) - base) ? y : best));
}

function hijriYearFor(base: number, m: number, d: number | undefined, dir: number | undefined): number | null {
  const h = toHijri(base);
  const candidates = [h.y - 1, h.y, h.y + 1];
  const day = (y: number) => fromHijri(y, m, d ?? 15) ?? fromHijri(y, m, 1)!;
  if (dir === -1) return candidates.filter((y) => day(y) <= base).pop() ?? null;
  if (dir === 1) return candidates.find((y) => day(y) >= base) ?? null;
  return candidates.reduce((best, y) => (Math.abs(day(y) - base) < Math.abs(day(best) - base) ? y : best));
}

function relNames(n: number): string {
  return n === 0 ? 'PRESENT_REF' : n < 0 ? 'PAST_REF' : 'FUTURE_REF';
}

export function resolve(sem: Sem, ctx: ResolveContext): Resolved {
  const known = ctx.ref !== null;
  const rel: Placement = known ? 0 : 1;
  const base = ctx.base;
  switch (sem.k) {
    case 'set':
      return { type: 'SET', value: sem.value, key: null, placement: 2, day: null };
    case 'ref': {
      const n = sem.value === 'PRESENT_REF' ? 0 : sem.value === 'PAST_REF' ? -0.5 : 0.5;
      return { type: 'DATE', value: sem.value, key: base + n, placement: rel, day: null };
    }
    case 'duration': {
      const value = durationValue(sem.unit, sem.n, sem.more);
      let span = (sem.n === 'X' ? 1 : sem.n) * UNIT_DAYS[sem.unit];
      for (const p of sem.more ?? []) span += p.n * UNIT_DAYS[p.unit];
      let key: number | null = null;
      if (sem.signal === 'since' || sem.signal === 'ago') key = base - span;
      else if (sem.signal === 'within' || sem.side) {
        // hours before or after «now» stay on the reference day (its time of day unknown);
        // longer periods start or end at the reference day
        const side = sem.side ?? ctx.tense();
        const short = span < 1;
        key = side < 0 ? (short ? base + 0.49 : base - span) : short ? base + 0.99 : base + 1;
      }
      return { type: 'DURATION', value, key, placement: key === null ? 2 : rel, day: null };
    }
    case 'date':
      return resolveDate(sem, ctx, known, rel, base);
  }
}

function resolveDate(sem: DateSem, ctx: ResolveContext, known: boolean, rel: Placement, base: number): Resolved {
  const type: TimexType = sem.clock || sem.part ? 'TIME' : 'DATE';
  const suffix = timeSuffix(sem);
  const frac = timeFraction(sem);
  const dayResult = (day: number, placement: Placement, relativeValue: string): Resolved => ({
    type,
    value: placement === 0 || (placement === 1 && known) ? isoDate(day) + suffix : relativeValue + suffix,
    key: day + frac,
    placement,
    day,
  });

  if (sem.anaphoric !== undefined || sem.needsDay) {
    const a = ctx.anchor;
    const day = (a ? a.day : base) + (sem.anaphoric ?? 0);
    const placement: Placement = a ? (a.absolute || known ? 0 : 1) : rel;
    return dayResult(day, placement, 'XXXX-XX-XX');
  }
  if (sem.rel?.unit === 'D') {
    let day = base + sem.rel.n;
    // a weekday gloss wins over the count (the article may have been written a day earlier)
    if (sem.weekday) day = nearestWeekday(day, sem.weekday);
    const relative = sem.weekday ? `XXXX-WXX-${sem.weekday}` : sem.rel.n === 0 && !suffix ? 'PRESENT_REF' : 'XXXX-XX-XX';
    return dayResult(day, rel, relative);
  }
  if (sem.weekday && !sem.rel) {
    const dir = sem.weekdayDir ?? ctx.tense();
    const day = weekdayFrom(base, sem.weekday, dir, sem.weekdayDir !== undefined);
    return dayResult(day, rel, `XXXX-WXX-${sem.weekday}`);
  }
  if (sem.ago) {
    const { unit, n } = sem.ago;
    if (!known) return { type, value: 'PAST_REF', key: base - n * UNIT_DAYS[unit], placement: 1, day: null };
    const b = ymd(base);
    if (sem.ago.more) {
      // «منذ ثلاث سنوات وستة أشهر»: years and months on the calendar, then days; the value as fine as the smallest part
      const parts = [{ unit, n }, ...sem.ago.more];
      const months = parts.reduce((m, p) => m + (p.unit === 'Y' ? 12 * p.n : p.unit === 'M' ? p.n : 0), 0);
      const days = parts.reduce((d, p) => d + (p.unit === 'W' || p.unit === 'D' ? Math.round(p.n * UNIT_DAYS[p.unit]) : 0), 0);
      const t = addMonths(b.y, b.m, -months);
      if (!parts.some((p) => p.unit !== 'Y' && p.unit !== 'M')) {
        return { type, value: `${t.y}-${pad(t.m)}`, key: dayNumber(t.y, t.m, 1), placement: 0, day: null };
      }
      const day = dayNumber(t.y, t.m, Math.min(b.d, daysInMonth(t.y, t.m))) - days;
      return dayResult(day, 0, 'XXXX-XX-XX');
    }
    if (unit === 'Y' || unit === 'DE' || unit === 'CE') {
      const y = b.y - n * (unit === 'Y' ? 1 : unit === 'DE' ? 10 : 100);
      return { type, value: String(y), key: dayNumber(y, 1, 1), placement: 0, day: null };
    }
    if (unit === 'M' || unit === 'Q') {
      const t = addMonths(b.y, b.m, -n * (unit === 'M' ? 1 : 3));
      return { type, value: `${t.y}-${pad(t.m)}`, key: dayNumber(t.y, t.m, 1), placement: 0, day: null };
    }
    if (unit === 'W') {
      const w = isoWeek(base - 7 * n);
      return { type, value: `${w.year}-W${pad(w.week)}`, key: isoWeekStart(w.year, w.week), placement: 0, day: null };
    }
    const day = base - Math.round(n * UNIT_DAYS[unit]);
    return dayResult(day, 0, 'XXXX-XX-XX');
  }
  if (sem.rel) {
    const { unit, n } = sem.rel;
    if (unit === 'W' && sem.weekday) {
      const w = isoWeek(base + 7 * n);
      const day = isoWeekStart(w.year, w.week) + sem.weekday - 1;
      return dayResult(day, rel, `XXXX-WXX-${sem.weekday}`);
    }
    if (unit === 'DE') {
      const dec = Math.floor(ymd(base).y / 10) + n;
      return { type, value: known ? String(dec) : relNames(n), key: dayNumber(dec * 10, 1, 1), placement: rel, day: null };
    }
    if (unit === 'W') {
      let week = isoWeek(base + 7 * n);
      if (sem.weekend && sem.weekdayDir === undefined && ctx.tense() < 0 && weekday(base) < 6) week = isoWeek(base - 7);
      const start = isoWeekStart(week.year, week.week);
      const value = `${week.year}-W${pad(week.week)}${sem.weekend ? '-WE' : ''}`;
      return { type, value: known ? value : relNames(n), key: start + (sem.weekend ? 5 : 0), placement: rel, day: null };
    }
    const b = ymd(base);
    if (unit === 'M') {
      const t = addMonths(b.y, b.m, n);
      return { type, value: known ? `${t.y}-${pad(t.m)}` : relNames(n), key: dayNumber(t.y, t.m, 1), placement: rel, day: null };
    }
    if (unit === 'Q') {
      const t = addMonths(b.y, b.m, 3 * n);
      const q = Math.floor((t.m - 1) / 3) + 1;
      return { type, value: known ? `${t.y}-Q${q}` : relNames(n), key: dayNumber(t.y, 3 * q - 2, 1), placement: rel, day: null };
    }
    if (unit === 'CE') {
      const c = Math.floor(b.y / 100) + n;
      return { type, value: known ? String(c) : relNames(n), key: dayNumber(c * 100, 1, 1), placement: rel, day: null };
    }
    const y = b.y + n;
    const part = sem.yearPart ? '-' + sem.yearPart : '';
    return { type, value: known ? `${y}${part}` : relNames(n), key: dayNumber(y, 1, 1) + partOffset(sem.yearPart), placement: rel, day: null };
  }
  if (sem.decade !== undefined) return { type, value: String(sem.decade), key: dayNumber(sem.decade * 10, 1, 1), placement: 0, day: null };
  if (sem.century !== undefined) return { type, value: String(sem.century), key: dayNumber(sem.century * 100, 1, 1), placement: 0, day: null };
  if (sem.monthRel !== undefined && sem.d !== undefined) {
    const b = ymd(base);
    const t = addMonths(b.y, b.m, sem.monthRel);
    if (sem.d > daysInMonth(t.y, t.m)) return { type, value: `${t.y}-${pad(t.m)}`, key: dayNumber(t.y, t.m, 1), placement: rel, day: null };
    return dayResult(dayNumber(t.y, t.m, sem.d), rel, 'XXXX-XX-' + pad(sem.d));
  }
  if (sem.season) {
    const y = sem.y ?? ymd(base).y + (sem.yearRel ?? 0);
    const start = SEASON_MONTH[sem.season] ?? 1;
    const placement: Placement = sem.y !== undefined ? 0 : rel;
    return { type, value: placement === 0 || known ? `${y}-${sem.season}` : sem.season, key: dayNumber(y, start, 1), placement, day: null };
  }
  if (sem.m !== undefined || sem.y !== undefined) return resolveCalendar(sem, ctx, known, base, dayResult);
  return { type, value: 'XXXX-XX-XX', key: null, placement: 2, day: null };
}

function partOffset(yearPart: string | undefined): number {
  if (!yearPart) return 0;
  const n = Number(yearPart.slice(1));
  return yearPart[0] === 'H' ? (n - 1) * 182 : (n - 1) * 91;
}

function resolveCalendar(
  sem: DateSem,
  ctx: ResolveContext,
  known: boolean,
  base: number,
  dayResult: (day: number, p: Placement, relative: string) => Resolved,
): Resolved {
  const type: TimexType = sem.clock || sem.part ? 'TIME' : 'DATE';
  void ctx;
  const { m, d } = sem;
  let y = sem.y;
  const inferred = y === undefined;
  if (sem.hijri) {
    if (y === undefined && m !== undefined) {
      const hy = hijriYearFor(base, m, d, sem.dir);
      if (hy === null) return { type, value: 'XXXX-XX', key: null, placement: 2, day: null };
      y = hy;
    }
    const hy = y!;
    if (m !== undefined && d !== undefined) {
      const day = fromHijri(hy, m, d);
      if (day !== null) return dayResult(day, inferred && !known ? 1 : 0, isoDate(day));
    }
    // a Hijri month or year: the Gregorian month or year around its middle
    const mid = m !== undefined ? fromHijri(hy, m, 15) : fromHijri(hy, 7, 1);
    if (mid === null) return { type, value: 'XXXX', key: null, placement: 2, day: null };
    const g = ymd(mid);
    const value = m !== undefined ? `${g.y}-${pad(g.m)}` : String(g.y);
    return { type, value, key: mid, placement: inferred && !known ? 1 : 0, day: null };
  }
  if (y === undefined && sem.yearRel !== undefined) y = ymd(base).y + sem.yearRel;
  if (y === undefined) y = yearFor(base, m!, d, sem.dir);
  const placement: Placement = inferred && !known ? 1 : 0;
  if (m !== undefined && d !== undefined) {
    if (d > daysInMonth(y, m)) return { type, value: `${pad(y, 4)}-${pad(m)}`, key: dayNumber(y, m, 1), placement, day: null };
    const day = dayNumber(y, m, d);
    return dayResult(day, placement, `XXXX-${pad(m)}-${pad(d)}`);
  }
  if (m !== undefined) {
    const value = placement === 1 ? `XXXX-${pad(m)}` : `${pad(y, 4)}-${pad(m)}`;
    return { type, value, key: dayNumber(y, m, 1), placement, day: null };
  }
  const part = sem.yearPart ? '-' + sem.yearPart : '';
  return { type, value: `${pad(y, 4)}${part}`, key: dayNumber(y, 1, 1) + partOffset(sem.yearPart), placement: 0, day: null };
}
