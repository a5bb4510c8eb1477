// Passes over the tagger's labels that look at the whole document: known multi-word
// names from the gazetteers are kept whole («روسيا اليوم» is a channel, not a country
// followed by "today"), and a name tagged somewhere in the article is tagged the same
// way where the tagger missed it or typed it differently (one sense per document). The
// language's known names (known-names.tsv) are enforced the same way; an organisation's
// name takes the nationality adjective after it («الكونغرس الأميركي»), and a person's name
// runs on over an inner particle («جيرارد فان بوهيمن»). In cased scripts, a name spelt out
// before or after its acronym in brackets is one name ("General Agreement on Tariffs and Trade
// (GATT)"), and a line written in capitals takes its names from the document's mixed-case text.
import type { TextLayer, Token } from '../../core/types.js';
import { languagePack } from '../../lang/detect.js';
import { entityLexicon, type EntityLexicon } from '../lexicon.js';
import { documentNameWords, isDefiniteNationality, leadingBase } from '../name-forms.js';
import { wordUnit } from '../titles.js';
import { NAME_TYPES, isInside, spansOf, typeOf } from './labels.js';
import type { Lexicons } from './lexicons.js';
import type { TaggerModel } from './model.js';

export interface PostprocessOptions {
  enforce: boolean;
  /** tag untagged repeats of a tagged name */
  propagate: boolean;
  /** give every occurrence of a name its majority type */
  unify: boolean;
  /** read rare words beside a person's title as a name (on unless false; with enforce) */
  titled?: boolean;
}

export const DEFAULT_POSTPROCESS: PostprocessOptions = { enforce: true, propagate: true, unify: false };

function setSpan(labels: Int32Array, first: number, last: number, type: number): void {
  // a name cut by the span loses its part inside; the part before or after stays a name
  if (last < labels.length && labels[last] !== 0 && labels[last] % 2 === 0) labels[last]--;
  labels[first] = 1 + 2 * type;
  for (let i = first + 1; i < last; i++) labels[i] = 2 + 2 * type;
}

function enforceKnown(layer: TextLayer, bases: string[], labels: Int32Array, model: TaggerModel): void {
  const lex = model.features.lexicons;
  const cats = lex.categories;
  const enforce = model.header.enforce ?? [];
  let mask = 0;
  cats.forEach((c, k) => {
    if (enforce.includes(c)) mask |= 1 << k;
  });
  if (!mask) return;
  const typeOfCategory = (bits: number): number => {
    for (let k = 0; k < cats.length; k++) {
      if (bits & (1 << k)) {
        const t = ['PERS', 'LOC', 'ORG', 'MISC'].findIndex((x) => cats[k].startsWith(x));
        if (t >= 0) return t;
      }
    }
    return -1;
  };
  const tokens = layer.tokens;
  for (let i = 0; i < tokens.length; i++) {
    let phrase = bases[i];
    let best = -1;
    let bestType = -1;
    for (let k = i; k < tokens.length && k - i < lex.maxWords; ) {
      const bits = (lex.phrases.get(phrase) ?? 0) & mask;
      if (bits && k > i && tokens[k].sentence === tokens[i].sentence) {
        best = k + 1;
        bestType = typeOfCategory(bits);
      }
      if (!lex.prefixes.has(phrase) || ++k >= tokens.length) break;
      phrase += ' ' + tokens[k].folded;
    }
    if (best > 0 && bestType >= 0) {
      setSpan(labels, i, best, bestType);
      i = best - 1;
    }
  }
}

