// English time expressions: finds TIMEX3 spans in an English text layer and normalises their
// values against the reference date. chrono-node parses the calendar dates and clock times
// (only in sentences that hold a trigger); the TIMEX3 layer it lacks — durations, sets, vague
// and part-of-day values, decades, quarters, fiscal years, seasons, deictic and relative
// dates, the tense rule for bare weekdays and months, traps — is a token grammar whose words
// come from src/lang/en/data/time/.
// only the English locale: the whole package costs ~90 ms at start-up, this ~20 ms
import { strict as chronoStrict } from 'chrono-node/en';
import type { TextLayer, TimexType, Token } from '../../core/types.js';
import { timeLexicon, type TimeLexicon } from './timex-lexicon.js';
import {
  addDays,
  addMonths,
  dayValue,
  monthValue,
  parseReferenceDate,
  placeMonth,
  placeMonthDay,
  placeWeekday,
  weekValue,
  type Day,
  type Tense,
} from './timex-calendar.js';

export interface EnglishTimex {
  start: number;
  end: number;
  text: string;
  type: TimexType;
  value: string;
}

/** A candidate over tokens [first, last) of one sentence. */
interface Candidate {
  first: number;
  last: number;
  type: TimexType;
  value: string;
  /** a day-month date whose year the document must supply (no reference date) */
  month?: number;
  day?: number;
  needsYear?: boolean;
  /** "the following year": a year counted from the last year the text stated */
  anaphoricYear?: number;
  /** a clock time without a date, to be joined with an adjacent day */
  clock?: string;
  /** the value carries an explicit year (feeds later day-month dates) */
  explicitYear?: number;
  /** day-level date (a weekday, "today", a full date), joinable with a clock time */
  dayLevel?: boolean;
}

const YEAR = /^\d{4}$/;
const DIGITS = /^\d+(?:\.\d+)?$/;
const DECADE = /^(?:(\d{3})0|'(\d)0)s$/;
const FISCAL_PAIR = /^(\d{4})\/(\d{2})$/;
const QUARTER_TOKEN = /^q([1-4])$/;
const CLOCK_TOKEN = /^\d{1,2}[:.]\d{2}$/;
const MERIDIEM = /^[ap]\.?m\.?$/;
const NUMERIC_DATE = /^\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}$/;
const CHRONO_CLOCK_TEXT = /\d:\d\d|\d\s*[ap]\.?m\b|noon|midnight/i;
const CHRONO_DATE_TEXT = /[A-Za-z]{3}|\d[/.-]\d/;
const ORDINAL_NUMBER = /^(\d{1,2})(?:st|nd|rd|th)$/;
const DAY_NUMBER = /^(\d{1,2})(?:st|nd|rd|th)?$/;

const X = 'X';

/** Everything one call needs: the layer, the lexicon, the reference date, the year the
 *  document last stated (for day-month dates when there is no reference date). */
class Finder {
  private readonly tokens: Token[];
  private first = 0;
  private last = 0;
  constructor(
    private readonly layer: TextLayer,
    private readonly lex: TimeLexicon,
    private readonly ref: Day | null,
  ) {
    this.tokens = layer.tokens;
  }

  run(): EnglishTimex[] {
    const out: EnglishTimex[] = [];
    let lastYear: number | null = null; // of the last full date (day-month dates take it)
    let statedYear: number | null = null; // of the last dated expression ("the following year" counts from it)
    for (const sentence of this.layer.sentences) {
      this.first = sentence.first;
      this.last = sentence.last;
      const chosen = this.select([...this.grammar(), ...this.chrono(sentence.start, sentence.end)]);
      for (const c of chosen) {
        if (c.needsYear && c.month) {
          c.value = lastYear !== null ? dayValue({ y: lastYear, m: c.month, d: c.day ?? 1 }) : c.value;
        }
        if (c.anaphoricYear !== undefined) {
          c.value = statedYear !== null ? String(statedYear + c.anaphoricYear) : this.ref ? String(this.ref.y + c.anaphoricYear) : 'XXXX';
        }
        if (c.explicitYear !== undefined) lastYear = c.explicitYear;
        const stated = /^(\d{4})(?:$|-)/.exec(c.value);
        if (stated && c.type === 'DATE') statedYear = +stated[1];
        const start = this.tokens[c.first].start;
        const end = this.tokens[c.last - 1].end;
        out.push({ start, end, text: this.layer.text.slice(start, end), type: c.type, value: c.value });
      }
    }
    return out;
  }

