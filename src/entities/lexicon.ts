// The words entity resolution takes from a language: titles and roles, nationality
// adjectives, name aliases and the rules of name spelling variation. Read from the
// language's data files (src/lang/<code>/data/) once per language and compiled to Maps/Sets;
// a language without a file simply has that knowledge empty.
import { existsSync } from 'node:fs';
import { dataPath, readDataText } from '../core/data-files.js';
import type { LanguagePack } from '../lang/pack.js';

export type TitleClass = 'head' | 'part' | 'counterpart' | 'honorific';

export interface EntityLexicon {
  fold(text: string): string;
  /** folded stems (no article) → their class in a title */
  titleWords: Map<string, TitleClass>;
  /** folded nationality adjective stems (all forms) → the place key they stand for */
  nationality: Map<string, string>;
  /** folded place name → its place key (the first spelling listed) */
  places: Map<string, string>;
  /** folded full name → alias group number */
  aliases: Map<string, number>;
  /** the usual name of each alias group (its first), folded without spaces: a row's display name */
  aliasHeads: Set<string>;
  /** name words written apart from the next word or joined to it (عبد) */
  joiners: Set<string>;
  /** classifier nouns that head an organisation's name (حزب، حركة، تنظيم …) */
  classifiers: Set<string>;
  /** words that open a place's name («Camp Delta», «Fort Worth», «Mount Kenya»): such a name is no person */
  placeHeads: Set<string>;
  /** attached conjunctions (و، ف): a word carrying one starts a new item, not a longer title */
  conjunctions: Set<string>;
  /** words inside a full name that link its parts (بن، ولد …) */
  particles: Set<string>;
  /** particles joined to the start of a name word, dropped when names are compared (al-) */
  prefixes: string[];
  /** safe rewrites of any name word, longest first */
  loose: Array<[string, string]>;
  /** rewrites of a name word's last letter */
  final: Map<string, string>;
  /** letters dropped in a skeleton */
  vowels: Set<string>;
  /** consonant rewrites of a skeleton, longest first */
  sounds: Array<[string, string]>;
  /** plural endings of nisba group names and their singular, longest first */
  plurals: Array<[string, string]>;
  /** the article, stripped from title words ('ال' for Arabic; none for English) */
  article: string;
  /** words that join two parts of one title ("of" in "Secretary of State", "'s") */
  linkers: Set<string>;
  /** words that make a following bare title a reference ("the chancellor") */
  determiners: Set<string>;
  /** qualifiers that make another role («deputy»): a stored title with one answers only a phrase with it */
  distinct: Set<string>;
  /** words that may stand between a name, a comma and its title ("Tower, a former senator"), determiners included */
  appositions: Set<string>;
  /** a title's qualifiers stand before its head ("Deputy Prime Minister"): its head is its last head word */
  premodified: boolean;
  /** words the tagger may leave at the start of a name that are not part of it ("the", "Mr") */
  leading: Set<string>;
  /** tokens after a name that are not part of it (a possessive "'s") */
  possessives: Set<string>;
  /** words that name no entity when they stand alone (an ideology: "Communist") */
  common: Set<string>;
  /** nationality words the tagger calls MISC stay MISC rows (the language's training data
   *  tags them so: CoNLL English); otherwise they are dropped like any other reading */
  miscNationality: boolean;
  /** rewrites of a nationality adjective's last letter in a title's display */
  natFinal: Map<string, string>;
  /** how often a folded word occurs in the language's reference text (0 if unknown) */
  frequency(folded: string): number;
  /** names enforced after tagging (known-names.tsv): folded phrase → type and whether a nationality adjective must follow */
  knownNames: Map<string, KnownName>;
  /** every proper prefix of a known name, so a scan can stop early */
  knownPrefixes: Set<string>;
  /** words of a state body's name that takes its nationality adjective («الكونغرس الأميركي») */
  institutions: Set<string>;
  /** last letters (folded) of a feminine word: the ending an adjective of a ministry takes */
  feminine: Set<string>;
  /** endings a common word takes in its inflection («اجتماعا», the accusative of «اجتماع»): a
   *  rare word that is a common one with such an ending is no name */
  inflections: string[];
  /** attached pronouns that end no name («نهاره»): a name's last word carrying one is not part of it */
  pronouns: Set<string>;
  /** one-word names of the language's name lists (places, first and family names, known names) */
  nameWords: Set<string>;
  /** the first word of every known name: a word the language's data knows starts a name */
  knownFirstWords: Set<string>;
}

export interface KnownName {
  /** tagger type: PERS, LOC, ORG or MISC */
  type: string;
  /** a name only with a nationality adjective after it («الخارجية الأميركية») */
  nationality: boolean;
}

const cache = new Map<string, EntityLexicon>();
const TITLE_CLASSES = new Set(['head', 'part', 'counterpart', 'honorific']);

function lines(relative: string): string[][] {
  if (!existsSync(dataPath(relative))) return [];
  const out: string[][] = [];
  for (const line of readDataText(relative).split('\n')) {
    const t = line.trim();
    if (t && !t.startsWith('#')) out.push(t.split('\t').map((c) => c.trim()));
  }
  return out;
}

function pairs(values: string[], fold: (s: string) => string): Array<[string, string]> {
  const out = values.map((v): [string, string] => {
    const eq = v.indexOf('=');
    return [fold(v.slice(0, eq)), fold(v.slice(eq + 1))];
  });
  return out.sort((a, b) => b[0].length - a[0].length);
}