function documentConsistency(layer: TextLayer, bases: string[], labels: Int32Array, options: PostprocessOptions): void {
  const tokens = layer.tokens;
  const spans = spansOf(labels);
  const key = (first: number, last: number): string => {
    let k = bases[first];
    for (let i = first + 1; i < last; i++) k += ' ' + tokens[i].folded;
    return k;
  };
  const votes = new Map<string, number[]>();
  const firstWords = new Set<string>();
  let maxWords = 0;
  for (const s of spans) {
    const k = key(s.first, s.last);
    const v = votes.get(k) ?? [0, 0, 0, 0];
    v[s.type]++;
    votes.set(k, v);
    firstWords.add(bases[s.first]);
    maxWords = Math.max(maxWords, s.last - s.first);
  }
  const majority = (v: number[]): number => v.indexOf(Math.max(...v));
  if (options.unify) {
    for (const s of spans) {
      const t = majority(votes.get(key(s.first, s.last))!);
      if (t !== s.type) setSpan(labels, s.first, s.last, t);
    }
  }
  if (options.propagate) {
    for (let i = 0; i < tokens.length; i++) {
      if (labels[i] !== 0 || (tokens[i].kind !== 'word' && tokens[i].kind !== 'latin')) continue;
      // longest tagged name that starts here over untagged tokens
      const head = bases[i];
      if (!firstWords.has(head)) continue;
      // a word written in lower case is not the name tagged elsewhere in capitals ("MISTAKE" in a
      // headline, "Attorney General"); scripts without case never stop here
      const c = layer.text[tokens[i].start];
      if (c !== c.toUpperCase()) continue;
      let k = head;
      let found = -1;
      let foundType = -1;
      for (let j = i + 1; j <= tokens.length && j - i <= maxWords; j++) {
        if (labels[j - 1] !== 0 || tokens[j - 1].sentence !== tokens[i].sentence) break;
        if (j > i + 1) k += ' ' + tokens[j - 1].folded;
        const v = votes.get(k);
        if (v) {
          found = j;
          foundType = majority(v);
        }
      }
      if (found > 0 && (found >= tokens.length || labels[found] === 0 || typeOf(labels[found]) < 0 || labels[found] % 2 === 1)) {
        setSpan(labels, i, found, foundType);
        i = found - 1;
      }
    }
  }
}

/** Does a tagged name longer than [first, last) cover it whole? */
function insideLonger(labels: Int32Array, first: number, last: number): boolean {
  if (labels[first] === 0) return false;
  let start = first;
  while (start > 0 && isInside(labels[start])) start--;
  let end = first + 1;
  while (end < labels.length && isInside(labels[end])) end++;
  return end >= last && end - start > last - first;
}

/** A nationality adjective that can belong to an institution named by its portfolio alone: it
 *  agrees with the ministry (feminine: «الخارجية الأميركية») and no title stands before
 *  the portfolio («وزيرة الخارجية الأوروبية» is a title), nor a definite noun it describes. */
function institutionAdjective(layer: TextLayer, first: number, adjective: number, lex: EntityLexicon): boolean {
  const t = layer.tokens[adjective];
  if (!t || t.sentence !== layer.tokens[first].sentence || !isDefiniteNationality(t, lex) || !lex.feminine.has(t.folded.slice(-1))) return false;
  const before = layer.tokens[first - 1];
  if (!before || before.sentence !== t.sentence) return true;
  // after a definite noun the portfolio is an adjective too: «السياسة الخارجية المصرية» (Egyptian foreign policy)
  if (before.kind === 'word' && before.splits[0]?.article) return false;
  return (lex.titleWords.get(before.stem) ?? lex.titleWords.get(before.folded)) !== 'head';
}

/** The language's known names: their extent and type win over the tagger's, except inside a longer name. */
function enforceKnownNames(layer: TextLayer, bases: string[], labels: Int32Array, lex: EntityLexicon): void {
  if (!lex.knownNames.size) return;
  const tokens = layer.tokens;
  for (let i = 0; i < tokens.length; i++) {
    let phrase = bases[i];
    let best = -1;
    let type = -1;
    for (let k = i; k < tokens.length && tokens[k].sentence === tokens[i].sentence; ) {
      const known = lex.knownNames.get(phrase);
      if (known && (!known.nationality || institutionAdjective(layer, i, k + 1, lex))) {
        best = known.nationality ? k + 2 : k + 1;
        type = NAME_TYPES.indexOf(known.type as (typeof NAME_TYPES)[number]);
      }
      if (!lex.knownPrefixes.has(phrase) || ++k >= tokens.length) break;
      phrase += ' ' + tokens[k].folded;
    }
    if (best < 0 || type < 0) continue;
    if (insideLonger(labels, i, best)) {
      // «دول الخليج العربية»: a known place takes no nationality adjective, which describes what came before
      const placeThenAdjective =
        NAME_TYPES[type] === 'LOC' && labels[i] === 1 + 2 * type && labels[best] === 2 + 2 * type && !isInside(labels[best + 1] ?? 0) && isDefiniteNationality(tokens[best], lex);
      if (!placeThenAdjective) continue;
      labels[best] = 0;
    }
    // a place name in quotation marks is a publication's («"الشرق الأوسط"»): the tagger decides
    if (NAME_TYPES[type] === 'LOC' && tokens[i - 1]?.kind === 'quote' && tokens[best]?.kind === 'quote') continue;
    setSpan(labels, i, best, type);
    i = best - 1;
  }
}

