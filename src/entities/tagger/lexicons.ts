// The word lists the name tagger's features consult, named by a language's model
// header: gazetteers (multi-word names by category), trigger words (titles, heads of
// organisation and place names), word clusters learnt from unlabeled text. Loaded once
// per model and compiled to Maps; entries are folded with the language's fold.
import { readDataText } from '../../core/data-files.js';

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
  clusters: Map<string, string>;
  /** folded word → [PERS, LOC, ORG, MISC, total] counts */
  wikiTypes: Map<string, Int32Array>;
}

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
  const clusters = new Map<string, string>();
  if (spec.clusters) {
    const text = readDataText(spec.clusters);
    let pos = 0;
    while (pos < text.length) {
      let nl = text.indexOf('\n', pos);
      if (nl < 0) nl = text.length;
      if (text.charCodeAt(pos) !== 35 /* # */) {
        const tab = text.indexOf('\t', pos);
        if (tab > pos && tab < nl) clusters.set(text.slice(pos, tab), text.slice(tab + 1, nl));
      }
      pos = nl + 1;
    }
  }
  const wikiTypes = new Map<string, Int32Array>();
  if (spec.wikiTypes) {
    // 40,000 rows: parsed by hand into one shared buffer, not split into arrays per line
    const text = readDataText(spec.wikiTypes);
    const store = new Int32Array(5 * (text.length >> 4) + 5);
    let used = 0;
    let pos = 0;
    while (pos < text.length) {
      let nl = text.indexOf('\n', pos);
      if (nl < 0) nl = text.length;
      const tab = text.indexOf('\t', pos);
      if (text.charCodeAt(pos) !== 35 /* # */ && tab > pos && tab < nl && used + 5 <= store.length) {
        const row = store.subarray(used, used + 5);
        let k = 0;
        let value = 0;
        for (let i = tab + 1; i <= nl && k < 5; i++) {
          const c = i < nl ? text.charCodeAt(i) : 9;
          if (c === 9) {
            row[k++] = value;
            value = 0;
          } else value = value * 10 + (c - 48);
        }
        if (k === 5) {
          wikiTypes.set(text.slice(pos, tab), row);
          used += 5;
        }
      }
      pos = nl + 1;
    }
  }
  return { categories, phrases, prefixes, maxWords, triggerClasses, triggers, clusters, wikiTypes };
}
