// The time grammar: at a token whose form is a trigger word, reads the longest time
// expression that starts there (signals, modifiers, glosses included) into a small
// meaning (Sem) that resolve.ts turns into a TIMEX3 value. Words come from the lexicon;
// the grammar only knows the order in which the parts of an expression may come.
import type { Token } from '../core/types.js';
import type { DayPart, PhraseTable, TimeLexicon, Unit } from './lexicon.js';

export interface DateSem {
  k: 'date';
  y?: number;
  m?: number;
  d?: number;
  hijri?: boolean;
  /** a month or day without a year: -1 the last one, +1 the next one, undefined the nearest */
  dir?: number;
  /** relative to the reference: rel.n units (D, W, M, Y, Q, CE) away */
  rel?: { unit: Unit; n: number };
  weekday?: number;
  /** explicit direction of a weekday (الماضي -1, المقبل +1); undefined → the verb's tense */
  weekdayDir?: number;
  yearPart?: string;
  weekend?: boolean;
  decade?: number;
  century?: number;
  part?: DayPart;
  clock?: string;
  /** a time of day with no day of its own: anchored to the last day mentioned */
  needsDay?: boolean;
  /** "the same day" (0) or "the next day" (1) as the last day mentioned */
  anaphoric?: number;
  /** the year (month) relative to the reference's: «يونيو العام المقبل», «20 من الشهر القادم» */
  yearRel?: number;
  monthRel?: number;
  /** a season (TIMEX3 SP, SU, FA, WI) */
  season?: string;
  /** "ago": n units before the reference, at that unit's granularity */
  ago?: { unit: Unit; n: number; more?: Array<{ unit: Unit; n: number }> };
}

export interface DurationSem {
  k: 'duration';
  unit: Unit;
  n: number | 'X';
  signal?: 'since' | 'within' | 'for' | 'ago';
  /** the period ends at the reference (الماضية) or starts there (المقبلة) */
  side?: -1 | 1;
  /** smaller units joined to it: «عام و 21 يوما» */
  more?: Array<{ unit: Unit; n: number }>;
}

export type Sem = DateSem | DurationSem | { k: 'set'; value: string } | { k: 'ref'; value: string };

export interface Match {
  /** token range [first, end) */
  first: number;
  end: number;
  /** characters of attached proclitics (و ب ل ف ك) cut from the first token's start */
  trim: number;
  sem: Sem;
}

interface Hit<T> {
  value: T;
  end: number;
  trim: number;
  /** the form of the first token that matched */
  form?: string;
}

const NUMERIC_DATE = /^(\d{1,4})[/.\-](\d{1,2})[/.\-](\d{1,4})$/;
const CLOCK = /^(\d{1,2})[:.](\d{2})$/;
const DIGITS = /^\d+$/;
const DECIMAL = /^\d+(?:\.\d+)?$/;
// TIMEX3 units that combine in one duration value (P1Y1M21D, P1DT2H)
const COMPOUND_UNITS = new Set<Unit>(['Y', 'M', 'W', 'D', 'H', 'MI', 'S']);

export class TimeGrammar {
  constructor(
    private readonly lex: TimeLexicon,
    private readonly tokens: Token[],
  ) {}

  /** The word forms of a token: its folded form, then its forms without proclitics. */
  private forms(i: number): Array<{ form: string; trim: number }> {
    const t = this.tokens[i];
    if (!t) return [];
    const out = [{ form: t.folded, trim: 0 }];
    for (const { form, letters } of this.lex.strippedForms(t)) out.push({ form, trim: this.chars(t, letters) });
    return out;
  }

  /** UTF-16 length of the first `letters` letters of a token (marks and tatweel skipped). */
  private chars(t: Token, letters: number): number {
    let i = 0;
    let seen = 0;
    while (i < t.text.length && seen < letters) {
      i++;
      seen++;
      while (i < t.text.length && this.lex.fold(t.text[i]) === '') i++;
    }
    return i;
  }

  private tok(i: number, sentence: number): Token | undefined {
    const t = this.tokens[i];
    return t && t.sentence === sentence ? t : undefined;
  }

  /** The longest phrase of a table that starts at token i (proclitics allowed on the first word when `clitics`). */
  phrase<T>(tab: PhraseTable<T>, i: number, clitics = false): Hit<T> | null {
    const t = this.tokens[i];
    if (!t) return null;
    if (tab.bit && !(this.mask(i) & tab.bit)) return null;
    let best: Hit<T> | null = this.phraseForm(tab, t, i, t.folded, null);
    if (clitics) {
      for (const f of this.lex.strippedForms(t)) {
        const hit = this.phraseForm(tab, t, i, f.form, best);
        if (hit !== best && hit) best = { ...hit, trim: this.chars(t, f.letters) };
      }
    }
    return best;
  }

  /** The longest phrase starting with `form` at i, when longer than `best`. */
  private phraseForm<T>(tab: PhraseTable<T>, t: Token, i: number, form: string, best: Hit<T> | null): Hit<T> | null {
    const list = tab.candidates(form);
    if (!list) return best;
    for (const p of list) {
      if (best && p.words.length <= best.end - i) break;
      let ok = true;
      for (let k = 1; k < p.words.length && ok; k++) ok = this.tok(i + k, t.sentence)?.folded === p.words[k];
      if (ok) return { value: p.value, end: i + p.words.length, trim: 0, form };
    }
    return best;
  }

  private masks: Int32Array | undefined;

  /** Which phrase tables token i can open (cached per position; -1 not computed yet). */
  private mask(i: number): number {
    const masks = (this.masks ??= new Int32Array(this.tokens.length).fill(-1));
    let m = masks[i];
    if (m < 0) {
      const t = this.tokens[i];
      m = t.kind === 'word' || t.kind === 'latin' ? this.lex.tableMask(t) : 0;
      masks[i] = m;
    }
    return m;
  }

  private folded(i: number, sentence: number): string | undefined {
    return this.tok(i, sentence)?.folded;
  }

  /** Is token i a trigger (its folded form or a form without proclitics, or a number)? One map look-up. */
  isTrigger(i: number): boolean {
    const t = this.tokens[i];
    if (t.kind === 'number') return true;
    if (t.kind !== 'word' && t.kind !== 'latin') return false;
    const next = this.tokens[i + 1];
    return this.lex.isTriggerWord(t, next && next.sentence === t.sentence ? next : undefined);
  }