const ORG = NAME_TYPES.indexOf('ORG');
const PERS = NAME_TYPES.indexOf('PERS');

/** A state body whose nationality adjective is part of its name («الكونغرس الأميركي», «البنك
 *  المركزي الإيراني»), unlike a club's or a newspaper's («ريال مدريد الإسباني»). */
function isInstitution(bases: string[], first: number, last: number, lex: EntityLexicon): boolean {
  for (let i = first; i < last; i++) if (lex.institutions.has(bases[i])) return true;
  return false;
}

/** The classifier noun of an organisation's name, behind any attached letters («لقبيلة»). */
function isClassifier(token: Token, base: string, lex: EntityLexicon): boolean {
  return lex.classifiers.has(base) || token.splits.some((s) => !s.enclitic && !s.article && lex.classifiers.has(s.stem));
}

/** Spans the tagger cut short: a state body before its nationality adjective («الخارجية
 *  الإيرانية» is the ministry's name, README of the gold), a person's name before the word after
 *  an inner particle («فان», «بن»); and the reverse, a person's span over «و» that names two. */
function extendSpans(layer: TextLayer, bases: string[], labels: Int32Array, lex: EntityLexicon): void {
  const tokens = layer.tokens;
  for (const s of spansOf(labels)) {
    const next = tokens[s.last];
    if (!next || next.sentence !== tokens[s.first].sentence || (labels[s.last] !== 0 && !(s.type === PERS && typeOf(labels[s.last]) === PERS))) continue;
    // a person's name holds no conjunction: «الشيخ سالم والشيخ عبدالله» is two people
    if (s.type === PERS) {
      let cut = s.last;
      for (let i = s.last - 1; i > s.first; i--) {
        const p = tokens[i].splits[0]?.proclitics[0];
        if (p && lex.conjunctions.has(p) && tokens[i].kind === 'word' && !lex.particles.has(tokens[i].folded)) {
          labels[i] = 1 + 2 * PERS;
          cut = i;
        }
      }
      // nor starts with the classifier noun of an organisation («ميليشيات الحوثي»); one right
      // before it names the organisation called after the person or family («قبيلة الوائلي»)
      if (isClassifier(tokens[s.first], bases[s.first], lex)) {
        setSpan(labels, s.first, cut, ORG);
        continue;
      }
      const before = s.first - 1;
      if (before >= 0 && labels[before] === 0 && tokens[before].sentence === tokens[s.first].sentence && isClassifier(tokens[before], bases[before], lex)) {
        setSpan(labels, before, cut, ORG);
        continue;
      }
    }
    if (s.type === ORG && labels[s.last] === 0 && isDefiniteNationality(next, lex) && isInstitution(bases, s.first, s.last, lex)) labels[s.last] = 2 + 2 * ORG;
    else if (s.type === PERS && s.last - s.first > 1 && lex.particles.has(tokens[s.last - 1].folded) && next.kind === 'word') {
      // the name after the particle, tagged or not, is the rest of this one
      for (let i = s.last; i < tokens.length && (i === s.last || isInside(labels[i])); i++) labels[i] = 2 + 2 * PERS;
    }
  }
}

/** Below this many occurrences in the reference text a word alone is read as the surname it is
 *  in the document, not as a common word («العطية» yes; «صالح», "valid", no). */
const RARE_SURNAME = 150;

/** A person's surname standing alone where the tagger missed it («وأضاف العطية» after «خالد
 *  العطية»), when the full name starts with a first name the lists know (not «صالح تتداعى»,
 *  a headline's name and verb). */