  // ---- token access within the current sentence
  private f(i: number): string {
    return i >= this.first && i < this.last ? this.tokens[i].folded : '';
  }
  private capitalised(i: number): boolean {
    const t = i >= this.first && i < this.last ? this.tokens[i].text : '';
    return t !== '' && t[0] !== t[0].toLowerCase();
  }
  /** true when token i opens its sentence (or follows an opening quote or bracket there) */
  private opensSentence(i: number): boolean {
    for (let k = i - 1; k >= this.first; k--) {
      const kind = this.tokens[k].kind;
      if (kind !== 'quote' && this.tokens[k].folded !== '(') return false;
    }
    return true;
  }
  /** length of the longest phrase of `phrases` starting at token i (0 when none) */
  private phraseAt(phrases: Map<string, string[][]>, i: number): number {
    const options = phrases.get(this.f(i));
    let best = 0;
    if (!options) return 0;
    for (const words of options) {
      if (words.length <= best) continue;
      let ok = true;
      for (let k = 1; k < words.length && ok; k++) ok = this.f(i + k) === words[k];
      if (ok) best = words.length;
    }
    return best;
  }

  // ---- the grammar: at each token the longest family match
  private grammar(): Candidate[] {
    const found: Candidate[] = [];
    for (let i = this.first; i < this.last; i++) {
      const skip = this.phraseAt(this.lex.notTime, i);
      if (skip) {
        i += skip - 1;
        continue;
      }
      let best: Candidate | null = null;
      for (const c of [
        this.vague(i),
        this.setExpression(i),
        this.deictic(i),
        this.relative(i),
        this.quantity(i),
        this.decade(i),
        this.quarter(i),
        this.fiscal(i),
        this.season(i),
        this.month(i),
        this.weekday(i),
        this.year(i),
      ]) {
        if (c && (!best || c.last > best.last)) best = c;
      }
      if (best) {
        found.push(this.withModifiers(best));
        i = best.last - 1;
      }
    }
    return found;
  }

  /** "early", "late", "mid-", "almost", "the end of" … belong to the span (value unchanged). */
  private withModifiers(c: Candidate): Candidate {
    if (c.type === 'SET') return c;
    for (let n = 1; n <= 3; n++) {
      const i = c.first - n;
      if (i < this.first) break;
      const len = this.phraseAt(this.lex.spanModifiers, i);
      // "the late 1990s": a determiner before the modifier joins too
      const from = (k: number) => ({ ...c, first: this.f(k - 1) === 'the' && k - 1 >= this.first ? k - 1 : k });
      if (len === n) return from(i);
      if (len > 0 && len === n - 1 && this.f(i + len) === '-') return from(i); // "mid-2011"
    }
    return c;
  }

  private vague(i: number): Candidate | null {
    const n = this.phraseAt(this.lex.vagueReferences, i);
    if (!n) return null;
    // "in the past four years" is a period, not the vague past
    if (this.number(i + n) || this.lex.units.has(this.f(i + n))) return null;
    const words: string[] = [];
    for (let k = 0; k < n; k++) words.push(this.f(i + k));
    return { first: i, last: i + n, type: 'DATE', value: this.lex.vagueValue.get(words.join(' ')) ?? 'PRESENT_REF' };
  }

  /** "daily", "every week", "every two years", "each morning", "every Friday", "per year" */
  private setExpression(i: number): Candidate | null {
    const w = this.f(i);
    const adverb = this.lex.setAdverbs.get(w);
    if (adverb) return { first: i, last: i + 1, type: 'SET', value: adverb };
    if (!this.lex.setQuantifiers.has(w)) return null;
    const num = this.number(i + 1);
    const at = num ? num.next : i + 1;
    const u = this.f(at);
    const unit = this.lex.units.get(u);
    if (unit && unit !== 'WE' && (num || !this.lex.singularNeedsNumber.has(u))) {
      return { first: i, last: at + 1, type: 'SET', value: durationValue(num ? num.value : 1, unit, this.lex) };
    }
    if (num) return null;
    const wd = this.lex.weekdays.get(u);
    if (wd) return { first: i, last: at + 1, type: 'SET', value: `XXXX-WXX-${wd}` };
    const part = this.lex.partsOfDay.get(u);
    if (part) return { first: i, last: at + 1, type: 'SET', value: `XXXX-XX-XXT${part}` };
    const m = this.lex.months.get(u);
    if (m && this.capitalised(at)) return { first: i, last: at + 1, type: 'SET', value: `XXXX-${pad(m)}` };
    return null;
  }

  /** "today", "tonight", "yesterday morning", "tomorrow" */
  private deictic(i: number): Candidate | null {
    const d = this.lex.deicticDays.get(this.f(i));
    if (!d) return null;
    if (this.isName(i) || (this.capitalised(i) && !this.opensSentence(i) && !this.allCaps(i))) return null;
    const part = d.part ?? this.lex.partsOfDay.get(this.f(i + 1));
    const last = d.part || !part ? i + 1 : i + 2;
    const day = this.ref ? addDays(this.ref, d.days) : null;
    if (part) return { first: i, last, type: 'TIME', value: `${day ? dayValue(day) : 'XXXX-XX-XX'}T${part}` };
    if (!day) return { first: i, last, type: 'DATE', value: d.days === 0 ? 'PRESENT_REF' : d.days < 0 ? 'PAST_REF' : 'FUTURE_REF', dayLevel: true };
    return { first: i, last, type: 'DATE', value: dayValue(day), dayLevel: true };
  }