export function entityLexicon(pack: LanguagePack): EntityLexicon {
  const hit = cache.get(pack.code);
  if (hit) return hit;
  const fold = pack.fold;
  const dir = `src/lang/${pack.code}/data/`;
  const names = new Map<string, string[]>();
  for (const [cls, values = ''] of lines(dir + 'names.tsv')) names.set(cls, values.split(/\s+/).filter(Boolean));
  const titleLines = lines(dir + 'titles.tsv');
  const article = fold(names.get('article')?.[0] ?? '');
  const strip = (w: string) => (article && w.startsWith(article) && w.length > article.length + 1 ? w.slice(article.length) : w);

  const titleWords = new Map<string, TitleClass>();
  const titleSets = new Map<string, string[]>();
  const natFinal = new Map<string, string>();
  for (const [cls, values = ''] of titleLines) {
    // display rewrites are of the written letters, so they are not folded
    if (cls === 'nat-final') for (const [from, to] of pairs(values.split(/\s+/).filter(Boolean), (w) => w)) natFinal.set(from, to);
    const words = values.split(/\s+/).filter(Boolean).map((w) => strip(fold(w)));
    if (TITLE_CLASSES.has(cls)) for (const w of words) if (!titleWords.has(w) || cls === 'head') titleWords.set(w, cls as TitleClass);
    titleSets.set(cls, [...(titleSets.get(cls) ?? []), ...words]);
  }
  const nisba = titleSets.get('nisba-suffix') ?? [];
  const honorifics = (titleSets.get('honorific') ?? []).filter((w) => titleWords.get(w) === 'honorific');

  const nationality = new Map<string, string>();
  const places = new Map<string, string>();
  const adjectiveKey = new Map<string, string>();
  for (const [place, ...adjectives] of lines(dir + 'nationalities.tsv')) {
    const p = fold(place);
    let key = p;
    for (const a of adjectives) {
      const known = adjectiveKey.get(strip(fold(a)));
      if (known) key = known;
    }
    if (!places.has(p)) places.set(p, key);
    for (const a of adjectives) {
      const adj = strip(fold(a));
      if (!adjectiveKey.has(adj)) adjectiveKey.set(adj, key);
      const k = adjectiveKey.get(adj)!;
      nationality.set(adj, k);
      for (const suffix of nisba) nationality.set(adj + suffix, k);
    }
  }

  const aliases = new Map<string, number>();
  const aliasHeads = new Set<string>();
  lines(dir + 'name-aliases.tsv').forEach((group, i) => {
    // compared without spaces: «5+1» is written «5 + 1» as well
    for (const n of group) aliases.set(fold(n).replace(/\s+/g, ''), i);
    if (group.length) aliasHeads.add(fold(group[0]).replace(/\s+/g, ''));
  });

  const knownNames = new Map<string, KnownName>();
  const knownPrefixes = new Set<string>();
  const knownFirstWords = new Set<string>();
  for (const [name, type = '', flag = ''] of lines(dir + 'known-names.tsv')) {
    const words = fold(name).split(/\s+/).filter(Boolean);
    if (!words.length || !type) continue;
    knownNames.set(words.join(' '), { type, nationality: flag === 'nat' });
    knownFirstWords.add(words[0]);
    for (let k = 1; k < words.length; k++) knownPrefixes.add(words.slice(0, k).join(' '));
  }

  // the tagger's name lists, one-word entries: what a word stripped of its clitics may be
  const nameWords = new Set<string>();
  for (const list of ['loc', 'pers-first', 'pers-last']) {
    for (const [name] of lines(`${dir}gazetteer/${list}.txt`)) if (!name.includes(' ')) nameWords.add(fold(name));
  }
  for (const p of places.keys()) if (!p.includes(' ')) nameWords.add(p);
  for (const k of knownNames.keys()) if (!k.includes(' ')) nameWords.add(k);

  const lex: EntityLexicon = {
    fold,
    titleWords,
    nationality,
    places,
    aliases,
    aliasHeads,
    joiners: new Set((names.get('joiner') ?? []).map(fold)),
    classifiers: new Set((names.get('classifier') ?? []).map(fold)),
    placeHeads: new Set((names.get('place-head') ?? []).map(fold)),
    conjunctions: new Set((names.get('conjunction') ?? []).map(fold)),
    particles: new Set((names.get('particle') ?? []).map(fold)),
    prefixes: (names.get('prefix') ?? []).map(fold).sort((a, b) => b.length - a.length),
    loose: pairs(names.get('loose') ?? [], fold),
    final: new Map(pairs(names.get('final') ?? [], fold)),
    vowels: new Set((names.get('vowel') ?? []).map(fold)),
    sounds: pairs(names.get('sound') ?? [], fold),
    plurals: pairs(names.get('plural') ?? [], fold),
    article,
    linkers: new Set(titleSets.get('linker') ?? []),
    determiners: new Set(titleSets.get('determiner') ?? []),
    distinct: new Set(titleSets.get('distinct') ?? []),
    appositions: new Set([...(titleSets.get('determiner') ?? []), ...(titleSets.get('apposition') ?? [])]),
    premodified: (titleSets.get('option') ?? []).includes('premodified'),
    leading: new Set([...(names.get('leading') ?? []).map(fold), ...honorifics]),
    possessives: new Set((names.get('possessive') ?? []).map(fold)),
    common: new Set((names.get('common') ?? []).map(fold)),
    miscNationality: (names.get('option') ?? []).includes('misc-nationality'),
    natFinal,
    frequency: pack.wordFrequency ?? (() => 0),
    knownNames,
    knownPrefixes,
    knownFirstWords,
    nameWords,
    pronouns: new Set((names.get('pronoun') ?? []).map(fold)),
    inflections: (names.get('inflection') ?? []).map(fold),
    institutions: new Set((names.get('institution') ?? []).map(fold)),
    feminine: new Set((names.get('feminine') ?? []).map(fold)),
  };
  cache.set(pack.code, lex);
  return lex;
}