function propagateSurnames(layer: TextLayer, bases: string[], labels: Int32Array, lex: EntityLexicon): void {
  const tokens = layer.tokens;
  const surnames = new Set<string>();
  for (const s of spansOf(labels)) {
    // a full name the lists confirm: it starts with a known first name or a joined one («عبد ربه»)
    const head = bases[s.first];
    const confirmed = lex.nameWords.has(head) || lex.joiners.has(head) || [...lex.joiners].some((j) => head.startsWith(j) && head.length > j.length + 1);
    if (s.type === PERS && s.last - s.first > 1 && confirmed) surnames.add(tokens[s.last - 1].folded);
  }
  for (let i = 0; i < tokens.length; i++) {
    if (labels[i] !== 0 || tokens[i].kind !== 'word') continue;
    const b = bases[i];
    if (surnames.has(b) && lex.frequency(b) < RARE_SURNAME && (i + 1 >= tokens.length || labels[i + 1] === 0 || isInside(labels[i + 1]) === false)) labels[i] = 1 + 2 * PERS;
  }
}

/** Below this many occurrences in the reference text a word standing by a title is read as a
 *  word of a foreign name the reference text barely knows («موغيريني» 0, «أفخم» 23) rather
 *  than a common word («لسان» 231). Chosen on ANERcorp dev. */
const RARE_TITLED_WORD = 60;
/** How many rare words make such a name: one alone is as often a rare common word as a name,
 *  and a longer run of them is more often a clause the tagger rightly left alone. */
const TITLED_NAME_MIN = 2;
const TITLED_NAME_MAX = 3;
/** How many words a title phrase before a name may hold («الناطقة باسم الخارجية الإيرانية»). */
const TITLE_PHRASE_MAX = 6;

/** Does the token's preferred reading start with an attached conjunction («وموغيريني»)? */
function carriesConjunction(t: Token, lex: EntityLexicon): boolean {
  return t.kind === 'word' && lex.conjunctions.has(t.splits[0]?.proclitics[0] ?? '');
}

/** Could this untagged word be part of a person's name no list knows: an Arabic word rare in
 *  the reference text, also without its attached letters («والإداري» is rare, «الإداري» is not)
 *  and its inflection,
 *  that carries no attached pronoun («خارجيتها») and that the language's data knows as nothing
 *  else (no title word, nationality, place or trigger word such as a reporting verb). */
function unknownNameWord(t: Token, labels: Int32Array, lex: EntityLexicon, triggers: Lexicons['triggers']): boolean {
  if (labels[t.index] !== 0 || t.kind !== 'word') return false;
  const reading = t.splits[0];
  if (reading?.enclitic && lex.pronouns.has(reading.enclitic)) return false;
  if (lex.frequency(t.folded) >= RARE_TITLED_WORD) return false;
  // a common word behind attached letters («والإداري», «بكبار») or with an inflection («اجتماعا»)
  if (reading?.proclitics.length && lex.frequency(t.folded.slice(reading.proclitics.join('').length)) >= RARE_TITLED_WORD) return false;
  for (const ending of lex.inflections) if (t.folded.endsWith(ending) && lex.frequency(t.folded.slice(0, -ending.length)) >= RARE_TITLED_WORD) return false;
  if (triggers.has(t.folded) || triggers.has(t.stem) || lex.particles.has(t.folded)) return false;
  return wordUnit(t, lex, true) === null;
}

/** The end of the title phrase starting with a head word at i (its parts, nationality adjectives
 *  and the places or organisations it names), or -1 when no head stands at i. */
function titlePhraseEnd(layer: TextLayer, i: number, labels: Int32Array, lex: EntityLexicon): number {
  const tokens = layer.tokens;
  // this runs on every token: a map look-up per reading first, the full title unit only for a head word
  if (labels[i] !== 0 || tokens[i].kind !== 'word' || !tokens[i].splits.some((s) => lex.titleWords.get(s.stem) === 'head')) return -1;
  if (wordUnit(tokens[i], lex, true)?.cls !== 'head') return -1;
  let end = i + 1;
  while (end < tokens.length && end - i < TITLE_PHRASE_MAX && tokens[end].sentence === tokens[i].sentence) {
    const t = tokens[end];
    // a و starts a new item of a list, not a longer title
    if (t.kind === 'word' && lex.conjunctions.has(t.splits[0]?.proclitics[0] ?? '')) break;
    if (labels[end] !== 0 && typeOf(labels[end]) !== PERS) {
      // a place or organisation the title names, whole
      end++;
      while (end < tokens.length && isInside(labels[end])) end++;
      continue;
    }
    if (labels[end] !== 0 || !wordUnit(t, lex, false)) break;
    end++;
  }
  return end;
}