  /** "last year", "next month", "this week", "the past four years", "the next decade",
   *  "last Friday", "last November", "this morning", "this fiscal year" */
  private relative(i: number): Candidate | null {
    const the = this.f(i) === 'the' ? 1 : 0;
    const rw = this.f(i + the);
    const rel = this.lex.relatives.get(rw);
    if (rel === undefined) return null;
    const at = i + the + 1;
    if (this.lex.anaphoricRelatives.has(rw)) {
      // "the following year" counts from the story's last year, not from the reference date
      if (!the || this.lex.units.get(this.f(at)) !== 'Y' || this.f(at).endsWith('s')) return null;
      return { first: i, last: at + 1, type: 'DATE', value: 'XXXX', anaphoricYear: rel };
    }
    const num = this.number(at);
    if (num && num.next > at) {
      const u = this.f(num.next);
      // "six months ago" is a date, and "this six months" rarely a period
      if (this.f(num.next + 1) === 'ago' || (rw === 'this' && !the)) return null;
      const unit = this.lex.units.get(u);
      if (!unit || unit === 'WE') return null;
      return { first: i, last: num.next + 1, type: 'DURATION', value: durationValue(num.value, unit, this.lex) };
    }
    const u = this.f(at);
    const part = this.lex.partsOfDay.get(u);
    if (part && rel <= 0 && !the) {
      // "this morning" is the reference day's; "last night" the evening before
      const day = this.ref ? addDays(this.ref, rel) : null;
      return { first: i, last: at + 1, type: 'TIME', value: `${day ? dayValue(day) : 'XXXX-XX-XX'}T${part}` };
    }
    if (this.lex.fiscal.has(u) && this.f(at + 1) === 'year') {
      return { first: i, last: at + 2, type: 'DATE', value: this.ref ? String(this.ref.y + rel) : 'XXXX' };
    }
    const unit = this.lex.units.get(u);
    if (unit) {
      if (this.lex.relativeIsDuration.has(unit) || (rw === 'past' && the)) {
        if (this.lex.singularNeedsNumber.has(u) || u.endsWith('s')) return null;
        return { first: i, last: at + 1, type: 'DURATION', value: durationValue(1, unit, this.lex) };
      }
      if (u.endsWith('s') || rw === 'past') return null;
      const value = this.relativeDate(unit, rel);
      return value ? { first: i, last: at + 1, type: 'DATE', value } : null;
    }
    if (the) return null;
    const wd = this.lex.weekdays.get(u);
    if (wd && this.capitalised(at) && !this.isName(at)) {
      const tense: Tense = rel < 0 ? 'past' : rel > 0 ? 'future' : this.tense(at, at + 1);
      const day = this.ref ? placeWeekday(this.ref, wd, tense, rel !== 0) : null;
      return this.withPartOfDay({ first: i, last: at + 1, type: 'DATE', value: day ? dayValue(day) : `XXXX-WXX-${wd}`, dayLevel: true });
    }
    const m = this.lex.months.get(u);
    if (m && this.capitalised(at)) {
      const tense: Tense = rel < 0 ? 'past' : rel > 0 ? 'future' : 'none';
      const dm = DAY_NUMBER.exec(this.f(at + 1));
      const d = dm ? +dm[1] : 0;
      if (d >= 1 && d <= 31) {
        const y = this.ref ? placeMonthDay(this.ref, m, d, tense, rel !== 0) : null;
        return { first: i, last: at + 2, type: 'DATE', value: y !== null ? dayValue({ y, m, d }) : `XXXX-${pad(m)}-${pad(d)}`, dayLevel: true };
      }
      const y = this.ref ? (rel === 0 ? this.ref.y : placeMonth(this.ref, m, tense, true)) : null;
      return { first: i, last: at + 1, type: 'DATE', value: y !== null ? monthValue(y, m) : `XXXX-${pad(m)}` };
    }
    const season = this.lex.seasons.get(u);
    if (season) {
      const y = this.ref ? this.ref.y + rel : null;
      return { first: i, last: at + 1, type: 'DATE', value: `${y ?? 'XXXX'}-${season}` };
    }
    return null;
  }

  private relativeDate(unit: string, rel: number): string | null {
    const ref = this.ref;
    switch (unit) {
      case 'Y':
        return ref ? String(ref.y + rel) : 'XXXX';
      case 'M': {
        if (!ref) return 'XXXX-XX';
        const m = addMonths(ref.y, ref.m, rel);
        return monthValue(m.y, m.m);
      }
      case 'W':
        return ref ? weekValue(addDays(ref, 7 * rel)) : 'XXXX-WXX';
      case 'WE':
        return ref ? `${weekValue(addDays(ref, 7 * rel))}-WE` : 'XXXX-WXX-WE';
      case 'Q': {
        if (!ref) return 'XXXX-QX';
        const q = ref.y * 4 + Math.floor((ref.m - 1) / 3) + rel;
        return `${Math.floor(q / 4)}-Q${(q % 4) + 1}`;
      }
      default:
        return null;
    }
  }

