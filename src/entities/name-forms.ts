// The comparable form of a name mention: its words folded and freed of attached clitics
// («وبروسيا» → روسيا, «للحوثيين» → الحوثيين), joined where a name word is written both apart
// and together («عبد الفتاح» = «عبدالفتاح»), plus the looser forms used to tell whether two
// spellings are one name (loose: safe rewrites; skeleton: transliteration-tolerant).
import type { CliticSplit, TextLayer, Token } from '../core/types.js';
import type { EntityLexicon } from './lexicon.js';
import type { NameMention } from './name-mention.js';

export interface NameForm {
  mention: NameMention;
  /** clitic-free folded words */
  words: string[];
  /** words.join(' '): mentions with the same key are one name */
  key: string;
  /** the original spelling without leading clitics, diacritics or tatweel */
  display: string;
}

/** Below this many occurrences in the reference text a word is rare enough to be a transliteration. */
const RARE = 20;

function baseOf(split: CliticSplit, article: string): string {
  return split.article ? article + split.stem : split.stem;
}

/** Drops characters that fold away (diacritics, tatweel, bidi marks). */
function withoutMarks(raw: string, fold: (s: string) => string): string {
  let out = '';
  for (const ch of raw) if (fold(ch) !== '') out += ch;
  return out;
}

/** Skips `letters` letters (not marks) of raw text; returns the offset after them. */
export function skipLetters(raw: string, letters: number, fold: (s: string) => string): number {
  let i = 0;
  while (letters > 0 && i < raw.length) {
    if (fold(raw[i]) !== '') letters--;
    i++;
  }
  while (i < raw.length && fold(raw[i]) === '') i++;
  return i;
}

/**
 * The clitic reading of the first word of a name when the name's span is the whole word.
 * A reading that strips letters is taken only when it strips down to the article
 * («وبالكونجرس» → الكونجرس) or to a name word known elsewhere in the document or to the
 * language's name lists («وروسيا» → روسيا), and the word as written is neither a known name
 * itself nor the commoner word («لصالح», "in favour of", stays whole beside «صالح»). So
 * «كيري» never becomes ك + يري (يرى is a frequent word), nor «وليد» و + ليد. Enclitics are
 * never stripped from names. This one rule decides where the tagger's mentions start
 * (tagger/mentions.ts), which words its document passes compare (tagger/postprocess.ts) and
 * the words of a name here.
 */
export function leadingReading(token: Token, known: ReadonlySet<string> | null, lex: EntityLexicon): CliticSplit | null {
  const best = token.splits[0];
  if (best && best.proclitics.length && !best.enclitic && best.article) return best;
  if (lex.nameWords.has(token.folded)) return null;
  for (const s of token.splits) {
    if (!s.proclitics.length || s.enclitic) continue;
    const base = baseOf(s, lex.article);
    if ((known?.has(base) || lex.nameWords.has(base)) && lex.frequency(token.folded) <= lex.frequency(base)) return s;
  }
  return null;
}

/** The matching form of a word that may start a name: its folded form without the proclitics
 *  leadingReading takes off («وبالكونجرس» → الكونجرس, «للحوثيين» → الحوثيين). */
export function leadingBase(token: Token, known: ReadonlySet<string> | null, lex: EntityLexicon): string {
  const r = leadingReading(token, known, lex);
  return r ? baseOf(r, lex.article) : token.folded;
}

/** The name words of a document on a first reading (only the article frees a first word of its
 *  clitics), with the first words of the language's known names and its organisation
 *  classifiers («لقبيلة الوائلي» → قبيلة الوائلي): the `known` words that then
 *  decide the clitics of every name's first word. */
export function documentNameWords(tokens: readonly Token[], spans: Iterable<{ first: number; last: number }>, lex: EntityLexicon): Set<string> {
  const known = new Set<string>([...lex.knownFirstWords, ...lex.classifiers]);
  for (const s of spans) {
    known.add(leadingBase(tokens[s.first], null, lex));
    for (let i = s.first + 1; i < s.last; i++) known.add(tokens[i].folded);
  }
  return known;
}

/** The clitic reading of one word of a name. `cut` is how many letters of the token lie
 *  before the mention (the tagger left و/ب/ل outside the span by the same rule). */
function readingOf(token: Token, cut: number, known: ReadonlySet<string> | null, lex: EntityLexicon): CliticSplit | null {
  if (cut > 0) {
    for (const s of token.splits) {
      // «للحوثيين» cut after one ل: the reading ل + ال + حوثيين
      if (!s.enclitic && s.proclitics.join('').length === cut) return s;
    }
    return null;
  }
  return leadingReading(token, known, lex);
}

/** A nationality adjective with the language's article («الأوكراني»): it follows a title
 *  («الرئيس الأوكراني زيلينسكي») and is never part of a person's name. */
export function isDefiniteNationality(token: Token, lex: EntityLexicon): boolean {
  if (lex.article === '') return false;
  const best = token.splits[0];
  if (best?.article && lex.nationality.has(best.stem)) return true;
  return token.folded.startsWith(lex.article) && lex.nationality.has(token.folded.slice(lex.article.length));
}

/** Does the name run one word too far, onto a word with an attached pronoun («كيري نهاره»,
 *  "Kerry [spent] his day")? Only when the word before it ends another name of the document
 *  (`ends`): «فيفي عبده» and «كولو توريه» read the same way and are whole names. Only the
 *  pronouns the language lists: «ي» would also read a nisba name («شكري») as "my". */
