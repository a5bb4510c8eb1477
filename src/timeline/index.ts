// The timeline analysis: finds time expressions in a text layer, resolves them against the
// reference date (given, or read from a dateline at the top), attaches each to the clause
// it belongs to, and orders them in time (entries that cannot be placed last, in text order).
// Language-neutral: the words come from the pack's data (src/lang/<code>/data/time/).
import type { Span, TextLayer, TimeExpression, Token } from '../core/types.js';
import type { LanguagePack, RecognisedTimex } from '../lang/pack.js';
import { compareTimexValues } from './order.js';
import { timeLexicon, type TimeLexicon } from './lexicon.js';
import { TimeGrammar, type Match } from './grammar.js';
import { resolve, type Resolved, type ResolveContext } from './resolve.js';
import { dayNumber, isoDate, parseIsoDate } from './calendar.js';
import { sinceIsAgo } from './aspect.js';
import { tokenAfter } from '../lang/layer.js';

export { readableValue } from './readable.js';

const CLAUSE_TOKENS = 14;

/** The clause around a span: out to the nearest punctuation inside its sentence, a few words each side. */
export function punctuationClause(layer: TextLayer, start: number, end: number): Span {
  const tokens = layer.tokens;
  let first = tokenAfter(tokens, start);
  if (first === tokens.length) return { start, end, text: layer.text.slice(start, end) };
  let last = first;
  while (last + 1 < tokens.length && tokens[last + 1].start < end) last++;
  const s = tokens[first].sentence;
  for (let k = first - 1, n = 0; k >= 0 && n < CLAUSE_TOKENS && tokens[k].sentence === s && !isBoundary(tokens[k]); k--, n++) first = k;
  for (let k = last + 1, n = 0; k < tokens.length && n < CLAUSE_TOKENS && tokens[k].sentence === s && !isBoundary(tokens[k]); k++, n++) last = k;
  return { start: tokens[first].start, end: tokens[last].end, text: layer.text.slice(tokens[first].start, tokens[last].end) };
}

/** Events and chronological order for expressions from a language's own recogniser. */
function orderRecognised(layer: TextLayer, found: RecognisedTimex[]): TimeExpression[] {
  const expressions = found.map((t, order) => ({ expr: { ...t, event: punctuationClause(layer, t.start, t.end) } as TimeExpression, order }));
  expressions.sort((a, b) => compareTimexValues(a.expr.value, b.expr.value) || a.order - b.order);
  return expressions.map((e) => e.expr);
}

/** Finds the time expressions of a text, matched in text order (trap phrases skipped). */
export function findMatches(layer: TextLayer, lex: TimeLexicon, grammar = new TimeGrammar(lex, layer.tokens)): Match[] {
  const matches: Match[] = [];
  const tokens = layer.tokens;
  const n = tokens.length;
  // the per-token cost of the tagger: one cached look-up of the folded word (numbers always trigger)
  const isTriggerWord = lex.isTriggerWord;
  let i = 0;
  while (i < n) {
    const t = tokens[i];
    if (t.kind !== 'number') {
      const next = i + 1 < n && tokens[i + 1].sentence === t.sentence ? tokens[i + 1] : undefined;
      if ((t.kind !== 'word' && t.kind !== 'latin') || !isTriggerWord(t, next)) {
        i++;
        continue;
      }
    }
    const trap = grammar.trapAt(i);
    if (trap !== null) {
      i = Math.max(trap, i + 1);
      continue;
    }
    const m = grammar.parse(i);
    if (m && m.end > m.first) {
      matches.push(m);
      i = m.end;
    } else i++;
  }
  return matches;
}

/** The tokens of the first lines of an article, where a dateline or date line sits. */
function headTokens(tokens: Token[]): number {
  let lines = 0;
  for (let i = 0; i < tokens.length && i < 60; i++) {
    if (tokens[i].lineEnd && ++lines === 2) return i + 1;
  }
  return Math.min(tokens.length, lines ? 60 : 25);
}

/** A full calendar date in the first lines («الرياض - 27 فبراير 2022») becomes the reference date. */
export function datelineDate(layer: TextLayer, matches: Match[]): string | null {
  const limit = headTokens(layer.tokens);
  for (const m of matches) {
    if (m.first >= limit) break;
    const s = m.sem;
    if (s.k === 'date' && s.y !== undefined && s.m !== undefined && s.d !== undefined) {
      const r = resolve(s, { ref: 0, base: 0, tense: () => -1, anchor: null });
      if (r.day !== null) return isoDate(r.day);
    }
  }
  return null;
}

function isBoundary(t: Token): boolean {
  return t.kind === 'punct' || t.kind === 'quote';
}

/** The clause a time expression belongs to: out to punctuation or a clause-opening word, a few words each side. */
export function eventClause(layer: TextLayer, lex: TimeLexicon, grammar: TimeGrammar, m: Match): Span {
  const tokens = layer.tokens;
  const s = tokens[m.first].sentence;
  let left = m.first;
  for (let k = m.first - 1, n = 0; k >= 0 && n < lex.clauseMaxTokens; k--, n++) {
    const t = tokens[k];
    if (t.sentence !== s || isBoundary(t)) break;
    left = k;
    if (grammar.phrase(lex.clauseBreaks, k, true)) break;
  }
  let right = m.end - 1;
  for (let k = m.end, n = 0; k < tokens.length && n < lex.clauseMaxTokens; k++, n++) {
    const t = tokens[k];
    if (t.sentence !== s || isBoundary(t) || grammar.phrase(lex.clauseBreaks, k, true)) break;
    right = k;
  }
  const start = tokens[left].start;
  const end = tokens[right].end;
  return { start, end, text: layer.text.slice(start, end) };
}