  /** "two years", "18-month", "a decade", "weeks", "20 or 30 years", "four years ago", "a year" (SET after an amount) */
  private quantity(i: number): Candidate | null {
    const hyphenated = this.hyphenated(i);
    if (hyphenated) return hyphenated;
    const num = this.number(i);
    let at = num ? num.next : i;
    if (num && this.f(at) === '-') at++;
    const u = this.f(at);
    const unit = this.lex.units.get(u);
    if (!unit || unit === 'WE') return null;
    if (!num) {
      // a bare plural ("for years", "within weeks", "Hours before")
      if (!u.endsWith('s') || (this.lex.clockUnits.has(unit) && u !== 'hours')) return null;
      const prev = this.f(i - 1);
      if (!(this.lex.durationSignals.has(prev) || i === this.first || (this.opensSentence(i) && this.capitalised(i)))) return null;
    } else if (this.lex.singularNeedsNumber.has(u) && num.article) return null;
    if (this.lex.ageWords.has(this.f(at + 1)) || this.lex.ageWords.has(this.f(i - 1)) || this.f(at + 1) === 'older') return null;
    const value = num ? num.value : X;
    if (num && this.lex.ago.has(this.f(at + 1)) && this.f(at + 1) === 'ago') {
      return { first: i, last: at + 2, type: 'DATE', value: this.agoValue(value, unit) };
    }
    if (num && num.article && !u.endsWith('s') && this.afterAmount(i)) {
      return { first: i, last: at + 1, type: 'SET', value: durationValue(1, unit, this.lex) };
    }
    return { first: i, last: at + 1, type: 'DURATION', value: durationValue(value, unit, this.lex) };
  }

  /** one word "four-week", "three-month" (a period used as a modifier) */
  private hyphenated(i: number): Candidate | null {
    const w = this.f(i);
    const dash = w.indexOf('-');
    if (dash <= 0) return null;
    const unit = this.lex.units.get(w.slice(dash + 1));
    if (!unit || unit === 'WE') return null;
    const head = w.slice(0, dash);
    const n = DIGITS.test(head) ? +head : this.lex.numbers.get(head);
    if (n === undefined || head === 'a' || head === 'an' || this.lex.ageWords.has(this.f(i + 1))) return null;
    return { first: i, last: i + 1, type: 'DURATION', value: durationValue(n, unit, this.lex) };
  }

  /** "a year" right after an amount ("$10bn a year", "a million barrels a day", "twice a week") is a rate */
  private afterAmount(i: number): boolean {
    if (this.lex.durationSignals.has(this.f(i - 1))) return false;
    for (let k = i - 1; k >= Math.max(this.first, i - 6); k--) {
      const t = this.tokens[k];
      if (t.kind === 'number' || this.lex.quantityWords.has(t.folded) || this.lex.setCues.has(t.folded)) return true;
    }
    return false;
  }

  private agoValue(n: number | typeof X, unit: string): string {
    const ref = this.ref;
    if (!ref || n === X) return 'PAST_REF';
    switch (unit) {
      case 'Y':
        return String(ref.y - n);
      case '10Y':
        return String(ref.y - 10 * n);
      case 'M': {
        const m = addMonths(ref.y, ref.m, -n);
        return monthValue(m.y, m.m);
      }
      case 'W':
        return weekValue(addDays(ref, -7 * n));
      case 'D':
        return dayValue(addDays(ref, -n));
      default:
        return 'PAST_REF';
    }
  }

  /** a count: digits, number words, "a"/"an", vague ("several", "a few"), ranges ("20 or 30", "two to three") */
  private number(i: number): { value: number | typeof X; next: number; article: boolean } | null {
    const one = (k: number): { value: number | typeof X; next: number; article: boolean } | null => {
      const w = this.f(k);
      if (w === 'a' && (this.f(k + 1) === 'few' || this.f(k + 1) === 'couple')) {
        return { value: X, next: this.f(k + 2) === 'of' ? k + 3 : k + 2, article: false };
      }
      if (this.lex.vagueQuantities.has(w)) return { value: X, next: this.f(k + 1) === 'of' ? k + 2 : k + 1, article: false };
      if (DIGITS.test(w) && this.tokens[k].kind === 'number') return { value: +w, next: k + 1, article: false };
      const n = this.lex.numbers.get(w) ?? compoundNumber(w, this.lex);
      if (n !== undefined) return { value: n, next: k + 1, article: w === 'a' || w === 'an' };
      return null;
    };
    const a = one(i);
    if (!a) return null;
    if (this.lex.rangeJoiners.has(this.f(a.next)) && !a.article) {
      const b = one(a.next + 1);
      if (b && !b.article && this.lex.units.has(this.f(b.next))) return { value: X, next: b.next, article: false };
    }
    return a;
  }

