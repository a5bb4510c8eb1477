// The time lexicon of a language, compiled once from its data files under
// src/lang/<code>/data/time/ (plus month and weekday names read from Intl/CLDR) into
// phrase tables keyed by their first folded word: the engine looks words up, never spells them.
import { existsSync } from 'node:fs';
import { dataPath, readDataJson } from '../core/data-files.js';
import type { LanguagePack } from '../lang/pack.js';
import type { Token } from '../core/types.js';

/** A table of (possibly multi-word) phrases, folded, keyed by the first word, longest first. */
export class PhraseTable<T> {
  private readonly byFirst = new Map<string, Array<{ words: string[]; value: T }>>();
  /** this table's bit in a word's table mask (0: not in the mask, always looked up) */
  bit = 0;

  add(words: string[], value: T): void {
    if (!words.length) return;
    let list = this.byFirst.get(words[0]);
    if (!list) this.byFirst.set(words[0], (list = []));
    if (list.some((p) => p.words.join(' ') === words.join(' '))) return;
    list.push({ words, value });
    list.sort((a, b) => b.words.length - a.words.length);
  }

  candidates(first: string): ReadonlyArray<{ words: string[]; value: T }> | undefined {
    return this.byFirst.get(first);
  }

  firstWords(): IterableIterator<string> {
    return this.byFirst.keys();
  }

  /** Each phrase's first word with its second word (undefined for one-word phrases). */
  *openings(): IterableIterator<[string, string | undefined]> {
    for (const [first, list] of this.byFirst) for (const p of list) yield [first, p.words[1]];
  }
}

/** How «منذ» + a count reads (aspect.json): after a completed event a date ('ago'), else a duration. */
export interface SinceAspect {
  /** words looked at before the signal */
  window: number;
  negations: Set<string>;
  continuing: Set<string>;
  stops: Set<string>;
  markers: Set<string>;
  /** past forms of completed-event verbs, generated from their lemmas */
  perfective: Set<string>;
  /** proclitics the words may carry (conjunctions); after a preposition a word is another, and a verb has no article */
  conjunctions: Set<string>;
  imperfective: { prefixes: string[]; swapPrefixes: string[]; swapTo: string; minLetters: number; minFrequency: number; notVerbs: Set<string> };
}

export type Unit = 'Y' | 'M' | 'W' | 'D' | 'H' | 'MI' | 'S' | 'N' | 'Q' | 'DE' | 'CE';
export type DayPart = 'MO' | 'MI' | 'AF' | 'EV' | 'NI';

