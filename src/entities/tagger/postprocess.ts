// Passes over the tagger's labels that look at the whole document: known multi-word
// names from the gazetteers are kept whole («روسيا اليوم» is a channel, not a country
// followed by "today"), and a name tagged somewhere in the article is tagged the same
// way where the tagger missed it or typed it differently (one sense per document).
import type { TextLayer } from '../../core/types.js';
import { spansOf, typeOf } from './labels.js';
import type { TaggerModel } from './model.js';

export interface PostprocessOptions {
  enforce: boolean;
  /** tag untagged repeats of a tagged name */
  propagate: boolean;
  /** give every occurrence of a name its majority type */
  unify: boolean;
}

export const DEFAULT_POSTPROCESS: PostprocessOptions = { enforce: true, propagate: true, unify: false };

function baseOf(layer: TextLayer, i: number): string {
  const t = layer.tokens[i];
  const s = t.splits[0];
  if (!s || !s.proclitics.length) return t.folded;
  let skip = 0;
  for (const p of s.proclitics) skip += p.length;
  return t.folded.length - skip >= 2 ? t.folded.slice(skip) : t.folded;
}

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

/** Applies the document-level passes to the labels of one layer (in place) and returns them. */
export function postprocess(layer: TextLayer, labels: Int32Array, model: TaggerModel, options = DEFAULT_POSTPROCESS): Int32Array {
  const bases = layer.tokens.map((_, i) => baseOf(layer, i));
  if (options.enforce) enforceKnown(layer, bases, labels, model);
  if (options.propagate || options.unify) documentConsistency(layer, bases, labels, options);
  return labels;
}