  /** "the 1990s", "the mid-1990s", "the '80s", "the 21st century" */
  private decade(i: number): Candidate | null {
    const the = this.f(i) === 'the' ? 1 : 0;
    const century = ORDINAL_NUMBER.exec(this.f(i + the));
    if (century && this.f(i + the + 1) === 'century' && +century[1] >= 1 && +century[1] <= 30) {
      return { first: i, last: i + the + 2, type: 'DATE', value: String(+century[1] - 1).padStart(2, '0') };
    }
    const w = this.f(i + the);
    // "the (late) 1980's", the apostrophe split off or not
    if (YEAR.test(w) && w.endsWith('0') && (the || this.lex.spanModifiers.has(this.f(i - 1)))) {
      const k = i + the + 1;
      const tail = this.f(k) === "'s" ? 1 : this.f(k) === "'" && this.f(k + 1) === 's' ? 2 : 0;
      if (tail) return { first: i, last: k + tail, type: 'DATE', value: w.slice(0, 3) };
    }
    const m = DECADE.exec(w);
    if (!m) return null;
    return { first: i, last: i + the + 1, type: 'DATE', value: m[1] ?? `19${m[2]}` };
  }

  /** "the third quarter", "the first half of next year", "Q3 2004", "third-quarter" */
  private quarter(i: number): Candidate | null {
    const the = this.f(i) === 'the' ? 1 : 0;
    let at = i + the;
    let part: string | undefined;
    let n: number | undefined;
    const q = QUARTER_TOKEN.exec(this.f(at));
    if (q) {
      part = 'Q';
      n = +q[1];
      at++;
    } else {
      n = this.lex.ordinals.get(this.f(at));
      if (n === undefined) return null;
      at++;
      if (this.f(at) === '-') at++;
      part = this.lex.halves.get(this.f(at));
      if (!part || (part === 'H' && n > 2)) return null;
      at++;
    }
    let year: number | null = null;
    let last = at;
    const of = this.f(at) === 'of' ? 1 : 0;
    const yw = this.f(at + of);
    if (YEAR.test(yw)) {
      year = +yw;
      last = at + of + 1;
    } else if (of && this.f(at + 1) === 'the' && this.f(at + 2) === 'year') {
      last = at + 3;
    } else {
      const rel = this.lex.relatives.get(yw);
      if (rel !== undefined && this.f(at + of + 1) === 'year') {
        year = this.ref ? this.ref.y + rel : null;
        last = at + of + 2;
        if (!this.ref) return { first: i, last, type: 'DATE', value: `XXXX-${part}${n}` };
      }
    }
    if (year === null && this.ref) {
      const current = part === 'Q' ? Math.floor((this.ref.m - 1) / 3) + 1 : this.ref.m <= 6 ? 1 : 2;
      const tense = this.tense(i, last);
      year = this.ref.y + (tense === 'past' && n > current ? -1 : tense === 'future' && n < current ? 1 : 0);
    }
    return { first: i, last, type: 'DATE', value: `${year ?? 'XXXX'}-${part}${n}` };
  }

  /** "fiscal 1988/89", "fiscal year 1988", "1987/88" (TIMEX2-style FY values) */
  private fiscal(i: number): Candidate | null {
    let at = i;
    const named = this.lex.fiscal.has(this.f(at));
    if (named) {
      at++;
      if (this.f(at) === 'year') at++;
    }
    const w = this.f(at);
    const pair = FISCAL_PAIR.exec(w);
    if (pair && (+pair[1] + 1) % 100 === +pair[2]) return { first: i, last: at + 1, type: 'DATE', value: `FY${pair[1]}` };
    if (named && YEAR.test(w)) return { first: i, last: at + 1, type: 'DATE', value: `FY${w}` };
    return null;
  }

  /** "spring 2006", "the summer of 2004", "in the winter" */
  private season(i: number): Candidate | null {
    const the = this.f(i) === 'the' ? 1 : 0;
    const at = i + the;
    const s = this.lex.seasons.get(this.f(at));
    if (!s) return null;
    const of = this.f(at + 1) === 'of' ? 1 : 0;
    const yw = this.f(at + 1 + of);
    if (YEAR.test(yw)) return { first: i, last: at + 2 + of, type: 'DATE', value: `${yw}-${s}`, explicitYear: +yw };
    // a capitalised season mid-sentence is a name ("Arab Spring"); "fall" is mostly a verb
    if ((this.capitalised(at) && !this.opensSentence(at)) || this.f(at) === 'fall') return null;
    if (!the && !this.lex.monthSignals.has(this.f(i - 1))) return null;
    return { first: i, last: at + 1, type: 'DATE', value: `${this.ref ? this.ref.y : 'XXXX'}-${s}` };
  }