/** Persons the tagger missed because no list knows their names («فيدريكا موغيريني» and «مرضية
 *  أفخم», both unknown to the reference text): a run of two or three rare words that the data
 *  knows as nothing else, standing right before a person's title head without attached letters
 *  («… موغيريني منسقة السياسة الخارجية») or right after a whole title phrase («الناطقة باسم
 *  الخارجية الإيرانية مرضية أفخم»). A longer run is left alone. */
function titledNames(layer: TextLayer, labels: Int32Array, lex: EntityLexicon, triggers: Lexicons['triggers']): void {
  const tokens = layer.tokens;
  const candidate = (j: number, sentence: number): boolean => j >= 0 && j < tokens.length && tokens[j].sentence === sentence && unknownNameWord(tokens[j], labels, lex, triggers);
  for (let i = 0; i < tokens.length; i++) {
    const end = titlePhraseEnd(layer, i, labels, lex);
    if (end < 0) continue;
    const sentence = tokens[i].sentence;
    // the name before its title, in apposition: the head stands bare and indefinite and has its
    // complement («موغيريني منسقة السياسة»); a definite head reads as the genitive of the word
    // before it («مناقشات الوزراء», «رصيد الفريق»)
    const head = tokens[i].splits[0];
    if (head && !head.proclitics.length && !head.article && end - i >= 2) {
      let first = i;
      // a name holds no conjunction: the word carrying one starts it
      while (i - first <= TITLED_NAME_MAX && candidate(first - 1, sentence)) if (carriesConjunction(tokens[--first], lex)) break;
      if (i - first >= TITLED_NAME_MIN && i - first <= TITLED_NAME_MAX) setSpan(labels, first, i, PERS);
    }
    // the name after its title phrase; «الرئيس وكيري» joins a second person to the title's
    if (end < tokens.length && carriesConjunction(tokens[end], lex)) continue;
    let last = end;
    while (last - end <= TITLED_NAME_MAX && candidate(last, sentence) && (last === end || !carriesConjunction(tokens[last], lex))) last++;
    if (last - end >= TITLED_NAME_MIN && last - end <= TITLED_NAME_MAX) {
      setSpan(labels, end, last, PERS);
      i = last - 1;
    }
  }
}

/** Does the token's original text start with a capital letter (scripts without case never do)? */
function capitalised(text: string): boolean {
  const c = text[0];
  return c !== c.toLowerCase() && c === c.toUpperCase();
}

/** A token written as an acronym: capitals (and dots) only, two to eight letters ("GATT", "U.S."). */
function acronymLetters(t: Token): string | null {
  if (t.kind !== 'word' && t.kind !== 'latin') return null;
  const letters = t.text.replaceAll('.', '');
  return letters.length >= 2 && letters.length <= 8 && letters === letters.toUpperCase() && letters !== letters.toLowerCase() ? letters.toLowerCase() : null;
}

/** The first token of the stretch of capitalised words and particles ending before `end` whose
 *  initials spell `acronym` ("General Agreement on Tariffs and Trade" for gatt), or -1. */
function spelledOut(layer: TextLayer, end: number, acronym: string, lex: EntityLexicon): number {
  const tokens = layer.tokens;
  if (end < 1 || !capitalised(tokens[end - 1].text)) return -1;
  let initials = '';
  for (let j = end - 1; j >= 0 && end - j <= 2 * acronym.length && tokens[j].sentence === tokens[end - 1].sentence; j--) {
    if (tokens[j].kind !== 'word' && tokens[j].kind !== 'latin') return -1;
    if (capitalised(tokens[j].text)) initials = tokens[j].folded[0] + initials;
    else if (!lex.particles.has(tokens[j].folded)) return -1;
    if (!acronym.endsWith(initials)) return -1;
    if (initials === acronym && capitalised(tokens[j].text)) return end - j >= 2 ? j : -1;
  }
  return -1;
}

/** The type most of the tokens [first, last) are tagged with, or -1 if none is. */
function taggedType(labels: Int32Array, first: number, last: number): number {
  const count = [0, 0, 0, 0];
  for (let j = first; j < last; j++) if (labels[j] !== 0) count[typeOf(labels[j])]++;
  const most = Math.max(...count);
  return most ? count.indexOf(most) : -1;
}