  /** Trap phrase at i: the token index after it and after the tokens it blocks. */
  trapAt(i: number): number | null {
    const hit = this.phrase(this.lex.trapPhrases, i, true);
    return hit ? hit.end + hit.value : null;
  }

  /** The expression that starts at token i, if any. */
  parse(i: number): Match | null {
    const s = this.tokens[i].sentence;
    return (
      this.parseSet(i) ??
      this.parseVague(i) ??
      this.parseSignalled(i, s) ??
      this.parseDuration(i, s, undefined) ??
      this.parseDate(i, s)
    );
  }

  // ---- numbers

  /** A number at i: digits or number words (ثلاثة، خمسة وعشرين). */
  number(i: number, s: number, clitics = false): Hit<number | 'X'> | null {
    const t = this.tok(i, s);
    if (!t) return null;
    if (t.kind === 'number') return DECIMAL.test(t.folded) ? { value: Number(t.folded), end: i + 1, trim: 0 } : null;
    const hit = this.phrase(this.lex.cardinals, i, clitics);
    if (!hit) return null;
    if (typeof hit.value === 'number' && hit.value < 10) {
      // units joined to tens: خمسة وعشرين
      const next = this.tok(hit.end, s);
      if (next) for (const { form } of this.forms(hit.end)) if (this.lex.tens.has(form)) {
        const tens = this.phrase(this.lex.cardinals, hit.end, true);
        if (tens && typeof tens.value === 'number') return { value: hit.value + tens.value, end: tens.end, trim: 0 };
      }
    }
    return hit;
  }

  /** A whole number word at i, joined to the word before by the joiner (و) when `joined`. */
  private numberWord(i: number, s: number, joined: boolean): Hit<number> | null {
    const t = this.tok(i, s);
    if (!t || t.kind !== 'word' || (joined && !t.folded.startsWith(this.lex.numberJoiner))) return null;
    const hit = this.phrase(this.lex.cardinals, i, joined);
    if (!hit || typeof hit.value !== 'number' || !Number.isInteger(hit.value) || (joined && hit.trim === 0)) return null;
    return { ...hit, value: hit.value };
  }

  /** A year in words: a sum from a thousand up (ألفين وثمانية عشر, ألف وتسعمائة وواحد), or a century and
   *  a number below a hundred (تسعة عشر ثمانية وعشرون, تسعة عشر وثمانية وسبعين). */
  private yearInWords(i: number, s: number): Hit<number> | null {
    const head = this.numberWord(i, s, false);
    if (!head) return null;
    let rest = 0;
    let at = head.end;
    let parts = 0;
    for (let joined = !(head.value < 1000); ; joined = true) {
      const part = this.numberWord(at, s, joined) ?? (joined ? null : this.numberWord(at, s, true));
      if (!part) break;
      rest += part.value;
      at = part.end;
      parts++;
    }
    if (head.value >= 1000) return head.value < 3000 && rest < 1000 ? { value: head.value + rest, end: at, trim: 0 } : null;
    const [lo, hi] = this.lex.yearCenturies;
    if (head.value < lo || head.value > hi || !parts || rest >= 100) return null;
    return { value: head.value * 100 + rest, end: at, trim: 0 };
  }

  /** An ordinal day number: الرابع، الرابع عشر، الحادي والعشرين، العشرين. */
  private ordinal(i: number, s: number): Hit<number> | null {
    const tens = this.phrase(this.lex.ordinalTens, i, true);
    if (tens) return tens;
    const hit = this.phrase(this.lex.ordinals, i, true);
    if (!hit) return null;
    const next = this.tok(hit.end, s);
    if (next && this.lex.ordinalTeen.has(next.folded)) return { ...hit, value: hit.value + 10, end: hit.end + 1 };
    if (next) {
      const t2 = this.phrase(this.lex.ordinalTens, hit.end, true);
      if (t2 && t2.trim > 0) return { ...hit, value: hit.value + t2.value, end: t2.end };
    }
    return hit;
  }

  /** A day of the month: 1..31 in digits or an ordinal. */
  private dayOfMonth(i: number, s: number): Hit<number> | null {
    const t = this.tok(i, s);
    if (!t) return null;
    if (t.kind === 'number') {
      if (!DIGITS.test(t.folded)) return null;
      const n = Number(t.folded);
      return n >= 1 && n <= 31 ? { value: n, end: i + 1, trim: 0 } : null;
    }
    const o = this.ordinal(i, s);
    return o && o.value >= 1 && o.value <= 31 ? o : null;
  }

  // ---- sets, vague references

  private parseSet(i: number): Match | null {
    const s = this.tokens[i].sentence;
    let setWord = false;
    for (const { form } of this.forms(i)) if (this.lex.setWords.has(form)) setWord = true;
    if (setWord) {
      // «كل يوم اثنين», «أيام الأحد», «كل صباح»
      const wd = this.parseWeekday(i + 1, s) ?? (this.lex.dayWords.has(this.folded(i + 1, s) ?? '') ? null : null);
      if (wd && wd.sem.k === 'date' && wd.sem.weekday && wd.sem.weekdayDir === undefined && !wd.sem.rel) {
        return { first: i, end: wd.end, trim: 0, sem: { k: 'set', value: `XXXX-WXX-${wd.sem.weekday}` } };
      }
      const part = this.phrase(this.lex.parts, i + 1);
      if (part && part.end === i + 2) return { first: i, end: part.end, trim: 0, sem: { k: 'set', value: `T${part.value}` } };
    }
    const hit = this.phrase(this.lex.sets, i, true);
    return hit ? { first: i, end: hit.end, trim: hit.trim, sem: { k: 'set', value: hit.value } } : null;
  }

  private parseVague(i: number): Match | null {
    const hit = this.phrase(this.lex.vague, i, true);
    return hit ? { first: i, end: hit.end, trim: hit.trim, sem: { k: 'ref', value: hit.value } } : null;
  }

  // ---- durations