function endsBeforePronoun(layer: TextLayer, last: number, lex: EntityLexicon, ends: ReadonlySet<string> | null): boolean {
  const best = layer.tokens[last - 1].splits[0];
  return !!ends && !!best?.enclitic && !best.article && lex.pronouns.has(best.enclitic) && ends.has(layer.tokens[last - 2].folded);
}

/** The mention without whole tokens at its edges that are not part of a name: a leading
 *  nationality adjective of a person («الأوكراني زيلينسكي» → زيلينسكي), a leading
 *  "the" or honorific ("Mr Blair" → Blair), a trailing possessive ("Blair's" → Blair) or word
 *  with an attached pronoun («كيري نهاره», "Kerry [spent] his day" → كيري). */
function trimmed(layer: TextLayer, m: NameMention, lex: EntityLexicon, ends: ReadonlySet<string> | null): NameMention {
  let { first, last, start, end } = m;
  while (last - first > 1 && layer.tokens[last - 1].end <= end && (lex.possessives.has(layer.tokens[last - 1].folded) || endsBeforePronoun(layer, last, lex, ends))) {
    last--;
    end = Math.min(end, layer.tokens[last - 1].end);
  }
  while (last - first > 1 && layer.tokens[first].start >= start && (lex.leading.has(layer.tokens[first].folded) || (m.type === 'PERSON' && isDefiniteNationality(layer.tokens[first], lex)))) {
    first++;
    start = Math.max(start, layer.tokens[first].start);
  }
  return first === m.first && last === m.last ? m : { ...m, first, last, start, end };
}

/** `known`: name words of the document's other mentions (see readingOf); null on a first pass. */
/** `ends`: the last words of the document's names on a first reading (see endsBeforePronoun). */
export function nameForm(layer: TextLayer, mention: NameMention, lex: EntityLexicon, known: ReadonlySet<string> | null = null, ends: ReadonlySet<string> | null = null): NameForm {
  const fold = lex.fold;
  const m = trimmed(layer, mention, lex, ends);
  const words: string[] = [];
  let display = '';
  for (let i = m.first; i < m.last; i++) {
    const t = layer.tokens[i];
    if (t.kind === 'quote') continue;
    const from = Math.max(t.start, m.start);
    const to = Math.min(t.end, m.end);
    if (to <= from) continue;
    const raw = layer.text.slice(from, to);
    // only the first word carries clitics of its own; inside a name «للنفط» stays as written
    const cut = from > t.start ? fold(layer.text.slice(t.start, from)).length : 0;
    const reading = !words.length && to === t.end ? readingOf(t, cut, known, lex) : null;
    let shown = raw;
    if (reading) {
      words.push(baseOf(reading, lex.article));
      const rest = raw.slice(skipLetters(raw, Math.max(0, reading.proclitics.join('').length - cut), fold));
      // the article written «ل» after the preposition ل shows as «ال»
      shown = reading.article && !fold(rest).startsWith(lex.article) ? lex.article.slice(0, 1) + rest : rest;
    } else {
      words.push(fold(raw));
    }
    // the display keeps the original text from the first word on, spacing included
    display = words.length === 1 ? withoutMarks(shown + layer.text.slice(to, m.end), fold) : display;
  }
  // «عبد الفتاح» and «عبدالفتاح» are one word of the name
  for (let i = words.length - 2; i >= 0; i--) {
    if (lex.joiners.has(words[i])) words.splice(i, 2, words[i] + words[i + 1]);
  }
  return { mention: m, words, key: words.join(' '), display };
}

function rewrite(word: string, pairs: Array<[string, string]>): string {
  for (const [from, to] of pairs) if (word.includes(from)) word = word.split(from).join(to);
  return word;
}

/** A spelling that only differs in doubled long vowels, hamza seats, the last letter's form or a joined particle (al-). */
export function looseWord(word: string, lex: EntityLexicon): string {
  let w = rewrite(word, lex.loose);
  for (const p of lex.prefixes) {
    if (w.length > p.length + 2 && w.startsWith(p)) {
      w = w.slice(p.length);
      break;
    }
  }
  const last = lex.final.get(w.slice(-1));
  if (last !== undefined && w.length > 3) w = w.slice(0, -1) + last;
  return w;
}

/** Consonants only (first letter kept), foreign sounds merged: فولوديمير = فلاديمير = فلوديمير. */
export function skeleton(word: string, lex: EntityLexicon): string {
  const w = rewrite(looseWord(word, lex), lex.sounds);
  let out = w.slice(0, 1);
  for (let i = 1; i < w.length; i++) if (!lex.vowels.has(w[i])) out += w[i];
  return out;
}

export type WordMatch = 'none' | 'loose' | 'skeleton';

/** How two words of names agree: the same up to safe rewrites, or as transliterations of one name. */
export function matchWords(a: string, b: string, lex: EntityLexicon, minSkeleton = 3): WordMatch {
  if (a === b) return 'loose';
  const la = looseWord(a, lex);
  const lb = looseWord(b, lex);
  if (la === lb) return 'loose';
  // two common words that differ are two names (محمد ≠ محمود); a rare spelling may be a transliteration
  if (lex.frequency(a) >= RARE && lex.frequency(b) >= RARE) return 'none';
  const sa = skeleton(a, lex);
  return sa.length >= minSkeleton && sa === skeleton(b, lex) ? 'skeleton' : 'none';
}

/** The group form of a nisba plural name: الحوثيون / الحوثيين → الحوثي. */
export function singularGroup(word: string, lex: EntityLexicon): string {
  for (const [from, to] of lex.plurals) {
    if (word.length > from.length + 2 && word.endsWith(from)) return word.slice(0, -from.length) + to;
  }
  return word;
}
