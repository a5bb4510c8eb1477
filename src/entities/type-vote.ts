// One sense per document for name types: every mention of a name gets the type its mentions
// vote for, before the table is built, so «Mr Straw» tagged once ORG and once PERSON makes one
// person row, not two. An honorific right before a mention (Mr, Lord) — and in a premodified
// language a role word too ("Foreign Secretary Jack Straw") — is strong evidence for a person.
// A one-word name then takes the type of the one longer name it is the usual short form of
// (a surname; an organisation's name without its classifier noun: "Baikal" of "Baikal Finance
// Group") when no longer name of its own type holds it, nothing titles it and the language's
// place lists do not know it (so "Washington" beside "George Washington" stays a place).
import type { EntityType, TextLayer } from '../core/types.js';
import type { EntityLexicon } from './lexicon.js';
import type { NameForm } from './name-forms.js';

const TYPES: EntityType[] = ['PERSON', 'ORG', 'LOC', 'MISC'];
/** A title word before a mention counts as this many plain mentions of a person. */
const TITLE_WEIGHT = 2;

/** Is the word right before the mention an honorific, or (premodified languages) a role's head? */
function titled(layer: TextLayer, f: NameForm, lex: EntityLexicon): boolean {
  const before = layer.tokens[f.mention.first - 1];
  if (!before || before.sentence !== layer.tokens[f.mention.first].sentence || before.kind !== 'word' && before.kind !== 'latin') return false;
  const cls = lex.titleWords.get(before.folded) ?? lex.titleWords.get(before.stem);
  return cls === 'honorific' || (cls === 'head' && lex.premodified);
}

/** Written in capitals only (scripts without case never are). */
function allCapitals(text: string): boolean {
  return text === text.toUpperCase() && text !== text.toLowerCase();
}

/** The longer name of another type that the one-word name `word` is the usual short form of. */
function shortFormOf(word: string, long: string[], type: EntityType, lex: EntityLexicon): boolean {
  if (long.length < 2) return false;
  if (type === 'PERSON') return long[long.length - 1] === word;
  // "Baikal" of "Baikal Finance Group": the first word of a name that ends in a classifier noun
  return type === 'ORG' && long[0] === word && lex.classifiers.has(long[long.length - 1]) && !lex.particles.has(long[1]);
}

/** Returns the forms with each mention's type settled by its name's vote (new mention objects where it changes). */
export function settleTypes(layer: TextLayer, forms: NameForm[], lex: EntityLexicon): NameForm[] {
  const votes = new Map<string, number[]>();
  const firstType = new Map<string, EntityType>();
  const titledKeys = new Set<string>();
  for (const f of forms) {
    let v = votes.get(f.key);
    if (!v) {
      votes.set(f.key, (v = [0, 0, 0, 0]));
      firstType.set(f.key, f.mention.type);
    }
    v[TYPES.indexOf(f.mention.type)]++;
    if (titled(layer, f, lex)) {
      v[0] += TITLE_WEIGHT;
      titledKeys.add(f.key);
    }
  }
  const type = new Map<string, EntityType>();
  for (const [key, v] of votes) {
    // ties go to the type of the first mention, as the tagger read it there
    let best = TYPES.indexOf(firstType.get(key)!);
    for (let t = 0; t < TYPES.length; t++) if (v[t] > v[best]) best = t;
    type.set(key, TYPES[best]);
  }

  // a name that opens with a place's head word names a place, whatever a person's shape it has
  for (const f of forms) {
    if (f.words.length >= 2 && type.get(f.key) === 'PERSON' && lex.placeHeads.has(f.words[0]) && !titledKeys.has(f.key)) type.set(f.key, 'LOC');
  }

  // one-word names against the longer names of the document, looked up by their words; a name
  // seen only in capitals (a headline's "JOIN GATT") says nothing about its words' types
  const longByWord = new Map<string, string[]>();
  for (const f of forms) {
    if (f.words.length < 2 || allCapitals(f.display)) continue;
    for (const w of new Set([f.words[0], f.words[f.words.length - 1]])) {
      const list = longByWord.get(w);
      if (!list) longByWord.set(w, [f.key]);
      else if (!list.includes(f.key)) list.push(f.key);
    }
  }
  const wordsOf = new Map(forms.map((f) => [f.key, f.words]));
  for (const [key, own] of type) {
    const words = wordsOf.get(key)!;
    if (words.length !== 1 || titledKeys.has(key) || lex.nameWords.has(words[0]) && own !== 'PERSON') continue;
    const longs = longByWord.get(words[0]) ?? [];
    if (longs.some((l) => type.get(l) === own)) continue;
    const others = new Set(longs.filter((l) => shortFormOf(words[0], wordsOf.get(l)!, type.get(l)!, lex)).map((l) => type.get(l)!));
    if (others.size === 1) type.set(key, [...others][0]);
  }

  return forms.map((f) => {
    const t = type.get(f.key)!;
    return t === f.mention.type ? f : { ...f, mention: { ...f.mention, type: t } };
  });
}