  /** منذ / خلال / قبل / في غضون + duration (signal in the span), بعد + duration (signal outside). */
  private parseSignalled(i: number, s: number): Match | null {
    // «قبل أمس», «بعد غد» are days, not signals
    if (this.phrase(this.lex.relDays, i, true)) return null;
    const sig = this.phrase(this.lex.durationSignals, i, true);
    if (sig) {
      const d = this.parseDuration(sig.end, s, sig.value);
      if (d) {
        if (sig.value === 'ago' && d.sem.k === 'duration' && typeof d.sem.n === 'number') {
          // «قبل سنتين»: a date, n units before the reference
          return { first: i, end: d.end, trim: sig.trim, sem: { k: 'date', ago: { unit: d.sem.unit, n: d.sem.n, more: d.sem.more } } };
        }
        return { ...d, first: i, trim: sig.trim };
      }
      return null;
    }
    let outer = false;
    for (const { form } of this.forms(i)) if (this.lex.outerSignals.has(form)) outer = true;
    if (outer && this.tok(i + 1, s)) return this.parseDuration(i + 1, s, 'for', true);
    return null;
  }

  /** [approximator] count unit | dual unit | plural [الـN] [adjectives] (coordinated plurals merge). */
  private parseDuration(i: number, s: number, signal: DurationSem['signal'], afterOuter = false): Match | null {
    let at = i;
    const approx = this.phrase(this.lex.approximators, at, true);
    const first = at;
    let trim = 0;
    if (approx) {
      at = approx.end;
      trim = approx.trim;
    }
    let n: number | 'X' | undefined;
    // «لبضع ساعات», «لعدة أيام»: a preposition or conjunction on the count
    const num = this.number(at, s) ?? (approx ? null : this.number(at, s, true));
    if (num) {
      // a trap number (resolution 2216) or one glued to a name is no count
      n = num.value;
      at = num.end;
      if (num.trim) trim = num.trim;
    }
    const unitHit = this.phrase(this.lex.units, at, num ? false : true);
    if (!unitHit) return null;
    if (!num && unitHit.trim && !approx) trim = unitHit.trim;
    let { unit, count } = unitHit.value;
    at = unitHit.end;
    const unitForm = this.tokens[unitHit.end - 1].folded;
    const definite = unitForm.startsWith(this.lex.article);
    const bareSingular = count === 1 && this.lex.countOnlyUnits.has(definite ? unitForm.slice(this.lex.article.length) : unitForm);
    // «عام واحد»: the number one after a singular unit makes it a count
    const one = count === 1 && n === undefined ? this.numberWord(at, s, false) : null;
    const whole = this.lex.wholeAdjectives.has(this.folded(at, s) ?? '') || (one !== null && one.value === 1);
    if (n === undefined) {
      n = count;
      if (whole) at++;
      else if (bareSingular && !signal && !approx) return null;
      if (bareSingular && definite) return null;
    } else if (count === 2) return null;
    // «السنوات الـ35 الماضية»
    if (n === 'X') {
      const art = this.tok(at, s);
      const after = this.tok(at + 1, s);
      if (art && after && art.folded === this.lex.article && after.kind === 'number' && DIGITS.test(after.folded)) {
        n = Number(after.folded);
        at += 2;
      } else if (art && art.folded.startsWith(this.lex.article) && DIGITS.test(art.folded.slice(this.lex.article.length))) {
        n = Number(art.folded.slice(this.lex.article.length));
        at += 1;
      }
    }
    // «ساعة ونصف», «ساعتين ونصف»
    if (typeof n === 'number' && this.lex.halfAfter.has(this.folded(at, s) ?? '')) {
      n += 0.5;
      at++;
    }
    // «عام واحد و شهر و 21 يوما», «شهرين ويوم واحد وساعتين»: smaller units joined by و
    const more: Array<{ unit: Unit; n: number }> = [];
    for (let last = unit; typeof n === 'number' && Number.isInteger(n); ) {
      const part = this.joinedDurationPart(at, s);
      if (!part || !COMPOUND_UNITS.has(last) || !COMPOUND_UNITS.has(part.unit)) break;
      if (this.lex.unitOrder.indexOf(part.unit) >= this.lex.unitOrder.indexOf(last)) break;
      more.push({ unit: part.unit, n: part.n });
      last = part.unit;
      at = part.end;
    }
    let side: -1 | 1 | undefined;
    let adjectives = 0;
    // coordinated plurals: «الأيام والأسابيع الماضية»
    for (;;) {
      const t = this.tok(at, s);
      if (!t) break;
      if (n === 'X') {
        const co = this.phrase(this.lex.units, at, true);
        if (co && co.trim > 0 && co.value.count === 'X') {
          if (this.lex.unitOrder.indexOf(co.value.unit) > this.lex.unitOrder.indexOf(unit)) unit = co.value.unit;
          at = co.end;
          continue;
        }
      }
      if (this.lex.vagueAdjectives.has(t.folded) || this.lex.pastAdjectives.has(t.folded) || this.lex.futureAdjectives.has(t.folded)) {
        if (this.lex.pastAdjectives.has(t.folded)) side = -1;
        if (this.lex.futureAdjectives.has(t.folded)) side = 1;
        adjectives++;
        at++;
        continue;
      }
      break;
    }
    // a plural unit stands alone only with a signal or an adjective («الأسابيع الأخيرة», «قبل أيام»)
    if (n === 'X' && !num && !signal && !approx && !adjectives) return null;
    if (n === 'X' && !num && !signal && !approx && !afterOuter && !definite) return null;
    if (num && typeof n === 'number' && n === 0) return null;
    return { first, end: at, trim, sem: { k: 'duration', unit, n, signal, side, more: more.length ? more : undefined } };
  }

  /** A smaller part of a duration joined by و: «و 21 يوما», «ويومان», «وساعتين», «و شهر», «وثلاثة أشهر». */
  private joinedDurationPart(at: number, s: number): { unit: Unit; n: number; end: number } | null {
    const t = this.tok(at, s);
    if (!t) return null;
    const apart = t.folded === this.lex.numberJoiner;
    if (!apart && !t.folded.startsWith(this.lex.numberJoiner)) return null;
    let k = apart ? at + 1 : at;
    const num = this.number(k, s, !apart);
    if (num && (typeof num.value !== 'number' || !Number.isInteger(num.value) || (!apart && !num.trim))) return null;
    if (num) k = num.end;
    const u = this.phrase(this.lex.units, k, !num && !apart);
    if (!u || (!num && !apart && !u.trim) || u.value.count === 'X' && !num || (num && u.value.count === 2)) return null;
    let end = u.end;
    const one = !num && u.value.count === 1 ? this.numberWord(end, s, false) : null;
    if (one && one.value === 1) end = one.end;
    return { unit: u.value.unit, n: num ? (num.value as number) : (u.value.count as number), end };
  }

  // ---- dates and times

