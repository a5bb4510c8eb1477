// «منذ» + a count means 'ago' after a completed event («وصل الوفد منذ ثلاثة أيام»: a date) and
// 'for/since' after an ongoing state, a present, negated or continuing verb («يعيش في المنفى منذ
// ثلاث سنوات», «لم يزره منذ عامين»: a duration). The nearest verb before the signal in its clause
// decides; with none, or with a state or a superlative («أعلى مستوى منذ»), it stays a duration.
// The word lists and the verb patterns are the language's data (aspect.json).
import type { Token } from '../core/types.js';
import type { LanguagePack } from '../lang/pack.js';
import type { SinceAspect, TimeLexicon } from './lexicon.js';
import type { TimeGrammar } from './grammar.js';

/** What a word before the signal says about the clause; null: nothing (a noun, a name, a preposition). */
type WordClass = 'negation' | 'ongoing' | 'stop' | 'completed' | null;

const classes = new Map<string, WordClass>();
const CACHE_LIMIT = 200_000;

/** The forms of a word to look up: as written, and after a conjunction (و، ف), with and without its
 *  pronoun; other proclitics make another word («كان» is not ك + أن). */
function wordForms(t: Token, lex: TimeLexicon, a: SinceAspect): string[] {
  const out = [t.folded];
  for (const s of t.splits) {
    if (!s.proclitics.length || !s.proclitics.every((p) => a.conjunctions.has(p))) continue;
    const base = (s.article ? lex.article : '') + s.stem;
    out.push(base);
    if (s.enclitic) out.push(base + s.enclitic);
  }
  return out;
}

/** The forms a verb can take: as written, or after a conjunction (و، ف) with no article, with and
 *  without its object pronoun; after a preposition a word is a noun (بقتل، ليبيا is not ل + يبيا). */
function verbForms(t: Token, a: SinceAspect): string[] {
  const out = [t.folded];
  for (const s of t.splits) {
    if (s.article || !s.proclitics.every((p) => a.conjunctions.has(p))) continue;
    out.push(s.stem);
    if (s.enclitic) out.push(s.stem + s.enclitic);
  }
  return out;
}

function isImperfective(form: string, a: SinceAspect, pack: LanguagePack): boolean {
  const imp = a.imperfective;
  if (form.length < imp.minLetters || imp.notVerbs.has(form)) return false;
  if (imp.prefixes.includes(form[0])) return true;
  // ت/ن start many nouns (تقرير، نظام): the verb reading needs the ي form to be a common word too
  if (imp.swapPrefixes.includes(form[0]) && pack.wordFrequency) {
    const swapped = imp.swapTo + form.slice(1);
    return !imp.notVerbs.has(swapped) && pack.wordFrequency(swapped) >= imp.minFrequency;
  }
  return false;
}

function classify(t: Token, lex: TimeLexicon, a: SinceAspect, pack: LanguagePack): WordClass {
  const key = t.folded;
  const hit = classes.get(key);
  if (hit !== undefined) return hit;
  const forms = wordForms(t, lex, a);
  let c: WordClass = null;
  // the order is the order of precedence: a listed word beats the shape of a present verb
  if (forms.some((f) => a.negations.has(f))) c = 'negation';
  else if (forms.some((f) => a.continuing.has(f))) c = 'ongoing';
  else if (forms.some((f) => a.stops.has(f))) c = 'stop';
  else {
    const verb = verbForms(t, a);
    if (verb.some((f) => a.markers.has(f) || a.perfective.has(f))) c = 'completed';
    else if (verb.some((f) => isImperfective(f, a, pack) && !lex.triggers.has(f))) c = 'ongoing';
  }
  if (classes.size > CACHE_LIMIT) classes.clear();
  classes.set(key, c);
  return c;
}

/** Does «منذ» at token `first` (the expression ends before `end`) follow a completed event, so that the count is 'ago'? */
export function sinceIsAgo(tokens: Token[], first: number, end: number, lex: TimeLexicon, grammar: TimeGrammar, pack: LanguagePack): boolean {
  const a = lex.sinceAspect;
  if (!a) return false;
  const s = tokens[first].sentence;
  // «كان منذ 13 عاما يخطط»: a present verb right after the expression makes it a span of time
  const next = tokens[end];
  if (next && next.sentence === s && next.kind === 'word' && classify(next, lex, a, pack) === 'ongoing') return false;
  for (let k = first - 1; k >= 0 && k >= first - a.window; k--) {
    const t = tokens[k];
    if (t.sentence !== s || t.kind === 'punct' || t.kind === 'quote') return false;
    const c = t.kind === 'word' ? classify(t, lex, a, pack) : null;
    if (c === 'negation' || c === 'ongoing' || c === 'stop') return false;
    if (c === 'completed') {
      // «لم يزره»: a negation right before the verb
      const before = tokens[k - 1];
      return !(before && before.sentence === s && before.kind === 'word' && classify(before, lex, a, pack) === 'negation');
    }
    // a word that opens another clause: the verb before it is not this one's
    if (grammar.phrase(lex.clauseBreaks, k, true)) return false;
  }
  return false;
}
