// The readable column of the timeline table: a TIMEX3 value followed by what it means in
// words, «2022-02-25 · Fri 25 Feb 2022» (Arabic names with 'ar'). Day and month names come
// from Intl; the few other words from src/lang/<locale>/data/time/readable.json.
import { readDataJson } from '../core/data-files.js';
import { dayNumber, isoWeekStart } from './calendar.js';

interface ReadableWords {
  intlLocale: string;
  units: Record<string, [string, string]>;
  some: string;
  every: string;
  week: string;
  weekend: string;
  quarter: string;
  half: string;
  decade: string;
  century: string;
  parts: Record<string, string>;
  refs: Record<string, string>;
  mods: Record<string, string>;
  unknownYear: string;
}

const words = new Map<string, ReadableWords>();
const formats = new Map<string, Intl.DateTimeFormat>();

function wordsFor(locale: 'ar' | 'en'): ReadableWords {
  let w = words.get(locale);
  if (!w) words.set(locale, (w = readDataJson<ReadableWords>(`src/lang/${locale}/data/time/readable.json`)));
  return w;
}

function format(locale: string, options: Intl.DateTimeFormatOptions): (day: number) => string {
  const id = locale + JSON.stringify(options);
  let f = formats.get(id);
  if (!f) formats.set(id, (f = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' })));
  return (day: number) => f!.format(new Date(day * 86400000)).replace(/،/g, '').replace(/,/g, '');
}

const lists = new Map<string, Intl.ListFormat>();

function listFormat(locale: string): Intl.ListFormat {
  let f = lists.get(locale);
  if (!f) lists.set(locale, (f = new Intl.ListFormat(locale, { type: 'conjunction' })));
  return f;
}

function describe(value: string, w: ReadableWords): string | null {
  const L = w.intlLocale;
  const fullDay = format(L, { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' });
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})-(\d{2})-(\d{2})(?:T(MO|MI|AF|EV|NI|\d{2}:\d{2}))?$/.exec(value))) {
    const text = fullDay(dayNumber(Number(m[1]), Number(m[2]), Number(m[3])));
    if (!m[4]) return text;
    return `${text} ${w.parts[m[4]] ?? m[4]}`;
  }
  if ((m = /^XXXX-WXX-(\d)(?:T(\w+))?$/.exec(value))) {
    const text = format(L, { weekday: 'long' })(dayNumber(2024, 1, Number(m[1])));
    return m[2] ? `${text} ${w.parts[m[2]] ?? m[2]}` : text;
  }
  if ((m = /^(\d{4})-(\d{2})$/.exec(value))) return format(L, { month: 'long', year: 'numeric' })(dayNumber(Number(m[1]), Number(m[2]), 1));
  if ((m = /^XXXX-(\d{2})(?:-(\d{2}))?$/.exec(value))) {
    return m[2]
      ? format(L, { day: 'numeric', month: 'long' })(dayNumber(2001, Number(m[1]), Number(m[2])))
      : format(L, { month: 'long' })(dayNumber(2001, Number(m[1]), 1));
  }
  if ((m = /^(\d{4})-W(\d{2})(-WE)?$/.exec(value))) {
    const start = isoWeekStart(Number(m[1]), Number(m[2]));
    const day = format(L, { day: 'numeric', month: 'short', year: 'numeric' });
    return m[3] ? `${w.weekend} ${day(start + 5)}` : `${w.week} ${day(start)} – ${day(start + 6)}`;
  }
  if ((m = /^(\d{4})-(H|Q)(\d)$/.exec(value))) return `${m[2] === 'H' ? w.half : w.quarter} ${m[3]} ${m[1]}`;
  if ((m = /^(\d{4})$/.exec(value))) return m[1];
  if ((m = /^(\d{3})$/.exec(value))) return `${w.decade} ${m[1]}0`;
  if ((m = /^(\d{2})$/.exec(value))) return `${w.century} ${Number(m[1]) + 1}`;
  // a duration of several units: «P3Y6M» → «3 سنوات و6 أشهر» (joined by Intl's list format)
  if ((m = /^P((?:\d+[YMWD])*)(?:T((?:\d+[HMS])+))?$/.exec(value)) && value.length > 1) {
    const parts: string[] = [];
    for (const [, n, u] of (m[1] ?? '').matchAll(/(\d+)([YMWD])/g)) parts.push(`${n} ${Number(n) === 1 ? w.units[u][0] : w.units[u][1]}`);
    for (const [, n, u] of (m[2] ?? '').matchAll(/(\d+)([HMS])/g)) {
      const names = w.units[u === 'M' ? 'MI' : u];
      parts.push(`${n} ${Number(n) === 1 ? names[0] : names[1]}`);
    }
    if (parts.length) return listFormat(w.intlLocale).format(parts);
  }
  if ((m = /^P(T?)(\d+|X)(\w+)$/.exec(value))) {
    const unit = m[1] && m[3] === 'M' ? 'MI' : m[3];
    const names = w.units[unit];
    if (!names) return null;
    if (m[2] === 'X') return `${w.some} ${names[1]}`;
    const n = Number(m[2]);
    return `${n} ${n === 1 ? names[0] : names[1]}`;
  }
  if (w.refs[value]) return w.refs[value];
  return null;
}

/** «2022-02-25 · Fri 25 Feb 2022»: the value and its meaning in the locale's words. */
export function readableValue(value: string, locale: 'ar' | 'en'): string {
  const w = wordsFor(locale);
  const text = describe(value, w);
  return text && text !== value ? `${value} · ${text}` : value;
}

/** The readable meaning of a SET value («كل يوم»). */
export function readableSet(value: string, locale: 'ar' | 'en'): string {
  const w = wordsFor(locale);
  const m = /^P(T?)1(\w+)$/.exec(value);
  const names = m ? w.units[m[1] && m[2] === 'M' ? 'MI' : m[2]] : undefined;
  return names ? `${value} · ${w.every} ${names[0]}` : readableValue(value, locale);
}