  private parseDate(i: number, s: number): Match | null {
    // «أول من أمس» before «أول» as a position word
    const relDay = this.parseAnaphoric(i, s) ?? this.parseRelDay(i, s);
    if (relDay) return relDay;
    let at = i;
    let trim = 0;
    // a position inside the period: مطلع، بداية، نهاية …
    const pos = this.phrase(this.lex.positions, at, true);
    const weekend = this.phrase(this.lex.weekend, at, true);
    if (weekend) {
      const m = this.phrase(this.lex.modifiers, weekend.end);
      const sem: DateSem = { k: 'date', weekend: true, rel: { unit: 'W', n: m ? m.value : 0 }, weekdayDir: m ? m.value : undefined };
      return { first: i, end: m ? m.end : weekend.end, trim: weekend.trim, sem };
    }
    if (pos) {
      let after = pos.end;
      if (this.lex.ofWords.has(this.folded(after, s) ?? '')) after++;
      const inner = this.parseDateCore(after, s, false);
      if (inner && inner.sem.k === 'date' && inner.sem.d === undefined && !inner.sem.weekday && !(inner.sem.rel?.unit === 'D')) {
        return { first: i, end: inner.end, trim: pos.trim, sem: inner.sem };
      }
      if (pos.value === 'START' && inner && inner.sem.k === 'date' && (inner.sem.rel?.unit === 'D' || inner.sem.weekday)) {
        // «وقت مبكر أمس الجمعة»
        return { first: i, end: inner.end, trim: pos.trim, sem: inner.sem };
      }
    }
    // parts of a year: النصف الثاني من 2014
    const yp = this.phrase(this.lex.yearParts, at, true);
    if (yp) {
      let after = yp.end;
      if (this.lex.ofWords.has(this.folded(after, s) ?? '')) after++;
      const inner = this.parseDateCore(after, s, false);
      if (inner && inner.sem.k === 'date' && inner.sem.m === undefined && (inner.sem.y !== undefined || inner.sem.rel?.unit === 'Y')) {
        return { first: i, end: inner.end, trim: yp.trim, sem: { ...inner.sem, yearPart: yp.value } };
      }
    }
    void trim;
    return this.parseDateCore(at, s, true);
  }

  /** A date or time without a leading position word. */
  private parseDateCore(i: number, s: number, allowBareYear: boolean): Match | null {
    const t = this.tok(i, s);
    if (!t) return null;
    return (
      this.parseNumericDate(i, s) ??
      this.parseClock(i, s) ??
      this.parsePartOfDay(i, s) ??
      this.parseAnaphoric(i, s) ??
      this.parseNight(i, s) ??
      this.parseRelDay(i, s) ??
      this.parseWeekday(i, s) ??
      this.parseDayMonth(i, s) ??
      this.parseMonth(i, s, undefined, i) ??
      this.parseYear(i, s, allowBareYear) ??
      this.parsePeriod(i, s) ??
      this.parseSeason(i, s) ??
      this.parseDecade(i, s) ??
      null
    );
  }

  private parseNumericDate(i: number, s: number): Match | null {
    const t = this.tok(i, s)!;
    if (t.kind !== 'number') return null;
    let a: number, b: number, c: number, end: number;
    const m = NUMERIC_DATE.exec(t.folded);
    if (m) {
      [a, b, c] = [Number(m[1]), Number(m[2]), Number(m[3])];
      end = i + 1;
    } else {
      // 2022-02-27 cut into five tokens by the scanner
      const sep1 = this.tok(i + 1, s);
      const t2 = this.tok(i + 2, s);
      const sep2 = this.tok(i + 3, s);
      const t3 = this.tok(i + 4, s);
      if (!sep1 || !t2 || !sep2 || !t3 || !this.lex.dateSeparators.has(sep1.folded) || sep1.folded !== sep2.folded) return null;
      if (![t, t2, t3].every((x) => x.kind === 'number' && DIGITS.test(x.folded))) return null;
      if (sep1.start !== t.end || t2.start !== sep1.end || sep2.start !== t2.end || t3.start !== sep2.end) return null;
      [a, b, c] = [Number(t.folded), Number(t2.folded), Number(t3.folded)];
      end = i + 5;
    }
    let y: number, mo: number, d: number;
    if (a > 31) [y, mo, d] = [a, b, c];
    else [d, mo, y] = [a, b, c];
    if (y < 100) y += y < 50 ? 2000 : 1900;
    if (mo < 1 || mo > 12 || d < 1 || d > 31) return null;
    const hijri = this.phrase(this.lex.eras, end)?.value === 'H';
    const era = this.phrase(this.lex.eras, end);
    return { first: i, end: era ? era.end : end, trim: 0, sem: { k: 'date', y, m: mo, d, hijri } };
  }