/** -1 (past, the default of news) or 1 when the clause holds a future marker or a verb with the future prefix. */
function clauseTense(layer: TextLayer, lex: TimeLexicon, pack: LanguagePack, m: Match): -1 | 1 {
  const tokens = layer.tokens;
  const s = tokens[m.first].sentence;
  const look = (k: number): boolean | null => {
    const t = tokens[k];
    if (!t || t.sentence !== s || isBoundary(t)) return null;
    return isFuture(t, lex, pack);
  };
  for (let k = m.first - 1; k >= m.first - lex.tenseWindow; k--) {
    const f = look(k);
    if (f === null) break;
    if (f) return 1;
  }
  for (let k = m.end; k < m.end + lex.tenseWindow; k++) {
    const f = look(k);
    if (f === null) break;
    if (f) return 1;
  }
  return -1;
}

function isFuture(t: Token, lex: TimeLexicon, pack: LanguagePack): boolean {
  const forms = [t.folded, ...t.splits.filter((x) => x.proclitics.length).map((x) => x.stem)];
  for (const f of forms) {
    if (lex.futureWords.has(f)) return true;
    if (f.length >= 4 && f.startsWith(lex.futurePrefix) && lex.futureVerbPrefixes.has(f[lex.futurePrefix.length]) && pack.wordFrequency) {
      const rest = f.slice(lex.futurePrefix.length);
      const freq = pack.wordFrequency(rest);
      if (freq >= 5 && freq > pack.wordFrequency(f) && !lex.triggers.has(f)) return true;
    }
  }
  return false;
}

/** «بين الأول من يناير و15 يوليو 2015»: a day and month without a year take the year of a dated
 *  expression that follows within a few words in the same sentence. */
function borrowYears(layer: TextLayer, matches: Match[]): void {
  for (let k = 0; k + 1 < matches.length; k++) {
    const a = matches[k].sem;
    const b = matches[k + 1].sem;
    if (a.k !== 'date' || b.k !== 'date' || a.m === undefined || a.y !== undefined || a.dir !== undefined) continue;
    if (b.y === undefined || b.m === undefined || !!a.hijri !== !!b.hijri) continue;
    const gap = matches[k + 1].first - matches[k].end;
    if (gap > 2 || layer.tokens[matches[k].first].sentence !== layer.tokens[matches[k + 1].first].sentence) continue;
    a.y = b.m >= a.m ? b.y : b.y - 1;
  }
}

/** «منذ ثلاثة أيام» after a completed event is a date three days back, not a duration. */
function readSinceAspect(layer: TextLayer, lex: TimeLexicon, grammar: TimeGrammar, pack: LanguagePack, matches: Match[]): void {
  for (const m of matches) {
    const sem = m.sem;
    if (sem.k !== 'duration' || sem.signal !== 'since' || typeof sem.n !== 'number' || !Number.isInteger(sem.n)) continue;
    if (sinceIsAgo(layer.tokens, m.first, m.end, lex, grammar, pack)) m.sem = { k: 'date', ago: { unit: sem.unit, n: sem.n, more: sem.more } };
  }
}

/** A stand-in reference day when the article has none: a Sunday, or the weekday the text gives «اليوم الأحد». */
function standInDay(matches: Match[]): number {
  let wd = 7;
  for (const m of matches) {
    const s = m.sem;
    if (s.k === 'date' && s.rel?.unit === 'D' && s.weekday) {
      wd = ((s.weekday - s.rel.n - 1 + 700) % 7) + 1;
      break;
    }
  }
  const sunday = dayNumber(2000, 1, 2);
  return sunday - ((7 - wd) % 7);
}

export function findTimeline(
  layer: TextLayer,
  pack: LanguagePack,
  referenceDate: string | null,
): { expressions: TimeExpression[]; referenceDate: string | null } {
  const lex = timeLexicon(pack);
  if (!lex) {
    // a language with its own recogniser: events and order are added here; without one, nothing
    const found = pack.recogniseTimex?.(layer, referenceDate) ?? [];
    return { expressions: orderRecognised(layer, found), referenceDate };
  }
  const grammar = new TimeGrammar(lex, layer.tokens);
  const matches = findMatches(layer, lex, grammar);
  readSinceAspect(layer, lex, grammar, pack, matches);
  let refDay = referenceDate ? parseIsoDate(referenceDate) : null;
  if (refDay === null) {
    const found = datelineDate(layer, matches);
    if (found) {
      referenceDate = found;
      refDay = parseIsoDate(found);
    } else referenceDate = null;
  }
  borrowYears(layer, matches);
  const base = refDay ?? standInDay(matches);
  const entries: Array<{ expr: TimeExpression; r: Resolved; order: number }> = [];
  let anchor: ResolveContext['anchor'] = null;
  for (const m of matches) {
    const first = layer.tokens[m.first];
    const ctx: ResolveContext = { ref: refDay, base, tense: () => clauseTense(layer, lex, pack, m), anchor };
    const r = resolve(m.sem, ctx);
    if (r.day !== null) {
      anchor = { day: r.day, absolute: r.placement === 0 };
    }
    const start = first.start + m.trim;
    const end = layer.tokens[m.end - 1].end;
    entries.push({
      expr: { start, end, text: layer.text.slice(start, end), type: r.type, value: r.value, event: eventClause(layer, lex, grammar, m) },
      r,
      order: entries.length,
    });
  }
  entries.sort((a, b) => {
    const pa = a.r.key === null ? 2 : a.r.placement;
    const pb = b.r.key === null ? 2 : b.r.placement;
    if (pa !== pb) return pa - pb;
    if (pa !== 2 && a.r.key !== b.r.key) return a.r.key! - b.r.key!;
    return a.order - b.order;
  });
  return { expressions: entries.map((e) => e.expr), referenceDate };
}
