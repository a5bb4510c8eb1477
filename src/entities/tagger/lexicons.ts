// The word lists the name tagger's features consult, named by a language's model
// header: gazetteers (multi-word names by category), trigger words (titles, heads of
// organisation and place names), word clusters learnt from unlabeled text. Loaded once
// per model and compiled to Maps; entries are folded with the language's fold.
import { readDataText } from '../../core/data-files.js';
import { TextKeyTable, forEachLine } from '../../core/text-table.js';

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
    const text = readDataText(spec.clusters);
    const keys = new TextKeyTable(text, text.length >> 4);
    let valueStart = new Int32Array(text.length >> 4);
    let valueEnd = new Int32Array(text.length >> 4);
    forEachLine(text, (pos, nl) => {
      if (text.charCodeAt(pos) === 35 /* # */) return;
      const tab = text.indexOf('\t', pos);
      if (!(tab > pos && tab < nl)) return;
      const row = keys.add(pos, tab);
      if (row >= valueStart.length) [valueStart, valueEnd] = [grown(valueStart), grown(valueEnd)];
      valueStart[row] = tab + 1;
      valueEnd[row] = nl;
    });
    clusters = {
      size: keys.size,
      get(key) {
        const row = keys.get(key);
        return row < 0 ? undefined : text.slice(valueStart[row], valueEnd[row]);
      },
    };
  }
  let wikiTypes: Lookup<Int32Array> = EMPTY;
  if (spec.wikiTypes) {
    // 40,000 rows: parsed by hand into one shared buffer, keyed by a table over the text
    const text = readDataText(spec.wikiTypes);
    const keys = new TextKeyTable(text, text.length >> 4);
    const store = new Int32Array(5 * (text.length >> 4) + 5);
    let rowAt = new Int32Array(text.length >> 4);
    let used = 0;
    forEachLine(text, (pos, nl) => {
      const tab = text.indexOf('\t', pos);
      if (text.charCodeAt(pos) === 35 /* # */ || !(tab > pos && tab < nl) || used + 5 > store.length) return;
      let k = 0;
      let value = 0;
      for (let i = tab + 1; i <= nl && k < 5; i++) {
        const c = i < nl ? text.charCodeAt(i) : 9;
        if (c === 9) {
          store[used + k++] = value;
          value = 0;
        } else value = value * 10 + (c - 48);
      }
      if (k === 5) {
        const row = keys.add(pos, tab);
        if (row >= rowAt.length) rowAt = grown(rowAt);
        rowAt[row] = used;
        used += 5;
      }
    });
    wikiTypes = {
      size: keys.size,
      get(key) {
        const row = keys.get(key);
        return row < 0 ? undefined : store.subarray(rowAt[row], rowAt[row] + 5);
      },
    };
  }
  return { categories, phrases, prefixes, maxWords, triggerClasses, triggers, clusters, wikiTypes };
}

function grown(a: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}