  /** الساعة الثالثة عصرا، 10:30، الساعة 10 صباحا (23,00 تغ) من السبت */
  private parseClock(i: number, s: number): Match | null {
    let at = i;
    let trim = 0;
    const clockWord = this.tok(at, s);
    let hasClockWord = false;
    for (const { form, trim: tr } of this.forms(at)) if (this.lex.clockWords.has(form)) {
      hasClockWord = true;
      trim = tr;
    }
    if (hasClockWord) at++;
    const t = this.tok(at, s);
    if (!t || !clockWord) return null;
    let h: number | undefined;
    let min = 0;
    const cm = t.kind === 'number' ? CLOCK.exec(t.folded) : null;
    if (cm) {
      h = Number(cm[1]);
      min = Number(cm[2]);
      if (t.folded.includes('.') && !hasClockWord) return null;
      at++;
    } else {
      if (t.kind === 'number' && DIGITS.test(t.folded)) {
        h = Number(t.folded);
        at++;
      } else {
        const o = this.ordinal(at, s);
        if (o) {
          h = o.value;
          at = o.end;
        } else if (hasClockWord) {
          const c = this.number(at, s);
          if (c && typeof c.value === 'number') {
            h = c.value;
            at = c.end;
          }
        }
      }
      // minutes joined by و: «السابعة وخمسة وثلاثين مساء», «الساعة الثامنة و 30 دقيقة»
      const joined = h !== undefined ? this.joinedMinutes(at, s) : null;
      if (joined) {
        min = joined.value;
        at = joined.end;
      }
      // without «الساعة» an hour needs a part of the day or minutes after it: «السابعة مساء», «الثامنة والنصف»,
      // or a second hour with one: «بين 5 و 6 مساء»; minutes in words alone are no clock («الثالثة وعشرين»)
      if (!hasClockWord && h !== undefined && !this.partAfter(at, s) && !(joined && joined.unit) && !(!joined && this.phrase(this.lex.minuteWords, at)) && !(this.opensRange(i, s) && this.rangePart(at, s))) return null;
      if (!hasClockWord) trim = this.forms(i).find((f) => f.trim > 0 && (this.lex.ordinals.candidates(f.form) || this.lex.ordinalTens.candidates(f.form)))?.trim ?? 0;
    }
    if (h === undefined || h > 24 || min > 59) return null;
    const mw = this.phrase(this.lex.minuteWords, at);
    if (mw) {
      min = (min + mw.value + 60) % 60;
      if (mw.value < 0) h = (h + 23) % 24;
      at = mw.end;
    }
    const part = this.partAfter(at, s);
    // the first hour of a range takes the part of the day of the second: «من 5 إلى 6 مساء»
    const partValue = part?.value ?? this.rangePart(at, s);
    if (partValue) {
      const shift = this.lex.hourShift.get(partValue);
      if (shift !== undefined && h < 12 && h >= (partValue === 'NI' ? shift : 1) && (partValue !== 'AF' || h < shift || h <= 6)) h += 12;
    }
    if (part) at = part.end;
    at = this.skipGloss(at, s);
    const zone = this.phrase(this.lex.zones, at);
    if (zone) at = zone.end;
    const clock = `${String(h % 24).padStart(2, '0')}:${String(min).padStart(2, '0')}`;
    // the day it belongs to: «من السبت», «يوم الجمعة», «اليوم»
    let day: Match | null = null;
    const of = this.tok(at, s);
    if (of && this.lex.ofWords.has(of.folded)) day = this.parseDayRef(at + 1, s);
    else day = this.parseDayRef(at, s);
    if (day && day.sem.k === 'date') return { first: i, end: day.end, trim, sem: { ...day.sem, clock, part: undefined } };
    return { first: i, end: at, trim, sem: { k: 'date', clock, needsDay: true } };
  }

  /** Minutes after an hour, joined by و: words («وخمسة وثلاثين») or digits with their unit («و 30 دقيقة»),
   *  1–59, with an optional minute unit («دقيقة»). The tens of an ordinal carry the article («الحادية والعشرين») and are no minutes. */
  private joinedMinutes(at: number, s: number): (Hit<number> & { unit: boolean }) | null {
    let k = at;
    let total = 0;
    let parts = 0;
    let digits = false;
    for (;;) {
      const t = this.tok(k, s);
      if (!t) break;
      let part: Hit<number> | null = null;
      if (t.folded === this.lex.numberJoiner) {
        const n = this.tok(k + 1, s);
        if (n && n.kind === 'number' && DIGITS.test(n.folded)) {
          part = { value: Number(n.folded), end: k + 2, trim: 0 };
          digits = true;
        }
        else {
          const w = this.numberWord(k + 1, s, false);
          if (w) part = { ...w, end: w.end };
        }
      } else part = this.numberWord(k, s, true);
      if (!part) break;
      total += part.value;
      k = part.end;
      parts++;
    }
    if (!parts || total < 1 || total > 59) return null;
    const unit = this.phrase(this.lex.units, k);
    const isMinute = !!unit && unit.value.unit === 'MI';
    // digits need their unit: «بين 5 و 6 مساء» is a range, «و 30 شخصا» a count
    if (digits && !isMinute) return null;
    return { value: total, end: isMinute ? unit!.end : k, trim: 0, unit: isMinute };
  }

  /** A part of the day after a clock hour, directly or after a link: «6 مساء», «6 في المساء». */
  private partAfter(at: number, s: number): Hit<DayPart> | null {
    const part = this.phrase(this.lex.parts, at);
    if (part || !this.lex.partLinks.has(this.folded(at, s) ?? '')) return part;
    return this.phrase(this.lex.parts, at + 1);
  }

  /** Does a range opener (من، بين) stand right before token i? */
  private opensRange(i: number, s: number): boolean {
    for (const { form } of this.forms(i - 1)) if (this.lex.rangeOpeners.has(form)) return this.tok(i - 1, s) !== undefined;
    return false;
  }

  /** After a first hour: a range link, a second hour [minutes] and its part of the day («إلى 6 مساء», «و السابعة صباحا»). */
  private rangePart(at: number, s: number): DayPart | null {
    const link = this.phrase(this.lex.rangeLinks, at);
    if (!link) return null;
    let k = link.end;
    for (const { form } of this.forms(k)) if (this.lex.clockWords.has(form)) {
      k++;
      break;
    }
    const t = this.tok(k, s);
    if (!t) return null;
    if (t.kind === 'number') {
      if (!CLOCK.test(t.folded) && !DIGITS.test(t.folded)) return null;
      k++;
    } else {
      const hour = this.ordinal(k, s) ?? this.number(k, s);
      if (!hour) return null;
      k = hour.end;
    }
    const mw = this.phrase(this.lex.minuteWords, k);
    if (mw) k = mw.end;
    return this.partAfter(k, s)?.value ?? null;
  }

  /** A parenthesised gloss of a clock time «(23,00 تغ)»: skipped inside the span. */
  private skipGloss(at: number, s: number): number {
    const open = this.tok(at, s);
    if (!open || open.folded !== '(') return at;
    for (let k = at + 1; k < at + 6; k++) {
      const t = this.tok(k, s);
      if (!t) return at;
      if (t.folded === ')') return k + 1;
      if (!(t.kind === 'number' || this.phrase(this.lex.zones, k))) return at;
    }
    return at;
  }

  /** A day that a time of day can hang on: weekday, أمس/اليوم, a date. */
  private parseDayRef(i: number, s: number): Match | null {
    return this.parseRelDay(i, s) ?? this.parseWeekday(i, s) ?? this.parseDayMonth(i, s);
  }