export interface TimeLexicon {
  fold(text: string): string;
  /** the definite article as the clitic splits put it back (Arabic ال) */
  article: string;
  months: PhraseTable<number>;
  hijriMonths: PhraseTable<number>;
  /** month names that are also common words or places (آب ~ إب): dates only with a day, a year or a modifier */
  ambiguousMonths: Set<string>;
  weekdays: PhraseTable<number>;
  /** bare weekday forms allowed only after a day word (يوم جمعة) */
  weekdaysAfterDayWord: PhraseTable<number>;
  dayWords: Set<string>;
  relDays: PhraseTable<number>;
  nights: PhraseTable<number>;
  modifiers: PhraseTable<number>;
  beforeLast: PhraseTable<true>;
  periods: PhraseTable<Unit>;
  thisWords: Set<string>;
  vague: PhraseTable<string>;
  anaphoricDay: PhraseTable<number>;
  parts: PhraseTable<DayPart>;
  fixedTimes: PhraseTable<string>;
  hourShift: Map<DayPart, number>;
  clockWords: Set<string>;
  /** between a clock hour and its part of the day: «6 في المساء» */
  partLinks: Set<string>;
  zones: PhraseTable<true>;
  minuteWords: PhraseTable<number>;
  cardinals: PhraseTable<number | 'X'>;
  tens: Set<string>;
  /** joins the parts of a number in words (و) */
  numberJoiner: string;
  /** a year read as century + two digits has its century between these (تسعة عشر ثمانية وعشرون) */
  yearCenturies: [number, number];
  ordinals: PhraseTable<number>;
  ordinalTeen: Set<string>;
  ordinalTens: PhraseTable<number>;
  yearParts: PhraseTable<string>;
  decades: PhraseTable<number>;
  defaultDecadeCentury: number;
  centuryOrdinals: PhraseTable<number>;
  units: PhraseTable<{ unit: Unit; count: number | 'X' }>;
  countOnlyUnits: Set<string>;
  vagueAdjectives: Set<string>;
  pastAdjectives: Set<string>;
  futureAdjectives: Set<string>;
  wholeAdjectives: Set<string>;
  halfAfter: Set<string>;
  seasons: PhraseTable<string>;
  setWords: Set<string>;
  unitOrder: Unit[];
  durationSignals: PhraseTable<'since' | 'within' | 'for' | 'ago'>;
  outerSignals: Set<string>;
  approximators: PhraseTable<true>;
  positions: PhraseTable<'START' | 'MID' | 'END'>;
  weekend: PhraseTable<true>;
  yearWords: Set<string>;
  eras: PhraseTable<'G' | 'H'>;
  ofWords: Set<string>;
  /** between the two ends of a range: إلى، حتى، و */
  rangeLinks: PhraseTable<true>;
  /** before the first end of a range: من، بين */
  rangeOpeners: Set<string>;
  dateSeparators: Set<string>;
  sets: PhraseTable<string>;
  bareYearRange: [number, number];
  futureWords: Set<string>;
  futurePrefix: string;
  futureVerbPrefixes: Set<string>;
  tenseWindow: number;
  todayNamesBefore: Set<string>;
  todayNamesAfter: Set<string>;
  trapPhrases: PhraseTable<number>;
  numberNamesBefore: Set<string>;
  numberNamesAfter: Set<string>;
  clauseBreaks: PhraseTable<true>;
  clauseMaxTokens: number;
  /** how «منذ» + a count reads; null: always a duration */
  sinceAspect: SinceAspect | null;
  /** words that may start or signal a time expression on their own */
  triggers: Set<string>;
  /** words that start one only before certain next words («في غضون», «كل يوم»): first → next words */
  pairTriggers: Map<string, Set<string>>;
  /** the forms of a word without its proclitics, and how many letters those take (cached per folded word) */
  strippedForms(t: Token): ReadonlyArray<{ form: string; letters: number }>;
  /** does this word (or a form of it without proclitics), before the next one, start or signal a time expression? */
  isTriggerWord(t: Token, next: Token | undefined): boolean;
  /** the bits of the tables that have a phrase starting with this word or a form of it without proclitics */
  tableMask(t: Token): number;
}

/** Per-word caches: a folded word always has the same clitic readings, so its forms and trigger flag are computed once. */
function wordCaches(article: string, triggers: Set<string>, pairs: Map<string, Set<string>>, firstMasks: Map<string, number>) {
  const masks = new Map<string, number>();
  const forms = new Map<string, Array<{ form: string; letters: number }>>();
  // per folded word: true (a trigger), false (never), or the sets of next words that make it one
  const trigger = new Map<string, boolean | Array<Set<string>>>();
  const NONE: Array<{ form: string; letters: number }> = [];
  const strippedForms = (t: Token) => {
    let f = forms.get(t.folded);
    if (!f) {
      f = NONE;
      for (const s of t.splits) {
        if (!s.proclitics.length) continue;
        if (f === NONE) f = [];
        f.push({ form: (s.article ? article : '') + s.stem + s.enclitic, letters: s.proclitics.reduce((n, p) => n + p.length, 0) });
      }
      if (forms.size > 200000) forms.clear();
      forms.set(t.folded, f);
    }
    return f;
  };
  const isTriggerWord = (t: Token, next: Token | undefined) => {
    let hit = trigger.get(t.folded);
    if (hit === undefined) {
      const all = [t.folded, ...strippedForms(t).map((f) => f.form)];
      if (all.some((f) => triggers.has(f))) hit = true;
      else {
        const sets = all.map((f) => pairs.get(f)).filter((x): x is Set<string> => !!x);
        hit = sets.length ? sets : false;
      }
      if (trigger.size > 200000) trigger.clear();
      trigger.set(t.folded, hit);
    }
    if (typeof hit === 'boolean') return hit;
    return !!next && hit.some((set) => set.has(next.folded));
  };
  const tableMask = (t: Token) => {
    let m = masks.get(t.folded);
    if (m === undefined) {
      m = firstMasks.get(t.folded) ?? 0;
      for (const f of strippedForms(t)) m |= firstMasks.get(f.form) ?? 0;
      if (masks.size > 200000) masks.clear();
      masks.set(t.folded, m);
    }
    return m;
  };
  return { strippedForms, isTriggerWord, tableMask };
}