  /** "June 2004", "March last year", "February", "the month of May" (day-month dates come from chrono) */
  private month(i: number): Candidate | null {
    const w = this.f(i);
    const dash = w.indexOf('-');
    if (dash > 0 && this.lex.spanModifiers.has(w.slice(0, dash))) {
      // one word "mid-March", "early-April"
      const m = this.lex.months.get(w.slice(dash + 1));
      const t = this.tokens[i].text;
      if (!m || t[dash + 1] === t[dash + 1].toLowerCase()) return null;
      const y = this.ref ? placeMonth(this.ref, m, this.tense(i, i + 1)) : null;
      return { first: i, last: i + 1, type: 'DATE', value: y !== null ? monthValue(y, m) : `XXXX-${pad(m)}` };
    }
    const m = this.lex.months.get(w);
    if (!m || !this.capitalised(i)) return null;
    let at = i + 1;
    if (this.f(at) === ',' && YEAR.test(this.f(at + 1))) at++;
    if (this.f(at) === 'of' && YEAR.test(this.f(at + 1))) at++;
    const yw = this.f(at);
    if (YEAR.test(yw)) return { first: i, last: at + 1, type: 'DATE', value: monthValue(+yw, m), explicitYear: +yw };
    const rel = this.lex.relatives.get(yw);
    if (rel !== undefined && this.f(i + 1 + 1) === 'year') {
      return { first: i, last: i + 3, type: 'DATE', value: this.ref ? monthValue(this.ref.y + rel, m) : `XXXX-${pad(m)}` };
    }
    if (this.lex.ambiguousMonths.has(w) && !this.lex.monthSignals.has(this.f(i - 1)) && !this.monthFollows(i + 1)) return null;
    if (this.allCaps(i) && this.lex.ambiguousMonths.has(w) && !this.lex.monthSignals.has(this.f(i - 1))) return null;
    const y = this.ref ? placeMonth(this.ref, m, this.tense(i, i + 1)) : null;
    return { first: i, last: i + 1, type: 'DATE', value: y !== null ? monthValue(y, m) : `XXXX-${pad(m)}` };
  }

  /** a month word is a month when a noun it qualifies follows ("February output") — not a verb or a name */
  private monthFollows(i: number): boolean {
    const t = i < this.last ? this.tokens[i] : null;
    return !!t && (t.kind === 'punct' || this.lex.monthNouns.has(t.folded));
  }

  private weekday(i: number): Candidate | null {
    const wd = this.lex.weekdays.get(this.f(i));
    if (!wd || !this.capitalised(i) || this.isName(i)) return null;
    const day = this.ref ? placeWeekday(this.ref, wd, this.tense(i, i + 1)) : null;
    return this.withPartOfDay({ first: i, last: i + 1, type: 'DATE', value: day ? dayValue(day) : `XXXX-WXX-${wd}`, dayLevel: true });
  }

  /** "Friday night" → TIME …TNI */
  private withPartOfDay(c: Candidate): Candidate {
    const part = this.lex.partsOfDay.get(this.f(c.last));
    return part ? { ...c, last: c.last + 1, type: 'TIME', value: `${c.value}T${part}`, dayLevel: false } : c;
  }

  /** a four-digit year that is not a law's number, an amount or a count */
  private year(i: number): Candidate | null {
    const w = this.f(i);
    if (!YEAR.test(w) || this.tokens[i].kind !== 'number') return null;
    const y = +w;
    // "1400 GMT" is a clock time on the reference day
    if (this.lex.timeZones.has(this.f(i + 1)) && y % 100 < 60 && y < 2400) {
      const clock = `T${w.slice(0, 2)}:${w.slice(2)}`;
      return { first: i, last: i + 2, type: 'TIME', value: `${this.ref ? dayValue(this.ref) : 'XXXX-XX-XX'}${clock}`, clock };
    }
    if (y < 1000 || y > 2099) return null;
    const before = this.f(i - 1);
    // the end of a phone number ("212-859-1761"), not the second year of "1558-1603"
    if ((before === '-' || before === '+') && this.tokens[i - 1 - 1]?.kind === 'number' && !YEAR.test(this.f(i - 2))) return null;
    if (this.lex.numberTrapBefore.has(before)) return null;
    if (this.lex.numberTrapAfter.has(this.f(i + 1))) return null;
    if (this.f(i + 1) === '-' && this.lex.ageWords.has(this.f(i + 2))) return null;
    return { first: i, last: i + 1, type: 'DATE', value: w };
  }

  /** a weekday or "Today" that names a newspaper or a programme ("Sunday Telegraph", "Radio 4's Today programme") */
  private isName(i: number): boolean {
    return this.lex.possessiveMarkers.has(this.f(i - 1)) || this.phraseAt(this.lex.nameContinuations, i + 1) > 0;
  }

  private allCaps(i: number): boolean {
    const t = this.tokens[i].text;
    return t.length > 1 && t === t.toUpperCase();
  }