/** A name and its acronym in brackets are two names of one type, whatever lower-case particles
 *  the name holds or however the tagger drew them: "the General Agreement on Tariffs and Trade
 *  (GATT)", read as two names around "on", and "NSC (National Security Council)", read as one
 *  name over the brackets. Other brackets inside a name stay (CoNLL: "Mladost (L)"). The type is
 *  the one the tagger gave most of the spelt-out words, else the acronym's. */
function acronymGlosses(layer: TextLayer, labels: Int32Array, lex: EntityLexicon): void {
  const tokens = layer.tokens;
  for (let i = 1; i + 2 < tokens.length; i++) {
    if (tokens[i].text !== '(') continue;
    // "General Agreement on Tariffs and Trade (GATT)"
    const inside = acronymLetters(tokens[i + 1]);
    if (inside && tokens[i + 2].text === ')') {
      const start = spelledOut(layer, i, inside, lex);
      if (start >= 0) {
        const type = taggedType(labels, start, i) >= 0 ? taggedType(labels, start, i) : typeOf(labels[i + 1]);
        if (type >= 0) {
          // a name the tagger ran on before the spelt-out one was wrong about those words ("the August National Association …")
          for (let j = start - 1; j >= 0 && isInside(labels[j + 1]); j--) labels[j] = 0;
          setSpan(labels, start, i, type);
          labels[i] = 0;
          setSpan(labels, i + 1, i + 2, type);
          labels[i + 2] = 0;
          if (isInside(labels[i + 3] ?? 0)) labels[i + 3]--;
        }
        continue;
      }
    }
    // "NSC (National Security Council)"
    const before = acronymLetters(tokens[i - 1]);
    if (!before) continue;
    let close = i + 1;
    while (close < tokens.length && close - i <= 2 * before.length + 1 && tokens[close].text !== ')' && tokens[close].sentence === tokens[i].sentence) close++;
    if (tokens[close]?.text !== ')' || spelledOut(layer, close, before, lex) !== i + 1) continue;
    const type = taggedType(labels, i + 1, close) >= 0 ? taggedType(labels, i + 1, close) : typeOf(labels[i - 1]);
    if (type < 0) continue;
    setSpan(labels, i - 1, i, type);
    labels[i] = 0;
    setSpan(labels, i + 1, close, type);
    labels[close] = 0;
    if (isInside(labels[close + 1] ?? 0)) labels[close + 1]--;
  }
}

/** Sentences written in capitals only (Reuters headlines: "CHINA LIKELY TO JOIN GATT"): at
 *  least two words with letters, none with a small letter. Scripts without case have none. */
/** 1: written in capitals, 0: has lower case, -1: no case (Arabic, digits). No strings made for ASCII. */
function letterCase(text: string): number {
  const first = text.charCodeAt(0);
  if (first >= 0x80 && first < 0x250) {
    // accented Latin: let the library decide
    if (text !== text.toUpperCase()) return 0;
    return text !== text.toLowerCase() ? 1 : -1;
  }
  if (first >= 0x61 && first <= 0x7a) return 0;
  if (first < 0x41 || first > 0x5a) return -1;
  for (let i = 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x61 && c <= 0x7a) || (c >= 0xdf && c < 0x250 && text[i] !== text[i].toUpperCase())) return 0;
  }
  return 1;
}

function capitalLines(layer: TextLayer): Set<number> {
  const cased = new Map<number, number>();
  const lower = new Set<number>();
  for (const t of layer.tokens) {
    if (t.kind !== 'word' && t.kind !== 'latin') continue;
    const c = letterCase(t.text);
    if (c === 1) cased.set(t.sentence, (cased.get(t.sentence) ?? 0) + 1);
    else if (c === 0) lower.add(t.sentence);
  }
  const out = new Set<number>();
  for (const [sentence, n] of cased) if (n >= 2 && !lower.has(sentence)) out.add(sentence);
  return out;
}

/** The tagged name covering token i: [first, last), or null. */
function spanAt(labels: Int32Array, i: number): { first: number; last: number } | null {
  if (labels[i] === 0) return null;
  let first = i;
  while (first > 0 && isInside(labels[first])) first--;
  let last = i + 1;
  while (last < labels.length && isInside(labels[last])) last++;
  return { first, last };
}