  /** صباح الجمعة، مساء أمس، ليل الجمعة السبت، صباح اليوم، منتصف النهار، في ساعة مبكرة */
  private parsePartOfDay(i: number, s: number): Match | null {
    const fixed = this.phrase(this.lex.fixedTimes, i, true);
    if (fixed) {
      const day = this.parseDayRef(fixed.end, s);
      if (day && day.sem.k === 'date') return { first: i, end: day.end, trim: fixed.trim, sem: { ...day.sem, clock: fixed.value } };
      return { first: i, end: fixed.end, trim: fixed.trim, sem: { k: 'date', clock: fixed.value, needsDay: true } };
    }
    // «هذا المساء», «هذا الصباح»: today's
    if (this.lex.thisWords.has(this.tokens[i].folded)) {
      const p = this.phrase(this.lex.parts, i + 1);
      if (p && this.tokens[i + 1].folded.startsWith(this.lex.article)) {
        return { first: i, end: p.end, trim: 0, sem: { k: 'date', rel: { unit: 'D', n: 0 }, part: p.value } };
      }
    }
    const part = this.phrase(this.lex.parts, i, true);
    if (!part) return null;
    let at = part.end;
    if (this.lex.dayWords.has(this.folded(at, s) ?? '')) at++;
    const day = this.parseRelDay(at, s) ?? this.parseWeekday(at, s);
    if (day && day.sem.k === 'date') {
      let end = day.end;
      // «ليل الجمعة السبت»: the night between two days is the first one's
      if (day.sem.weekday && !day.sem.rel) {
        const next = this.phrase(this.lex.weekdays, end);
        if (next && next.value === (day.sem.weekday % 7) + 1) end = next.end;
      }
      return { first: i, end, trim: part.trim, sem: { ...day.sem, part: part.value } };
    }
    // a multi-word part alone («ساعة مبكرة») hangs on the last day mentioned
    if (part.end - i > 1) return { first: i, end: part.end, trim: part.trim, sem: { k: 'date', part: part.value, needsDay: true } };
    return null;
  }

  private parseAnaphoric(i: number, s: number): Match | null {
    const hit = this.phrase(this.lex.anaphoricDay, i, true);
    if (!hit) return null;
    const next = this.tokens.slice(i, hit.end).some((t) => t.folded.endsWith('تالي')) ? 1 : 0;
    return { first: i, end: hit.end, trim: hit.trim, sem: { k: 'date', anaphoric: next } };
  }

  private parseNight(i: number, s: number): Match | null {
    const hit = this.phrase(this.lex.nights, i, true);
    if (!hit) return null;
    void s;
    return { first: i, end: hit.end, trim: hit.trim, sem: { k: 'date', rel: { unit: 'D', n: hit.value }, part: 'NI' } };
  }

  /** Is «اليوم» at i part of a name or a count (روسيا اليوم، اليوم الثاني)? */
  private todayIsName(i: number, s: number): boolean {
    const before = this.tok(i - 1, s);
    const after = this.tok(i + 1, s);
    if (before && this.lex.todayNamesBefore.has(before.folded)) return true;
    if (i >= 2 && before && this.lex.todayNamesBefore.has(this.tokens[i - 2].folded + ' ' + before.folded)) return true;
    if (after && this.lex.todayNamesAfter.has(after.folded)) return true;
    return false;
  }

  /** أمس، اليوم، أول من أمس + gloss: «أمس الجمعة», «أمس (الأربعاء)», «اليوم (أمس)» */
  private parseRelDay(i: number, s: number): Match | null {
    const hit = this.phrase(this.lex.relDays, i, true);
    if (!hit) return null;
    if (hit.value === 0 && hit.end === i + 1 && this.todayIsName(i, s)) return null;
    let at = hit.end;
    const sem: DateSem = { k: 'date', rel: { unit: 'D', n: hit.value } };
    // a gloss, bare or in parentheses: a weekday, or another relative day that overrides
    const paren = this.folded(at, s) === '(';
    const g = paren ? at + 1 : at;
    const wd = this.phrase(this.lex.weekdays, g);
    const rd = !wd && paren ? this.phrase(this.lex.relDays, g) : null;
    if (wd || rd) {
      const close = paren ? (this.folded((wd ?? rd)!.end, s) === ')' ? (wd ?? rd)!.end + 1 : -1) : (wd ?? rd)!.end;
      if (close > 0) {
        if (wd) sem.weekday = wd.value;
        if (rd) sem.rel = { unit: 'D', n: rd.value };
        at = close;
      }
    }
    // a part of the day after it: «أمس صباحا»
    const part = this.phrase(this.lex.parts, at);
    if (part && part.end === at + 1 && /ا$/.test(this.tokens[at].folded)) {
      sem.part = part.value;
      at = part.end;
    }
    return { first: i, end: at, trim: hit.trim, sem };
  }

  /** [يوم] الجمعة [الماضي|المقبل] [24 يوليو 2015] */
  private parseWeekday(i: number, s: number): Match | null {
    let at = i;
    let trim = 0;
    let dayWord = false;
    for (const { form, trim: tr } of this.forms(at)) if (this.lex.dayWords.has(form)) {
      dayWord = true;
      trim = tr;
    }
    if (dayWord) at++;
    const wd = dayWord ? (this.phrase(this.lex.weekdays, at) ?? this.phrase(this.lex.weekdaysAfterDayWord, at)) : this.phrase(this.lex.weekdays, at, true);
    if (!wd) return null;
    if (!dayWord) trim = wd.trim;
    at = wd.end;
    const sem: DateSem = { k: 'date', weekday: wd.value };
    // a full date after the weekday decides: «الخميس 23 يوليو»
    const comma = this.folded(at, s) === '،' || this.folded(at, s) === ',' ? 1 : 0;
    const date = this.parseDayMonth(at + comma, s);
    if (date && date.sem.k === 'date') return { first: i, end: date.end, trim, sem: { ...date.sem, weekday: undefined } };
    // «الجمعة من الأسبوع المقبل»
    const of = this.lex.ofWords.has(this.folded(at, s) ?? '') ? 1 : 0;
    const week = this.parsePeriod(at + of, s);
    if (week && week.sem.k === 'date' && week.sem.rel?.unit === 'W') {
      return { first: i, end: week.end, trim, sem: { ...sem, rel: week.sem.rel } };
    }
    const mod = this.phrase(this.lex.modifiers, at);
    if (mod) {
      const before = this.phrase(this.lex.beforeLast, at);
      if (before) {
        sem.weekdayDir = -2;
        at = before.end;
      } else if (mod.value !== 0) {
        sem.weekdayDir = mod.value;
        at = mod.end;
      }
    }
    // «الجمعة مساء», «الثلاثاء في الصباح الباكر»: a part of that day, unless it opens the next one («صباح السبت»)
    const part = this.partAfter(at, s);
    if (part && !this.parseDayRef(part.end, s)) {
      sem.part = part.value;
      at = part.end;
    }
    return { first: i, end: at, trim, sem };
  }