  /** The tense that places a bare weekday or month: a signal right before it ("until",
   *  "since", "next"), else the nearest tensed verb in the sentence (reporting verbs aside:
   *  "said" dates the report, not the event). */
  private tense(first: number, last: number): Tense {
    const signal = this.signal(first);
    if (signal !== 'none') return signal;
    // scan outwards; a reporting verb closes its side ("In a July 16 conference, Jobs said
    // buyers would …": the "would" belongs to the reported clause, not to the date)
    let left = true;
    let right = true;
    for (let d = 1; (left && first - d >= this.first) || (right && last - 1 + d < this.last); d++) {
      for (const [j, side] of [[first - d, 0], [last - 1 + d, 1]] as const) {
        if (j < this.first || j >= this.last || !(side ? right : left)) continue;
        const t = this.verbTense(j, d);
        if (t !== 'none') return t;
        if (this.lex.reportingVerbs.has(this.f(j))) {
          if (side) right = false;
          else left = false;
        }
      }
    }
    return 'none';
  }

  /** the tense a signal word right before an expression implies ("until Friday", "since May") */
  private signal(first: number): Tense {
    let k = first - 1;
    while (k >= this.first && (this.f(k) === 'on' || this.f(k) === 'in' || this.f(k) === 'the')) k--;
    const w = this.f(k);
    return this.lex.futureSignals.has(w) ? 'future' : this.lex.pastSignals.has(w) ? 'past' : 'none';
  }

  /** the tense token j shows, at distance d from the expression */
  private verbTense(j: number, d: number): Tense {
    const w = this.f(j);
    // "said Friday" dates the saying; a reporting verb further off dates only the report
    if (this.lex.reportingVerbs.has(w)) return d <= 2 && w.endsWith('d') ? 'past' : 'none';
    if (this.lex.futureCues.has(w)) return 'future';
    const participle = w.length > 4 && w.endsWith('ed') && !this.lex.notPastEd.has(w);
    if (!this.lex.pastCues.has(w) && !participle) return 'none';
    // "will be shipped", "is expected": a passive takes its tense from the auxiliary;
    // "is set to begin", "was scheduled to open" look ahead
    const aux = this.f(j - 1);
    if (this.lex.passiveAuxiliaries.has(aux)) {
      if (this.f(j + 1) === 'to' && this.lex.scheduleWords.has(w)) return 'future';
      return this.lex.futureCues.has(this.f(j - 2)) || this.lex.futureCues.has(this.f(j - 3)) ? 'future' : aux === 'was' || aux === 'were' ? 'past' : 'none';
    }
    return 'past';
  }

  // ---- chrono: calendar dates and clock times, in sentences that hold a trigger
  private chrono(start: number, end: number): Candidate[] {
    if (!this.hasChronoTrigger()) return [];
    const text = this.layer.text.slice(start, end);
    const refDate = this.ref ? new Date(Date.UTC(this.ref.y, this.ref.m - 1, this.ref.d, 12)) : FIXED_REF;
    const out: Candidate[] = [];
    const results = chronoStrict.parse(text, refDate).map((r) => ({ r, at: start }));
    // chrono drops a clock time that a weekday follows ("10:30 a.m. on Tuesday"): parse the
    // clock on its own then, and let select() join it with the day
    for (let i = this.first; i < this.last; i++) {
      const t = this.tokens[i];
      if (!CLOCK_TOKEN.test(t.folded) && !MERIDIEM.test(this.f(i + 1))) continue;
      if (results.some(({ r, at }) => at + r.index < t.end && t.start < at + r.index + r.text.length)) continue;
      const end = this.tokens[Math.min(i + 2, this.last - 1)].end;
      for (const r of chronoStrict.parse(this.layer.text.slice(t.start, end), refDate)) results.push({ r, at: t.start });
    }
    for (const { r, at: base } of results) {
      const known = (r.start as unknown as { knownValues: Record<string, number> }).knownValues;
      const hasDate = known.month !== undefined && known.day !== undefined;
      const hasClock = known.hour !== undefined && CHRONO_CLOCK_TEXT.test(r.text);
      // chrono's relative phrases ("two days before") are the grammar's business
      if (!hasClock && !(known.month !== undefined && CHRONO_DATE_TEXT.test(r.text))) continue;
      if (!hasDate && !hasClock) continue;
      const span = this.tokenSpan(base + r.index, base + r.index + r.text.length);
      if (!span) continue;
      let [first, last] = span;
      while (first < last && this.lex.signalsOutsideSpan.has(this.f(first))) first++;
      while (last > first && this.tokens[last - 1].kind === 'punct') last--;
      if (first >= last) continue;
      // an ambiguous month must be capitalised ("may 5" is not a date)
      const monthToken = this.tokens.slice(first, last).find((t) => this.lex.months.has(t.folded));
      if (monthToken && !/^[A-Z]/.test(monthToken.text)) continue;
      if (!hasClock && !monthToken && !this.tokens.slice(first, last).some((t) => NUMERIC_DATE.test(t.folded))) continue;
      let clock: string | undefined;
      if (hasClock) clock = `T${pad(known.hour)}:${pad(known.minute ?? 0)}`;
      if (!hasDate) {
        out.push({ first, last, type: 'TIME', value: `${this.ref ? dayValue(this.ref) : 'XXXX-XX-XX'}${clock}`, clock });
        continue;
      }
      const m = known.month;
      const d = known.day;
      let value: string;
      let needsYear = false;
      if (known.year !== undefined) value = dayValue({ y: known.year, m, d });
      else if (this.ref) value = dayValue({ y: placeMonthDay(this.ref, m, d, this.tense(first, last)), m, d });
      else {
        value = `XXXX-${pad(m)}-${pad(d)}`;
        needsYear = true;
      }
      out.push({
        first,
        last,
        type: clock ? 'TIME' : 'DATE',
        value: clock ? value + clock : value,
        month: m,
        day: d,
        needsYear,
        explicitYear: known.year,
        dayLevel: !clock,
      });
    }
    return out;
  }