const cache = new Map<string, TimeLexicon | null>();

type Dict<T> = Record<string, T>;

function words(fold: (s: string) => string, phrase: string): string[] {
  return fold(phrase).split(/\s+/).filter(Boolean);
}

function table<T>(fold: (s: string) => string, entries: Dict<T> | string[], value?: T): PhraseTable<T> {
  const t = new PhraseTable<T>();
  if (Array.isArray(entries)) for (const p of entries) t.add(words(fold, p), value as T);
  else for (const [p, v] of Object.entries(entries)) if (!p.startsWith('_')) t.add(words(fold, p), v);
  return t;
}

function set(fold: (s: string) => string, list: string[]): Set<string> {
  return new Set(list.map((w) => fold(w)));
}

interface FormRule {
  strip?: number;
  /** a letter whose last occurrence is dropped (the long vowel of a hollow verb) */
  drop?: string;
  suffix: string;
}

/** The past forms of the lemmas of each verb class, by that class's rules (cut letters, then a suffix). */
function pastForms(fold: (s: string) => string, lemmas: Dict<string[]>, rules: Dict<FormRule[]>): Set<string> {
  const out = new Set<string>();
  for (const [cls, list] of Object.entries(lemmas)) {
    for (const lemma of list) {
      const w = fold(lemma);
      for (const r of rules[cls] ?? []) {
        let stem = r.strip ? w.slice(0, -r.strip) : w;
        // hollow verbs lose their long vowel before a consonant suffix: عاد → عدت، استقال → استقلت
        const at = r.drop ? stem.lastIndexOf(fold(r.drop)) : -1;
        if (r.drop && at < 0) continue;
        if (at >= 0) stem = stem.slice(0, at) + stem.slice(at + 1);
        out.add(stem + fold(r.suffix));
      }
    }
  }
  return out;
}

function sinceAspect(fold: (s: string) => string, a: any): SinceAspect | null {
  if (!a) return null;
  const imp = a.imperfective;
  return {
    window: a.window,
    negations: set(fold, a.negations),
    continuing: set(fold, a.continuing),
    stops: set(fold, a.stops),
    markers: set(fold, a.markers),
    perfective: pastForms(fold, a.perfective, a.forms),
    conjunctions: set(fold, a.conjunctions),
    imperfective: {
      prefixes: imp.prefixes.map(fold),
      swapPrefixes: imp.swapPrefixes.map(fold),
      swapTo: fold(imp.swapTo),
      minLetters: imp.minLetters,
      minFrequency: imp.minFrequency,
      notVerbs: set(fold, imp.notVerbs),
    },
  };
}

/** Long month names of one Intl locale and calendar, index 1..12. */
function intlMonths(locale: string): string[] {
  const f = new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' });
  const hijri = f.resolvedOptions().calendar.startsWith('islamic');
  const names: string[] = [];
  if (!hijri) {
    for (let m = 0; m < 12; m++) names[m + 1] = f.format(new Date(Date.UTC(2021, m, 15)));
    return names;
  }
  // Walk a Hijri year day by day: the month number comes from the numeric format of the same calendar.
  const n = new Intl.DateTimeFormat(locale.replace(/^[a-z]+/, 'en'), { month: 'numeric', timeZone: 'UTC' });
  for (let d = 0; d < 370; d += 10) {
    const date = new Date(Date.UTC(2020, 0, 1 + d));
    names[Number(n.format(date))] ??= f.format(date);
  }
  return names;
}

function weekdayNames(locale: string): string[] {
  const f = new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' });
  const names: string[] = [];
  // 2024-01-01 is a Monday (ISO 1)
  for (let i = 0; i < 7; i++) names[i + 1] = f.format(new Date(Date.UTC(2024, 0, 1 + i)));
  return names;
}

