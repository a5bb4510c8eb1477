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
  /** name words written apart from the next word or joined to it (عبد) */
  joiners: Set<string>;
  /** classifier nouns that head an organisation's name (حزب، حركة، تنظيم …) */
  classifiers: Set<string>;
  /** attached conjunctions (و، ف): a word carrying one starts a new item, not a longer title */
  conjunctions: Set<string>;
  /** words inside a full name that link its parts (بن، ولد …) */
  particles: Set<string>;
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
  /** the article, stripped from title words ('ال' for Arabic) */
  article: string;
  /** how often a folded word occurs in the language's reference text (0 if unknown) */
  frequency(folded: string): number;
}

const cache = new Map<string, EntityLexicon>();

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
  const article = pack.code === 'ar' ? 'ال' : '';
  const strip = (w: string) => (article && w.startsWith(article) && w.length > article.length + 1 ? w.slice(article.length) : w);

  const titleWords = new Map<string, TitleClass>();
  let nisba: string[] = [];
  for (const [cls, values = ''] of titleLines) {
    const words = values.split(/\s+/).filter(Boolean).map((w) => strip(fold(w)));
    if (cls === 'nisba-suffix') nisba = words;
    else for (const w of words) if (!titleWords.has(w) || cls === 'head') titleWords.set(w, cls as TitleClass);
  }

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
  lines(dir + 'name-aliases.tsv').forEach((group, i) => {
    // compared without spaces: «5+1» is written «5 + 1» as well
    for (const n of group) aliases.set(fold(n).replace(/\s+/g, ''), i);
  });

  const lex: EntityLexicon = {
    fold,
    titleWords,
    nationality,
    places,
    aliases,
    joiners: new Set((names.get('joiner') ?? []).map(fold)),
    classifiers: new Set((names.get('classifier') ?? []).map(fold)),
    conjunctions: new Set((names.get('conjunction') ?? []).map(fold)),
    particles: new Set((names.get('particle') ?? []).map(fold)),
    loose: pairs(names.get('loose') ?? [], fold),
    final: new Map(pairs(names.get('final') ?? [], fold)),
    vowels: new Set((names.get('vowel') ?? []).map(fold)),
    sounds: pairs(names.get('sound') ?? [], fold),
    plurals: pairs(names.get('plural') ?? [], fold),
    article,
    frequency: pack.wordFrequency ?? (() => 0),
  };
  cache.set(pack.code, lex);
  return lex;
}