  /** 14 يوليو (تموز) 2015 | الرابع عشر من يوليو الحالي | 15 رمضان 1436 هـ */
  private parseDayMonth(i: number, s: number): Match | null {
    const day = this.dayOfMonth(i, s);
    if (!day) return null;
    let at = day.end;
    // «الرابع والخامس من أغسطس»: the first day takes the month of the second
    const second = this.tokens[at]?.splits.some((x) => x.proclitics.length) ? this.dayOfMonth(at, s) : null;
    if (second && second.trim > 0) {
      let k = second.end;
      if (this.lex.ofWords.has(this.folded(k, s) ?? '')) k++;
      const month = this.parseMonth(k, s, second.value, at);
      if (month && month.sem.k === 'date') return { first: i, end: day.end, trim: day.trim, sem: { ...month.sem, d: day.value } };
    }
    const ranged = this.rangeEnd(day.end, s);
    if (ranged) return { first: i, end: day.end, trim: day.trim, sem: { ...ranged, d: day.value } };
    if (this.lex.ofWords.has(this.folded(at, s) ?? '')) at++;
    const month = this.parseMonth(at, s, day.value, i);
    if (!month) {
      // «20 من الشهر القادم»
      const period = at > day.end || this.afterRangeLink(i, s) ? this.parsePeriod(at, s) : null;
      if (period && period.sem.k === 'date' && period.sem.rel?.unit === 'M') {
        return { first: i, end: period.end, trim: day.trim, sem: { k: 'date', monthRel: period.sem.rel.n, d: day.value } };
      }
      return null;
    }
    return { ...month, first: i, trim: day.trim };
  }

  /** Is token i the second end of a range of days: «4 إلى [23] الشهر المقبل»? */
  private afterRangeLink(i: number, s: number): boolean {
    for (let k = i - 1; k >= i - 3 && k >= 0; k--) {
      const link = this.phrase(this.lex.rangeLinks, k);
      if (link && link.end === i) return !!this.dayOfMonth(k - 1, s);
    }
    return false;
  }

  /** «[4] إلى 23 يوليو», «[2] و 7 فبراير», «[4] إلى 23 الشهر المقبل»: after a bare day, a link and a
   *  second day with its month; the month (and year) the first day takes from it, or null. */
  private rangeEnd(at: number, s: number): DateSem | null {
    const link = this.phrase(this.lex.rangeLinks, at);
    if (!link) return null;
    const day = this.dayOfMonth(link.end, s);
    if (!day) return null;
    let k = day.end;
    if (this.lex.ofWords.has(this.folded(k, s) ?? '')) k++;
    const month = this.parseMonth(k, s, day.value, link.end);
    if (month && month.sem.k === 'date') return month.sem;
    const period = this.parsePeriod(k, s);
    if (period && period.sem.k === 'date' && period.sem.rel?.unit === 'M') return { k: 'date', monthRel: period.sem.rel.n };
    return null;
  }

  /** month [gloss] [year] [era] [modifier]; a Hijri month needs a day, a year, an era or a modifier. */
  private parseMonth(i: number, s: number, d: number | undefined, first: number): Match | null {
    let hijri = false;
    let hit = this.phrase(this.lex.months, i, true);
    if (!hit) {
      hit = this.phrase(this.lex.hijriMonths, i, true);
      hijri = !!hit;
    }
    if (!hit) return null;
    let at = hit.end;
    // a gloss in another family: «يوليو (تموز)», «مارس آذار», «سبتمبر/أيلول»
    const paren = this.folded(at, s) === '(' || this.folded(at, s) === '/';
    const gloss = this.phrase(hijri ? this.lex.hijriMonths : this.lex.months, paren ? at + 1 : at);
    let glossed = false;
    if (gloss && gloss.value === hit.value) {
      glossed = true;
      if (!paren) at = gloss.end;
      else if (this.folded(at, s) === '/') at = gloss.end;
      else if (this.folded(gloss.end, s) === ')') at = gloss.end + 1;
    }
    const sem: DateSem = { k: 'date', m: hit.value, d, hijri };
    const year = this.yearAfter(at, s);
    let anchored = d !== undefined || glossed;
    if (year) {
      sem.y = year.value.y;
      if (year.value.era === 'H') sem.hijri = true;
      at = year.end;
      anchored = true;
    } else {
      const mod = this.phrase(this.lex.modifiers, at);
      const of = this.lex.ofWords.has(this.folded(at, s) ?? '') ? 1 : 0;
      const period = mod ? null : this.parsePeriod(at + of, s);
      if (mod) {
        sem.dir = mod.value;
        at = mod.end;
        anchored = true;
      } else if (period && period.sem.k === 'date' && period.sem.rel?.unit === 'Y') {
        sem.yearRel = period.sem.rel.n;
        at = period.end;
        anchored = true;
      }
    }
    if ((hijri || (hit.end === i + 1 && this.lex.ambiguousMonths.has(hit.form ?? ''))) && !anchored) return null;
    return { first, end: at, trim: hit.trim, sem };
  }

  /** A year after a month: «2015», «عام 2001», «1436 هـ». */
  private yearAfter(at: number, s: number): Hit<{ y: number; era?: 'G' | 'H' }> | null {
    let k = at;
    if (this.folded(k, s) === ',' || this.folded(k, s) === '،') return null;
    // «يونيو من عام 1999»
    if (this.lex.ofWords.has(this.folded(k, s) ?? '') && this.lex.yearWords.has(this.folded(k + 1, s) ?? '')) k++;
    const word = this.tok(k, s);
    if (word && this.lex.yearWords.has(word.folded)) k++;
    const t = this.tok(k, s);
    let y: number;
    if (t && t.kind === 'number' && /^\d{3,4}$/.test(t.folded)) {
      y = Number(t.folded);
      k++;
    } else {
      const words = this.yearInWords(k, s);
      if (!words) return null;
      y = words.value;
      k = words.end;
    }
    const era = this.phrase(this.lex.eras, k);
    return { value: { y, era: era?.value }, end: era ? era.end : k, trim: 0 };
  }