/** The compiled time lexicon of a language, or null when the language has no time data yet. */
export function timeLexicon(pack: LanguagePack): TimeLexicon | null {
  const hit = cache.get(pack.code);
  if (hit !== undefined) return hit;
  const fold = pack.fold;
  const dir = `src/lang/${pack.code}/data/time/`;
  if (!existsSync(dataPath(dir + 'calendar.json'))) {
    cache.set(pack.code, null);
    return null;
  }
  const load = <T>(name: string): T => readDataJson<T>(dir + name);
  const cal = load<any>('calendar.json');
  const rel = load<any>('relative.json');
  const dp = load<any>('dayparts.json');
  const num = load<any>('numbers.json');
  const un = load<any>('units.json');
  const sig = load<any>('signals.json');
  const tense = load<any>('tense.json');
  const trap = load<any>('traps.json');
  const cl = load<any>('clauses.json');
  const aspect = existsSync(dataPath(dir + 'aspect.json')) ? load<any>('aspect.json') : null;

  const months = table<number>(fold, cal.gregorianExtra as Dict<number>);
  for (const loc of cal.gregorianLocales as string[]) intlMonths(loc).forEach((name, m) => name && months.add(words(fold, name), m));
  const hijriMonths = table<number>(fold, cal.hijriExtra as Dict<number>);
  intlMonths(cal.hijriLocale).forEach((name, m) => name && hijriMonths.add(words(fold, name), m));
  const weekdays = table<number>(fold, cal.weekdayExtra as Dict<number>);
  weekdayNames(cal.weekdayLocale).forEach((name, d) => name && weekdays.add(words(fold, name), d));
  // The bare forms («جمعة» in «يوم جمعة»): the names without their article, when they have one.
  const weekdaysAfterDayWord = new PhraseTable<number>();
  const article = fold(sig.article as string);
  weekdayNames(cal.weekdayLocale).forEach((name, d) => {
    const w = fold(name);
    weekdaysAfterDayWord.add([w], d);
    if (w.startsWith(article)) weekdaysAfterDayWord.add([w.slice(article.length)], d);
  });

  const units = new PhraseTable<{ unit: Unit; count: number | 'X' }>();
  for (const [p, [unit, count]] of Object.entries(un.units as Dict<[Unit, number | 'X']>)) units.add(words(fold, p), { unit, count });

  const lex: TimeLexicon = {
    fold,
    article,
    months,
    hijriMonths,
    ambiguousMonths: set(fold, cal.ambiguousMonths),
    weekdays,
    weekdaysAfterDayWord,
    dayWords: set(fold, cal.dayWord),
    relDays: table(fold, rel.days),
    nights: table(fold, rel.nights),
    modifiers: table(fold, rel.modifiers),
    beforeLast: table<true>(fold, rel.beforeLast, true),
    periods: table(fold, rel.periods),
    thisWords: set(fold, rel.thisWords),
    vague: table(fold, rel.vague),
    anaphoricDay: table<number>(fold, rel.anaphoricDay, 0),
    parts: table(fold, dp.parts),
    fixedTimes: table(fold, dp.fixedTimes),
    hourShift: new Map(Object.entries(dp.hourShift as Dict<number>) as Array<[DayPart, number]>),
    clockWords: set(fold, dp.clockWords),
    partLinks: set(fold, dp.partLinks ?? []),
    zones: table<true>(fold, dp.zones, true),
    minuteWords: table(fold, dp.minuteWords),
    cardinals: table(fold, num.cardinals),
    tens: set(fold, num.tens),
    numberJoiner: fold(num.joiner),
    yearCenturies: num.yearCenturies,
    ordinals: table(fold, num.ordinals),
    ordinalTeen: set(fold, num.ordinalTeen),
    ordinalTens: table(fold, num.ordinalTens),
    yearParts: table(fold, num.yearParts),
    decades: table(fold, num.decades),
    defaultDecadeCentury: num.defaultDecadeCentury,
    centuryOrdinals: table(fold, num.centuryOrdinals),
    units,
    countOnlyUnits: set(fold, un.countOnly),
    vagueAdjectives: set(fold, un.vagueAdjectives),
    pastAdjectives: set(fold, un.pastAdjectives),
    futureAdjectives: set(fold, un.futureAdjectives),
    wholeAdjectives: set(fold, un.wholeAdjectives),
    halfAfter: set(fold, un.halfAfter),
    seasons: table(fold, rel.seasons),
    setWords: set(fold, sig.setWords),
    unitOrder: un.order,
    durationSignals: table(fold, sig.durationSignals),
    outerSignals: set(fold, sig.outerSignals),
    approximators: table<true>(fold, sig.approximators, true),
    positions: table(fold, sig.positions),
    weekend: table<true>(fold, sig.weekend, true),
    yearWords: set(fold, sig.yearWords),
    eras: table(fold, sig.eras),
    ofWords: set(fold, sig.of),
    rangeLinks: table<true>(fold, sig.rangeLinks, true),
    rangeOpeners: set(fold, sig.rangeOpeners),
    dateSeparators: new Set(sig.dateSeparators as string[]),
    sets: table(fold, sig.sets),
    bareYearRange: sig.bareYearRange,
    futureWords: set(fold, tense.futureWords),
    futurePrefix: fold(tense.futurePrefix),
    futureVerbPrefixes: set(fold, tense.futureVerbPrefixes),
    tenseWindow: tense.window,
    todayNamesBefore: set(fold, trap.todayNamesBefore),
    todayNamesAfter: set(fold, trap.todayNamesAfter),
    trapPhrases: table(fold, trap.phrases),
    numberNamesBefore: set(fold, trap.numberNamesBefore),
    numberNamesAfter: set(fold, trap.numberNamesAfter),
    clauseBreaks: table<true>(fold, cl.breakWords, true),
    clauseMaxTokens: cl.maxTokens,
    sinceAspect: sinceAspect(fold, aspect),
    triggers: new Set(),
    pairTriggers: new Map(),
    strippedForms: () => [],
    isTriggerWord: () => false,
    tableMask: () => 0,
  };
  // Triggers: the first words of everything that can start an expression or its signal; a first
  // word that only starts longer phrases («في غضون») triggers only before one of their second words.
  const starters: Array<PhraseTable<unknown>> = [
    lex.months, lex.hijriMonths, lex.weekdays, lex.relDays, lex.nights, lex.periods, lex.vague, lex.anaphoricDay,
    lex.parts, lex.fixedTimes, lex.cardinals, lex.ordinals, lex.ordinalTens, lex.yearParts, lex.decades, lex.units, lex.durationSignals,
    lex.approximators, lex.positions, lex.weekend, lex.sets, lex.trapPhrases, lex.seasons,
  ];
  const pairs = new Map<string, Set<string>>();
  const pair = (first: string, second: string) => {
    let set = pairs.get(first);
    if (!set) pairs.set(first, (set = new Set()));
    set.add(second);
  };
  for (const t of starters) for (const [first, second] of t.openings()) {
    if (second === undefined) lex.triggers.add(first);
    else pair(first, second);
  }
  for (const w of [...lex.dayWords, ...lex.yearWords, ...lex.clockWords, ...lex.thisWords, ...lex.outerSignals]) lex.triggers.add(w);
  // «كل يوم اثنين», «أيام الأحد», «كل صباح»
  for (const w of lex.setWords) {
    for (const t of [lex.weekdays, lex.parts]) for (const first of t.firstWords()) pair(w, first);
    for (const d of lex.dayWords) pair(w, d);
  }
  for (const w of lex.triggers) pairs.delete(w);
  lex.pairTriggers = pairs;
  // each phrase table gets a bit; a word's mask says which tables it can open, so most look-ups end at once
  const firstMasks = new Map<string, number>();
  let bit = 0;
  for (const value of Object.values(lex)) {
    if (!(value instanceof PhraseTable) || bit >= 31) continue;
    value.bit = 1 << bit++;
    for (const first of value.firstWords()) firstMasks.set(first, (firstMasks.get(first) ?? 0) | value.bit);
  }
  Object.assign(lex, wordCaches(article, lex.triggers, pairs, firstMasks));
  cache.set(pack.code, lex);
  return lex;
}