/** In a line written in capitals the tagger's capital-letter evidence means little ("CHINA TO
 *  JOIN GATT" gives a person "JOIN GATT"). Names tagged in the document's mixed-case text are
 *  looked for there (the longest run of words that is one, with its majority type): an untagged
 *  run becomes that name, and so does a tagged name of its type that lies inside the run ("KEVIN
 *  BROWN" read as two people) or one that runs on before it over common words of the document
 *  ("JOIN GATT" → GATT: "join" is written in lower case elsewhere), not over a particle. A name the tagger drew over the
 *  same words keeps its type, read in its context (a city in a table of results is its team:
 *  "KANSAS CITY AT DETROIT"), and one that runs on after the run keeps its words: a name's head
 *  comes last ("U.S. OPEN", "JAKARTA POST"). */
function capitalLineNames(layer: TextLayer, bases: string[], labels: Int32Array, lex: EntityLexicon): void {
  const caps = capitalLines(layer);
  if (!caps.size) return;
  const tokens = layer.tokens;
  const votes = new Map<string, number[]>();
  const prefixes = new Set<string>();
  for (const s of spansOf(labels)) {
    if (caps.has(tokens[s.first].sentence)) continue;
    let k = bases[s.first];
    for (let i = s.first + 1; i < s.last; i++) {
      prefixes.add(k);
      k += ' ' + tokens[i].folded;
    }
    const v = votes.get(k) ?? [0, 0, 0, 0];
    v[s.type]++;
    votes.set(k, v);
  }
  if (!votes.size) return;
  const common = new Set<string>();
  for (const t of tokens) {
    if ((t.kind === 'word' || t.kind === 'latin') && !caps.has(t.sentence) && t.text[0] !== t.text[0].toUpperCase()) common.add(t.folded);
  }
  for (let i = 0; i < tokens.length; i++) {
    if (!caps.has(tokens[i].sentence) || (tokens[i].kind !== 'word' && tokens[i].kind !== 'latin')) continue;
    let last = -1;
    let type = -1;
    let phrase = bases[i];
    for (let k = i; k < tokens.length && tokens[k].sentence === tokens[i].sentence; ) {
      const v = votes.get(phrase);
      if (v) {
        last = k + 1;
        type = v.indexOf(Math.max(...v));
      }
      if (!prefixes.has(phrase) || ++k >= tokens.length) break;
      phrase += ' ' + tokens[k].folded;
    }
    if (last < 0) continue;
    // the tagger's names over the run: each must lie inside it or end with it
    let replace = true;
    for (let j = i; j < last && replace; ) {
      const s = spanAt(labels, j);
      if (!s) {
        j++;
        continue;
      }
      if (s.first === i && s.last === last) replace = false;
      else if (s.last > last) replace = false;
      // a name inside the run of another type is the tagger's reading of fewer words: it stays
      else if (s.first >= i && typeOf(labels[s.first]) !== type) replace = false;
      j = s.last;
    }
    // words the name runs on over before the run must be common words of the document, seen in
    // lower case in its mixed-case text ("join"), and no particle ("TOUR OF NETHERLANDS")
    const before = spanAt(labels, i);
    if (before) for (let j = before.first; j < i && replace; j++) replace = common.has(tokens[j].folded) && !lex.particles.has(tokens[j].folded);
    if (replace) {
      if (before) for (let j = before.first; j < i; j++) labels[j] = 0;
      setSpan(labels, i, last, type);
    }
    i = last - 1;
  }
}

/** Applies the document-level passes to the labels of one layer (in place) and returns them. */
export function postprocess(layer: TextLayer, labels: Int32Array, model: TaggerModel, options = DEFAULT_POSTPROCESS): Int32Array {
  const pack = languagePack(layer.lang);
  const lex = entityLexicon(pack);
  const known = documentNameWords(layer.tokens, spansOf(labels), lex);
  const bases = layer.tokens.map((t) => leadingBase(t, known, lex));
  if (options.enforce) {
    enforceKnown(layer, bases, labels, model);
    enforceKnownNames(layer, bases, labels, lex);
    extendSpans(layer, bases, labels, lex);
    acronymGlosses(layer, labels, lex);
    capitalLineNames(layer, bases, labels, lex);
    // «rare» needs the language's word frequencies: without them every word would look like a name
    if (options.titled !== false && pack.wordFrequency) titledNames(layer, labels, lex, model.features.lexicons.triggers);
  }
  if (options.propagate || options.unify) documentConsistency(layer, bases, labels, options);
  if (options.propagate) propagateSurnames(layer, bases, labels, lex);
  return labels;
}
