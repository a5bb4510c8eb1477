// Title phrases: «الرئيس الأوكراني», «رئيس بيلاروسيا», «وزير الدفاع», «رئيس الوفد الروسي».
// A phrase starts with a role word (head) and runs on over title words, nationality
// adjectives and place or organisation names. Each phrase has a key in which a nationality
// adjective and its place are one («الرئيس الأوكراني» = «رئيس أوكرانيا» = رئيس اوكرانيا), so a
// later bare title finds the entity it named. In a premodified language (English) the
// qualifiers come first and linkers join parts («British Prime Minister», «Chancellor of the
// Exchequer», «Britain's foreign secretary»); the head is then the last head word. The words
// come from the language's data.
import type { TextLayer, Token } from '../core/types.js';
import type { EntityLexicon, TitleClass } from './lexicon.js';
import { skipLetters, type NameForm } from './name-forms.js';

export type UnitClass = Exclude<TitleClass, 'honorific'> | 'nat' | 'place';

/** One word (or one whole place/organisation name) of a title phrase. */
export interface TitleUnit {
  cls: UnitClass;
  /** the word's part of the title key */
  key: string;
  /** token range [first, last) */
  first: number;
  last: number;
  /** letters of attached clitics before the unit's word (و، ل …) */
  clitics: number;
}

export interface TitlePhrase {
  units: TitleUnit[];
  key: string;
  display: string;
  /** UTF-16 span without the first word's clitics */
  start: number;
  end: number;
  first: number;
  last: number;
}

/** Token index → the name form covering it (names of any type). */
export type NameIndex = Map<number, NameForm>;

const COMMAS = new Set([',', '،']);

/** The title unit one word makes (a title word, a nationality adjective or a place), or null. */
export function wordUnit(t: Token, lex: EntityLexicon, allowHead: boolean): TitleUnit | null {
  if (t.kind !== 'word') return null;
  for (const s of t.splits) {
    const clitics = s.proclitics.join('').length;
    const cls = lex.titleWords.get(s.stem);
    if (cls === 'counterpart' && allowHead) return { cls, key: s.stem, first: t.index, last: t.index + 1, clitics };
    if (s.enclitic) continue;
    if (cls === 'honorific') return null;
    if (cls === 'head' || cls === 'part') return { cls: cls === 'head' && allowHead ? 'head' : 'part', key: s.stem, first: t.index, last: t.index + 1, clitics };
    const nat = lex.nationality.get(s.stem);
    if (nat !== undefined) return { cls: 'nat', key: nat, first: t.index, last: t.index + 1, clitics };
    const place = lex.places.get(s.article ? lex.article + s.stem : s.stem);
    if (place !== undefined) return { cls: 'place', key: place, first: t.index, last: t.index + 1, clitics };
  }
  return null;
}

/** The title unit at token i: a title word, or a whole non-person name. Null for anything else. */
function unitAt(layer: TextLayer, i: number, names: NameIndex, lex: EntityLexicon, allowHead: boolean): TitleUnit | null {
  const name = names.get(i);
  if (name) {
    if (name.mention.type === 'PERSON') return null;
    const key = lex.places.get(name.key) ?? name.key;
    const t = layer.tokens[name.mention.first];
    const clitics = name.mention.start > t.start ? lex.fold(layer.text.slice(t.start, name.mention.start)).length : 0;
    return { cls: 'place', key, first: name.mention.first, last: name.mention.last, clitics };
  }
  return wordUnit(layer.tokens[i], lex, allowHead);
}

function keyOf(units: TitleUnit[]): string {
  return units.map((u) => u.key).join(' ');
}

function displayOf(layer: TextLayer, units: TitleUnit[], lex: EntityLexicon): string {
  const parts: string[] = [];
  units.forEach((u, n) => {
    let raw = layer.text.slice(layer.tokens[u.first].start, layer.tokens[u.last - 1].end);
    if (n === 0 && u.clitics) {
      raw = raw.slice(skipLetters(raw, u.clitics, lex.fold));
      // «لل» of ل + ال shows its article again
      if (lex.article && !lex.fold(raw).startsWith(lex.article) && lex.fold(raw).startsWith(lex.article.slice(1)) && layer.tokens[u.first].splits.some((s) => s.article && s.proclitics.join('').length === u.clitics)) raw = lex.article.slice(0, 1) + raw;
    }
    let shown = '';
    for (const ch of raw) if (lex.fold(ch) !== '') shown += ch;
    // a nationality adjective shown in its standard spelling (Arabic: ى written for ي)
    const last = u.cls === 'nat' ? lex.natFinal.get(shown.slice(-1)) : undefined;
    if (last !== undefined) shown = shown.slice(0, -1) + last;
    parts.push(shown);
  });
  return parts.join(' ');
}

