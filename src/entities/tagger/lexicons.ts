// The word lists the name tagger's features consult, named by a language's model
// header: gazetteers (multi-word names by category), trigger words (titles, heads of
// organisation and place names), word clusters learnt from unlabeled text. Loaded once
// per model and compiled to Maps; entries are folded with the language's fold.
import { readDataText } from '../../core/data-files.js';
import { KeyTable, forEachLine, grownInt, type KeyTableArrays } from '../../core/text-table.js';
import { loadTable, type Compiled } from '../../core/table-file.js';

export interface LexiconSpec {
  /** name lists: data file and the category its entries suggest (LOC, ORG, PERS, FIRST, …) */
  gazetteers: Array<{ file: string; category: string }>;
  /** word<TAB>class lines (TITLE, ORG, LOC, …) */
  triggers?: string;
  /** word<TAB>cluster path (coarse.middle.fine) lines */
  clusters?: string;
  /** word<TAB>PERS<TAB>LOC<TAB>ORG<TAB>MISC<TAB>total: how often a stage-one tagger named the word in unlabeled text */
  wikiTypes?: string;
}

export interface Lexicons {
  categories: string[];
  /** folded phrase (words joined by one space) → bit set of categories */
  phrases: Map<string, number>;
  /** every proper prefix of a phrase (so a scan can stop early) */
  prefixes: Set<string>;
  maxWords: number;
  triggerClasses: string[];
  /** folded word → trigger class index + 1 */
  triggers: Map<string, number>;
  /** folded word → cluster path */
  clusters: Lookup<string>;
  /** folded word → [PERS, LOC, ORG, MISC, total] counts */
  wikiTypes: Lookup<Int32Array>;
}

/** A read-only map (the big word lists are tables over their file's text, not Maps). */
export interface Lookup<V> {
  readonly size: number;
  get(key: string): V | undefined;
}

const EMPTY: Lookup<never> = { size: 0, get: () => undefined };

function lines(file: string): string[] {
  return readDataText(file)
    .split('\n')
    .filter((l) => l && !l.startsWith('#'));
}

export function loadLexicons(spec: LexiconSpec, fold: (s: string) => string): Lexicons {
  const categories = spec.gazetteers.map((g) => g.category);
  const phrases = new Map<string, number>();
  const prefixes = new Set<string>();
  let maxWords = 1;
  spec.gazetteers.forEach((g, c) => {
    for (const line of lines(g.file)) {
      const words = fold(line.split('\t')[0]).trim().split(/\s+/);
      if (!words[0]) continue;
      maxWords = Math.max(maxWords, words.length);
      const phrase = words.join(' ');
      phrases.set(phrase, (phrases.get(phrase) ?? 0) | (1 << c));
      for (let k = 1; k < words.length; k++) prefixes.add(words.slice(0, k).join(' '));
    }
  });
  const triggerClasses: string[] = [];
  const triggers = new Map<string, number>();
  if (spec.triggers) {
    for (const line of lines(spec.triggers)) {
      const [word, cls] = line.split('\t');
      if (!word || !cls) continue;
      let k = triggerClasses.indexOf(cls.trim());
      if (k < 0) k = triggerClasses.push(cls.trim()) - 1;
      triggers.set(fold(word.trim()), k + 1);
    }
  }
  let clusters: Lookup<string> = EMPTY;
  if (spec.clusters) {
    const { meta: paths, arrays } = loadTable(spec.clusters, 1, () => parseClusters(spec.clusters!));
    const pathOf = arrays.path as Int32Array;
    clusters = keyedLookup(arrays, (row) => paths[pathOf[row]]);
  }
  let wikiTypes: Lookup<Int32Array> = EMPTY;
  if (spec.wikiTypes) {
    const { arrays } = loadTable(spec.wikiTypes, 1, () => parseWikiTypes(spec.wikiTypes!));
    const counts = arrays.counts as Int32Array;
    wikiTypes = keyedLookup(arrays, (row) => counts.subarray(row * 5, row * 5 + 5));
  }
  return { categories, phrases, prefixes, maxWords, triggerClasses, triggers, clusters, wikiTypes };
}

/** A look-up over a compiled key table: the row of a key, turned into its value. */
function keyedLookup<T>(arrays: Record<string, unknown>, valueOf: (row: number) => T): Lookup<T> {
  const keys = KeyTable.fromArrays(arrays as unknown as KeyTableArrays);
  return {
    size: keys.size,
    get(key) {
      const row = keys.get(key);
      return row < 0 ? undefined : valueOf(row);
    },
  };
}

/** word<TAB>cluster path lines: a key table, and per row the index of its path among the distinct paths (a few thousand). */
function parseClusters(file: string): Compiled<string[]> {
  const text = readDataText(file);
  const keys = KeyTable.empty(text.length >> 4);
  let pathOf: Int32Array = new Int32Array(text.length >> 4);
  const paths: string[] = [];
  const pathIds = new Map<string, number>();
  forEachLine(text, (pos, nl) => {
    if (text.charCodeAt(pos) === 35 /* # */) return;
    const tab = text.indexOf('\t', pos);
    if (!(tab > pos && tab < nl)) return;
    const row = keys.add(text, pos, tab);
    if (row >= pathOf.length) pathOf = grownInt(pathOf);
    const path = text.slice(tab + 1, nl);
    let id = pathIds.get(path);
    if (id === undefined) pathIds.set(path, (id = paths.push(path) - 1));
    pathOf[row] = id;
  });
  return { meta: paths, arrays: { ...keys.toArrays(), path: pathOf.slice(0, keys.size) } };
}

/** word<TAB>PERS<TAB>LOC<TAB>ORG<TAB>MISC<TAB>total lines (40,000): parsed by hand, five counts per row in one array. */
function parseWikiTypes(file: string): Compiled<null> {
  const text = readDataText(file);
  const keys = KeyTable.empty(text.length >> 4);
  let counts: Int32Array = new Int32Array(5 * (text.length >> 4));
  const row5 = new Int32Array(5);
  forEachLine(text, (pos, nl) => {
    const tab = text.indexOf('\t', pos);
    if (text.charCodeAt(pos) === 35 /* # */ || !(tab > pos && tab < nl)) return;
    let k = 0;
    let value = 0;
    for (let i = tab + 1; i <= nl && k < 5; i++) {
      const c = i < nl ? text.charCodeAt(i) : 9;
      if (c === 9) {
        row5[k++] = value;
        value = 0;
      } else value = value * 10 + (c - 48);
    }
    if (k < 5) return;
    const row = keys.add(text, pos, tab);
    if (row * 5 + 5 > counts.length) counts = grownInt(counts, row * 5 + 5);
    counts.set(row5, row * 5);
  });
  return { meta: null, arrays: { ...keys.toArrays(), counts: counts.slice(0, keys.size * 5) } };
}