  private hasChronoTrigger(): boolean {
    for (let i = this.first; i < this.last; i++) {
      const w = this.tokens[i].folded;
      if (CLOCK_TOKEN.test(w) || MERIDIEM.test(w) || NUMERIC_DATE.test(w)) return true;
      if (this.lex.months.has(w) && (DAY_NUMBER.test(this.f(i + 1)) || DAY_NUMBER.test(this.f(i - 1)) || DAY_NUMBER.test(this.f(i - 2)))) return true;
    }
    return false;
  }

  /** tokens [first, last) covering the characters [start, end) */
  private tokenSpan(start: number, end: number): [number, number] | null {
    let first = -1;
    let last = -1;
    for (let i = this.first; i < this.last; i++) {
      const t = this.tokens[i];
      if (t.end > start && t.start < end) {
        if (first < 0) first = i;
        last = i + 1;
      }
    }
    return first < 0 ? null : [first, last];
  }

  /** Keep the longest candidates that do not overlap, in text order; join a clock time
   *  with the day next to it ("15:00 GMT Saturday"). */
  private select(cands: Candidate[]): Candidate[] {
    cands.sort((a, b) => b.last - b.first - (a.last - a.first) || a.first - b.first);
    const taken: Candidate[] = [];
    for (const c of cands) {
      if (!taken.some((t) => t.first < c.last && c.first < t.last)) taken.push(c);
    }
    taken.sort((a, b) => a.first - b.first);
    const out: Candidate[] = [];
    for (const c of taken) {
      const prev = out[out.length - 1];
      if (prev && this.joinable(prev.last, c.first)) {
        const clock = prev.clock && c.dayLevel ? prev : c.clock && prev.dayLevel ? c : null;
        const day = clock === prev ? c : prev;
        if (clock && day) {
          out[out.length - 1] = { first: prev.first, last: c.last, type: 'TIME', value: `${dayPart(day.value)}${clock.clock}` };
          continue;
        }
      }
      out.push(c);
    }
    return out;
  }

  private joinable(last: number, first: number): boolean {
    for (let k = last; k < first; k++) {
      const w = this.f(k);
      if (w !== ',' && w !== 'on' && w !== 'at' && !this.lex.timeZones.has(w)) return false;
    }
    return first - last <= 2;
  }
}

const FIXED_REF = new Date(Date.UTC(2000, 0, 1, 12));

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function dayPart(value: string): string {
  return /^\d{4}-\d{2}-\d{2}/.test(value) ? value.slice(0, 10) : value.startsWith('XXXX-WXX-') ? value : 'XXXX-XX-XX';
}

function compoundNumber(w: string, lex: TimeLexicon): number | undefined {
  const dash = w.indexOf('-');
  if (dash < 0) return undefined;
  const tens = lex.numbers.get(w.slice(0, dash));
  const ones = lex.numbers.get(w.slice(dash + 1));
  return tens !== undefined && ones !== undefined && tens >= 20 && ones < 10 ? tens + ones : undefined;
}

/** P2Y, P18M, PT3H, PXW, P10Y ("a decade"), PXDE ("decades"); unit codes from words.json
 *  ("TH" = hours, "10Y" = decades, "2W" = fortnights, "Q" = quarters) */
function durationValue(n: number | typeof X, unit: string, lex: TimeLexicon): string {
  if (lex.clockUnits.has(unit)) return `PT${n}${unit.slice(1)}`;
  if (unit === 'Q') return n === X ? 'PXQ' : `P${n * 3}M`;
  const m = /^(\d+)([A-Z]+)$/.exec(unit);
  if (!m) return `P${n}${unit}`;
  const factor = +m[1];
  if (n === X) return factor === 10 && m[2] === 'Y' ? 'PXDE' : factor === 100 ? 'PXCE' : `PX${m[2]}`;
  return `P${n * factor}${m[2]}`;
}

/** Every TIMEX3 expression in an English text layer, in text order, with UTF-16 offsets
 *  into layer.text. Values are resolved against `referenceDate` (YYYY-MM-DD); with none they
 *  stay relative (XXXX-WXX-5 for "Friday", PRESENT_REF for "today"). */
export function findEnglishTimex(layer: TextLayer, referenceDate: string | null): EnglishTimex[] {
  return new Finder(layer, timeLexicon(), parseReferenceDate(referenceDate)).run();
}