export function makePhrase(layer: TextLayer, units: TitleUnit[], lex: EntityLexicon): TitlePhrase {
  const firstTok = layer.tokens[units[0].first];
  const lastTok = layer.tokens[units[units.length - 1].last - 1];
  const start = firstTok.start + (units[0].clitics ? skipLetters(firstTok.text, units[0].clitics, lex.fold) : 0);
  // with linkers between units the title is shown as written («Chancellor of the Exchequer»)
  const display = lex.linkers.size ? layer.text.slice(start, lastTok.end).replace(/\s+/g, ' ') : displayOf(layer, units, lex);
  return { units, key: keyOf(units), display, start, end: lastTok.end, first: units[0].first, last: units[units.length - 1].last };
}

/** Units running forward from token i (same sentence); the first must be a head unless `head` is false. */
export function unitsForward(layer: TextLayer, i: number, names: NameIndex, lex: EntityLexicon): TitleUnit[] {
  const units: TitleUnit[] = [];
  const sentence = layer.tokens[i]?.sentence;
  while (i < layer.tokens.length && layer.tokens[i].sentence === sentence) {
    const u = unitAt(layer, i, names, lex, units.length === 0);
    if (!u || (units.length === 0 && u.cls !== 'head' && u.cls !== 'counterpart')) break;
    // a later و starts a new item of a list, not a longer title
    if (units.length && u.clitics && lex.conjunctions.has(layer.tokens[u.first].splits[0]?.proclitics[0] ?? '')) break;
    units.push(u);
    i = u.last;
  }
  return units;
}

/** Whether any unit of a premodified run is a head or counterpart (a title needs one). */
function hasHead(units: TitleUnit[]): boolean {
  return units.some((u) => u.cls === 'head' || u.cls === 'counterpart');
}

/** A premodified language: units from token i on, linkers allowed between two units; [] if none. */
export function runForward(layer: TextLayer, i: number, names: NameIndex, lex: EntityLexicon): TitleUnit[] {
  const units: TitleUnit[] = [];
  const sentence = layer.tokens[i]?.sentence;
  while (i < layer.tokens.length && layer.tokens[i].sentence === sentence) {
    let j = i;
    if (units.length) while (j < layer.tokens.length && layer.tokens[j].sentence === sentence && lex.linkers.has(layer.tokens[j].folded)) j++;
    const u = j < layer.tokens.length && layer.tokens[j].sentence === sentence ? unitAt(layer, j, names, lex, true) : null;
    if (!u) break;
    units.push(u);
    i = u.last;
  }
  // a title ends at its last head or at a part joined by a linker («Chancellor of the Exchequer»)
  let end = units.length;
  while (end > 0 && units[end - 1].cls !== 'head' && units[end - 1].cls !== 'counterpart' && units[end - 1].first === (end > 1 ? units[end - 2].last : -1)) end--;
  return hasHead(units.slice(0, end)) ? units.slice(0, end) : [];
}

/** A premodified language: the units standing right before token `last` (exclusive), linkers allowed between them. */
function runBackward(layer: TextLayer, last: number, names: NameIndex, lex: EntityLexicon): TitleUnit[] {
  const units: TitleUnit[] = [];
  const sentence = layer.tokens[last]?.sentence;
  let i = last - 1;
  while (i >= 0 && layer.tokens[i].sentence === sentence) {
    let j = i;
    if (units.length) while (j >= 0 && layer.tokens[j].sentence === sentence && lex.linkers.has(layer.tokens[j].folded)) j--;
    if (j < 0 || layer.tokens[j].sentence !== sentence) break;
    const named = names.get(j);
    const at = named ? named.mention.first : j;
    const u = unitAt(layer, at, names, lex, true);
    if (!u) break;
    units.unshift(u);
    i = at - 1;
  }
  return hasHead(units) ? units : [];
}