  /** عام 2009 | العام 2014 | 1436 هـ | a bare year 1900–2100 that is not a count or a name. */
  private parseYear(i: number, s: number, allowBare: boolean): Match | null {
    let at = i;
    let trim = 0;
    let word = false;
    for (const { form, trim: tr } of this.forms(at)) if (this.lex.yearWords.has(form)) {
      word = true;
      trim = tr;
    }
    let first = i;
    if (word) at++;
    const t = this.tok(at, s);
    if (!t) return null;
    // a year in words needs a year word or a frame around it («الربع الثالث من ألفين وعشرين»): alone it is a count
    const words = t.kind === 'word' && (word || !allowBare) ? this.yearInWords(at, s) : null;
    if (!words && (t.kind !== 'number' || !/^\d{3,4}$/.test(t.folded))) return null;
    const y = words ? words.value : Number(t.folded);
    at = words ? words.end : at + 1;
    const era = this.phrase(this.lex.eras, at);
    if (era) at = era.end;
    if (!word && !era && !words) {
      if (!allowBare) {
        if (y < this.lex.bareYearRange[0] || y > this.lex.bareYearRange[1]) return null;
      } else if (!this.bareYearOk(i, s, y)) return null;
    }
    // «للعام 2014»: the clitic fused with the article; the span keeps to the year
    if (word && trim > 0) {
      first = i + 1;
      trim = 0;
    }
    return { first, end: at, trim, sem: { k: 'date', y, hijri: era?.value === 'H' } };
  }

  /** Are tokens a and b two years in the bare-year range, a before b, joined by a dash? */
  private yearPair(a: number, b: number, s: number): boolean {
    const x = this.tok(a, s);
    const dash = this.tok(a + 1, s);
    const y = this.tok(b, s);
    if (!x || !dash || !y || dash.folded !== '-' || x.kind !== 'number' || y.kind !== 'number') return false;
    if (!/^\d{4}$/.test(x.folded) || !/^\d{4}$/.test(y.folded)) return false;
    const [lo, hi] = this.lex.bareYearRange;
    const p = Number(x.folded);
    const q = Number(y.folded);
    return p >= lo && q <= hi && p < q;
  }

  private bareYearOk(i: number, s: number, y: number): boolean {
    if (y < this.lex.bareYearRange[0] || y > this.lex.bareYearRange[1]) return false;
    // «2014-2018»: two years joined by a dash are a range of years, not a sum or a score
    if (this.yearPair(i - 2, i, s) || this.yearPair(i, i + 2, s)) return true;
    const before = this.tok(i - 1, s);
    if (before && (this.lex.numberNamesBefore.has(before.folded) || before.folded === '-' || before.folded === '+')) return false;
    const after = this.tok(i + 1, s);
    if (after && (this.lex.numberNamesAfter.has(after.folded) || after.folded === '-' || after.folded === '+' || after.folded === '%')) return false;
    if (after && i + 2 < this.tokens.length && this.lex.numberNamesAfter.has(after.folded + ' ' + this.tokens[i + 2].folded)) return false;
    // inside a number range or list of amounts: «بين 7 و11»
    return true;
  }

  /** الأسبوع الماضي، العام الجاري، هذا العام، الشهر المقبل، العام قبل الماضي، القرن العشرين */
  private parsePeriod(i: number, s: number): Match | null {
    let at = i;
    let trim = 0;
    let thisWord = false;
    const t = this.tok(i, s);
    if (!t) return null;
    if (this.lex.thisWords.has(t.folded)) {
      thisWord = true;
      at++;
    }
    const p = this.phrase(this.lex.periods, at, !thisWord);
    if (!p) return null;
    if (!thisWord) trim = p.trim;
    at = p.end;
    const unit = p.value;
    if (unit === 'CE') {
      const ord = this.phrase(this.lex.centuryOrdinals, at);
      if (!ord) return null;
      const sem: DateSem = ord.value > 1 ? { k: 'date', century: ord.value - 1 } : { k: 'date', rel: { unit: 'CE', n: ord.value } };
      return { first: i, end: ord.end, trim, sem };
    }
    let n: number;
    if (thisWord) n = 0;
    else {
      const before = this.phrase(this.lex.beforeLast, at);
      const mod = before ? null : this.phrase(this.lex.modifiers, at);
      if (!before && !mod) return null;
      n = before ? -2 : mod!.value;
      at = before ? before.end : mod!.end;
    }
    // «الأسبوع الماضي الأحد»: a weekday of that week
    if (unit === 'W') {
      const wd = this.phrase(this.lex.weekdays, at);
      if (wd) return { first: i, end: wd.end, trim, sem: { k: 'date', rel: { unit, n }, weekday: wd.value } };
    }
    return { first: i, end: at, trim, sem: { k: 'date', rel: { unit, n } } };
  }

  /** صيف 2016، الصيف الماضي، هذا الصيف، ربيع العام المقبل */
  private parseSeason(i: number, s: number): Match | null {
    const thisWord = this.lex.thisWords.has(this.tokens[i].folded) ? 1 : 0;
    const hit = this.phrase(this.lex.seasons, i + thisWord, !thisWord);
    if (!hit) return null;
    const sem: DateSem = { k: 'date', season: hit.value };
    let at = hit.end;
    if (thisWord) return { first: i, end: at, trim: 0, sem: { ...sem, yearRel: 0 } };
    const year = this.yearAfter(at, s);
    const mod = year ? null : this.phrase(this.lex.modifiers, at);
    const of = this.lex.ofWords.has(this.folded(at, s) ?? '') ? 1 : 0;
    const period = year || mod ? null : this.parsePeriod(at + of, s);
    if (year) {
      sem.y = year.value.y;
      at = year.end;
    } else if (mod) {
      sem.yearRel = mod.value;
      at = mod.end;
    } else if (period && period.sem.k === 'date' && period.sem.rel?.unit === 'Y') {
      sem.yearRel = period.sem.rel.n;
      at = period.end;
    } else return null;
    return { first: i, end: at, trim: hit.trim, sem };
  }

  /** الثمانينات [من القرن الماضي] */
  private parseDecade(i: number, s: number): Match | null {
    const dec = this.phrase(this.lex.decades, i, true);
    if (!dec) return null;
    let at = dec.end;
    let century = this.lex.defaultDecadeCentury;
    const of = this.lex.ofWords.has(this.folded(at, s) ?? '') ? 1 : 0;
    const c = this.parsePeriod(at + of, s);
    if (c && c.sem.k === 'date' && c.sem.century !== undefined) {
      century = c.sem.century;
      at = c.end;
    } else if (c && c.sem.k === 'date' && c.sem.rel?.unit === 'CE') {
      at = c.end;
    }
    return { first: i, end: at, trim: dec.trim, sem: { k: 'date', decade: century * 10 + dec.value } };
  }
}