/** The title standing right before a name (a comma may separate them). */
export function titleBefore(layer: TextLayer, name: NameForm, names: NameIndex, lex: EntityLexicon): TitlePhrase | null {
  if (lex.premodified) {
    let at = name.mention.first;
    if (at > 0 && layer.tokens[at - 1].kind === 'punct' && COMMAS.has(layer.tokens[at - 1].text)) at--;
    const run = runBackward(layer, at, names, lex);
    return run.length ? makePhrase(layer, run, lex) : null;
  }
  // «الرئيس وكيري»: a conjunction on the name joins it to what came before
  const own = layer.tokens[name.mention.first];
  const before = name.mention.start > own.start ? lex.fold(layer.text.slice(own.start, name.mention.start)) : own.folded.slice(0, Math.max(0, own.folded.length - name.words[0].length));
  if (before && lex.conjunctions.has(before[0])) return null;
  let i = name.mention.first - 1;
  const sentence = own.sentence;
  if (i >= 0 && layer.tokens[i].kind === 'punct' && COMMAS.has(layer.tokens[i].text)) i--;
  const units: TitleUnit[] = [];
  while (i >= 0 && layer.tokens[i].sentence === sentence) {
    const named = names.get(i);
    const at = named ? named.mention.first : i;
    const u = unitAt(layer, at, names, lex, true);
    if (!u) break;
    units.unshift(u);
    // a و before a unit ends the run: it joins this title to what came before («… ورئيس الأركان»)
    if (u.clitics && lex.conjunctions.has(layer.tokens[u.first].splits[0]?.proclitics[0] ?? '')) break;
    i = at - 1;
  }
  const head = units.findIndex((u) => u.cls === 'head' || u.cls === 'counterpart');
  if (head < 0) return null;
  const run = units.slice(head);
  // inner head words («ممثل رئيس أوكرانيا») are part of the title
  for (let k = 1; k < run.length; k++) if (run[k].cls === 'head' || run[k].cls === 'counterpart') run[k] = { ...run[k], cls: 'part' };
  return makePhrase(layer, run, lex);
}

/** The title standing right after a name («فلاديمير ميدينسكي رئيس الوفد الروسي»), if it is not the next name's. */
export function titleAfter(layer: TextLayer, name: NameForm, names: NameIndex, lex: EntityLexicon): TitlePhrase | null {
  let i = name.mention.last;
  if (i < layer.tokens.length && layer.tokens[i].kind === 'punct' && COMMAS.has(layer.tokens[i].text)) i++;
  if (i >= layer.tokens.length || layer.tokens[i].sentence !== layer.tokens[name.mention.first].sentence) return null;
  if (lex.premodified) {
    // «Jack Straw, the foreign secretary,», «Philippe Sands QC»; not «Mr Peston the prime minister»
    if (lex.appositions.has(layer.tokens[i].folded)) {
      if (i === name.mention.last) return null;
      i++;
    }
    const run = runForward(layer, i, names, lex);
    if (!run.length) return null;
    let next = run[run.length - 1].last;
    if (next < layer.tokens.length && layer.tokens[next].kind === 'punct' && COMMAS.has(layer.tokens[next].text)) next++;
    const following = names.get(next);
    return following && following.mention.type === 'PERSON' ? null : makePhrase(layer, run, lex);
  }
  const units = unitsForward(layer, i, names, lex);
  if (units.length < 2 || units[0].cls !== 'head' || units[0].clitics) return null;
  let next = units[units.length - 1].last;
  if (next < layer.tokens.length && layer.tokens[next].kind === 'punct' && COMMAS.has(layer.tokens[next].text)) next++;
  const following = names.get(next);
  if (following && following.mention.type === 'PERSON') return null;
  for (let k = 1; k < units.length; k++) if (units[k].cls === 'head') units[k] = { ...units[k], cls: 'part' };
  return makePhrase(layer, units, lex);
}

/** «نظيره الروسي» after «الرئيس البيلاروسي»: the antecedent's role with the new nationality. */
export function counterpartTitle(layer: TextLayer, phrase: TitlePhrase, antecedent: TitlePhrase, lex: EntityLexicon): TitlePhrase {
  const role = antecedent.units.filter((u) => u.cls !== 'nat' && u.cls !== 'place');
  const rest = phrase.units.filter((u) => u.cls !== 'counterpart');
  // «his Russian counterpart» after «British Foreign Secretary»: Russian foreign secretary
  const units = lex.premodified ? [...rest, ...role] : [...role, ...rest];
  const parts = [displayOf(layer, role, lex), displayOf(layer, rest, lex)];
  const display = (lex.premodified ? parts.reverse() : parts).filter(Boolean).join(' ');
  return { ...phrase, units, key: keyOf(units), display };
}

/** The key words of a title given as text (a speaker phrase from the quotes stage, a stored
 *  title), read through the language's own text layer so clitics come off the same way. */
export function titleKeyOfLayer(phrase: TextLayer, lex: EntityLexicon): string[] {
  const out: string[] = [];
  // premodified: the head (the last head word before the first linker) goes first, so titles
  // compare by their head as in a head-first language («the prime minister» = «Prime Minister»)
  let anchor = -1;
  let linked = false;
  for (const t of phrase.tokens) {
    if (t.kind !== 'word') continue;
    if (lex.linkers.has(t.folded) || lex.determiners.has(t.folded)) {
      if (out.length) linked = true;
      continue;
    }
    const u = wordUnit(t, lex, true);
    out.push(u ? u.key : t.stem);
    if (lex.premodified && u?.cls === 'head' && (!linked || anchor < 0)) anchor = out.length - 1;
  }
  if (anchor > 0) out.unshift(...out.splice(anchor, 1));
  return out;
}
