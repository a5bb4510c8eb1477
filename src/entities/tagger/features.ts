// Token features for the name tagger, turned into hashed integer ids once per token.
// Language-neutral: everything comes from the text layer (folded form, clitic readings,
// token kind, original spelling for capitals) and the language's lexicons (gazetteers,
// trigger words, word clusters, word frequencies). Which feature groups a model uses is
// part of its header, so an English model can choose its own set. Features come in three
// kinds: a word's own (local), what a neighbour's word gives (neighbour), and those joining
// two words or reading gazetteer matches (joint); the model sums the first two once per
// distinct word (model.ts), training extracts all of them per token (extractFeatures).
import type { TextLayer, Token } from '../../core/types.js';
import { hashFeature, hashPadded, hashPair, hashValue } from './hash.js';
import type { Lexicons } from './lexicons.js';

export const FEATURE_GROUPS = ['word', 'context', 'pair', 'affix', 'clitic', 'shape', 'freq', 'cluster', 'gazetteer', 'trigger', 'ngram', 'wikitype'] as const;
export type FeatureGroup = (typeof FEATURE_GROUPS)[number];

export interface FeatureContext {
  groups: ReadonlySet<string>;
  lexicons: Lexicons;
  /** how often a folded word occurs in the language's reference text (0 when unknown) */
  frequency?: (folded: string) => number;
  /** how often the definite form of a stem occurs (Arabic: ال + stem); names mostly never take it */
  definiteFrequency?: (stem: string) => number;
  /** log2 of the number of weight buckets */
  bits: number;
}

/** Features of tokens [from, to): ids[offsets[i - from] .. offsets[i - from + 1]) belong to token i. */
export interface TokenFeatures {
  from: number;
  offsets: Int32Array;
  ids: Int32Array;
}

// template numbers: stable, since they are part of the hashed ids a model was trained with
const T = {
  bias: 1, word: 2, stem: 3, prev: 4, next: 5, prev2: 6, next2: 7, prevStem: 8, nextStem: 9,
  pairPrev: 10, pairNext: 11, suffix: 12, prefix: 16, clitic: 20, kindLength: 21, caps: 22,
  first: 23, neighbourKinds: 24, freqWord: 25, freqStem: 26, cluster: 27, prevCluster: 30,
  nextCluster: 31, gaz: 32, definite: 41, prevSuffix: 42, nextSuffix: 43, wiki: 44, wikiTotal: 45, prevWiki: 46, nextWiki: 47, prevGaz: 33, nextGaz: 34, triggerPrev: 35, triggerPrev2: 36,
  triggerNext: 37, trigger: 38, ngram: 39, gazStart: 40,
} as const;

const BOUNDARY = '\u0002';

/** What the features read of one distinct word (its original text and kind): the same for
 * every token of that word, so the model computes it once and keeps it (see WordCache). */
export interface WordInfo {
  word: string;
  stem: string;
  /** folded word without its proclitics and enclitic (article kept): «والصين» → «الصين» */
  base: string;
  kind: number;
  cluster: string | undefined;
  wiki: Int32Array | undefined;
  trigger: number;
  /**
   * the model's summed emission weights (filled by the model): L for the features that read
   * this word alone, then L for each neighbour role (PREV, NEXT, PREV2, NEXT2) it plays for another token
   */
  scores?: Float64Array;
}

/** Distinct words seen so far, by token kind and original text; cleared when it grows too big. */
export class WordCache {
  private readonly byKind: Array<Map<string, WordInfo>> = [];
  private size = 0;
  constructor(private readonly limit: number) {
    for (let k = 0; k <= 5; k++) this.byKind.push(new Map());
  }
  get(kind: number, text: string): WordInfo | undefined {
    return this.byKind[kind].get(text);
  }
  set(kind: number, text: string, info: WordInfo): void {
    if (++this.size > this.limit) {
      for (const m of this.byKind) m.clear();
      this.size = 1;
    }
    // a long token's text is a slice that keeps its whole document alive: keep a copy instead
    this.byKind[kind].set(text.length >= 13 ? (' ' + text).slice(1) : text, info);
  }
}

/** Per-token look-ups shared by the window features. */
export interface TokenView {
  words: WordInfo[];
  /** gazetteer categories of the tokens: bit c = inside a match of category c, bit 16 + c = starts one */
  gaz: Int32Array;
}

const KIND: Record<Token['kind'], number> = { word: 1, number: 2, punct: 3, quote: 4, latin: 5 };

function baseOf(t: Token): string {
  const s = t.splits[0];
  if (!s) return t.folded;
  let skip = 0;
  for (const p of s.proclitics) skip += p.length;
  const end = t.folded.length - s.enclitic.length;
  return end - skip >= 2 ? t.folded.slice(skip, end) : t.folded;
}

function wordInfo(t: Token, lex: Lexicons): WordInfo {
  const stem = t.splits.length ? t.splits[0].stem : t.folded;
  const base = baseOf(t);
  return {
    word: t.folded,
    stem,
    base,
    kind: KIND[t.kind],
    cluster: lex.clusters.get(t.folded) ?? lex.clusters.get(base) ?? lex.clusters.get(stem),
    wiki: lex.wikiTypes.size ? (lex.wikiTypes.get(t.folded) ?? lex.wikiTypes.get(base)) : undefined,
    trigger: lex.triggers.get(stem) ?? lex.triggers.get(base) ?? lex.triggers.get(t.folded) ?? 0,
    // present from the start so filling it in later keeps the object's shape (no deoptimisation)
    scores: undefined,
  };
}

/** The view of tokens [from, to); with a cache, each distinct word is looked up once. */
export function tokenView(layer: TextLayer, from: number, to: number, lex: Lexicons, cache?: WordCache): TokenView {
  const n = to - from;
  const words: WordInfo[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const t = layer.tokens[from + i];
    if (!cache) {
      words[i] = wordInfo(t, lex);
      continue;
    }
    const kind = KIND[t.kind];
    let info = cache.get(kind, t.text);
    if (!info) {
      info = wordInfo(t, lex);
      cache.set(kind, t.text, info);
    }
    words[i] = info;
  }
  const v: TokenView = { words, gaz: new Int32Array(n) };
  matchGazetteers(v, lex);
  return v;
}

/** Longest gazetteer phrases from each token on; the first word may carry clitics. */
function matchGazetteers(v: TokenView, lex: Lexicons): void {
  const w = v.words;
  const n = w.length;
  for (let i = 0; i < n; i++) {
    const kind = w[i].kind;
    if (kind !== 1 && kind !== 5) continue;
    const { word, base } = w[i];
    for (let h = 0; h < (base === word ? 1 : 2); h++) {
      let phrase = h ? base : word;
      for (let k = i; k < n && k - i < lex.maxWords; ) {
        const cats = lex.phrases.get(phrase);
        if (cats) {
          v.gaz[i] |= cats << 16;
          for (let j = i; j <= k; j++) v.gaz[j] |= cats;
        }
        if (!lex.prefixes.has(phrase) || ++k >= n) break;
        phrase += ' ' + w[k].word;
      }
    }
  }
}

function lengthBucket(n: number): number {
  return n > 8 ? 9 : n;
}

function capsPattern(text: string): number {
  const c0 = text.charCodeAt(0);
  const upper0 = c0 >= 65 && c0 <= 90;
  let uppers = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) uppers++;
  }
  if (!uppers) return 1;
  if (uppers === text.length) return 2;
  return upper0 ? (uppers === 1 ? 3 : 4) : 5;
}

function frequencyBucket(f: number): number {
  return f <= 0 ? 0 : 1 + Math.min(20, Math.floor(Math.log2(f)));
}

/** The feature groups a model uses, settled once per call rather than asked per token. */
export interface GroupFlags {
  word: boolean; context: boolean; pair: boolean; affix: boolean; clitic: boolean; shape: boolean;
  freq: boolean; cluster: boolean; gazetteer: boolean; trigger: boolean; ngram: boolean; wikitype: boolean;
}

export function groupFlags(ctx: FeatureContext): GroupFlags {
  const g = ctx.groups;
  return {
    word: g.has('word'), context: g.has('context'), pair: g.has('pair'), affix: g.has('affix'), clitic: g.has('clitic'),
    shape: g.has('shape'), freq: g.has('freq') && !!ctx.frequency, cluster: g.has('cluster'), gazetteer: g.has('gazetteer'),
    trigger: g.has('trigger'), ngram: g.has('ngram'), wikitype: g.has('wikitype'),
  };
}

/**
 * The features that read one word alone (not its neighbours or its place in the sentence),
 * as unshifted hashes. A token's score is the sum of its feature weights, so the model sums
 * these once per distinct word (WordInfo.scores) and only the context features per token.
 */
export function localFeatures(w: WordInfo, tok: Token, ctx: FeatureContext, use: GroupFlags, add: (h: number) => void): void {
  const { word, stem } = w;
  add(hashValue(T.bias, 0));
  if (use.word) {
    add(hashFeature(T.word, word));
    add(hashFeature(T.stem, stem));
  }
  if (use.affix && stem.length > 2) {
    for (let k = 1; k <= 4 && k < stem.length; k++) add(hashFeature(T.suffix + k - 1, stem, stem.length - k));
    for (let k = 1; k <= 3 && k < stem.length; k++) add(hashFeature(T.prefix + k - 1, stem, 0, k));
  }
  if (use.clitic && tok.splits.length) {
    const s = tok.splits[0];
    add(hashFeature(T.clitic, s.proclitics.join('') + (s.article ? '|A|' : '||') + s.enclitic));
  }
  if (use.shape) {
    add(hashValue(T.kindLength, w.kind * 16 + lengthBucket(stem.length)));
    // capitals: for Latin-script words in any language (Arabic has none)
    const c0 = tok.text.charCodeAt(0);
    if (w.kind === 5 || (c0 >= 65 && c0 <= 90) || (c0 >= 97 && c0 <= 122)) add(hashValue(T.caps, capsPattern(tok.text)));
  }
  if (use.freq && ctx.frequency) {
    add(hashValue(T.freqWord, frequencyBucket(ctx.frequency(word))));
    add(hashValue(T.freqStem, frequencyBucket(ctx.frequency(w.base))));
    if (ctx.definiteFrequency && w.kind === 1) {
      const definite = ctx.definiteFrequency(stem);
      const bare = ctx.frequency(stem);
      const ratio = Math.max(-6, Math.min(6, Math.round(Math.log2((definite + 1) / (bare + 1)))));
      add(hashValue(T.definite, (ratio + 8) * 32 + frequencyBucket(definite + bare)));
    }
  }
  if (use.cluster) {
    const c = w.cluster;
    if (c) {
      const d1 = c.indexOf('.');
      const d2 = d1 < 0 ? -1 : c.indexOf('.', d1 + 1);
      add(hashFeature(T.cluster, c, 0, d1 < 0 ? c.length : d1));
      if (d1 >= 0) add(hashFeature(T.cluster + 1, c, 0, d2 < 0 ? c.length : d2));
      add(hashFeature(T.cluster + 2, c));
    } else add(hashValue(T.cluster, 0xffff));
  }
  if (use.trigger && w.trigger) add(hashValue(T.trigger, w.trigger));
  if (use.wikitype) {
    const wk = w.wiki;
    if (wk) {
      add(hashValue(T.wikiTotal, frequencyBucket(wk[4])));
      for (let t = 0; t < 4; t++) if (wk[t]) add(hashValue(T.wiki, t * 16 + Math.min(10, Math.floor((wk[t] * 10) / wk[4]))));
    }
  }
  if (use.ngram && stem.length > 3 && w.kind !== 3) {
    for (let k = -1; k + 2 <= stem.length; k++) add(hashPadded(T.ngram, stem, k, k + 3));
  }
}

/** The neighbours whose features read only that neighbour's word (or that there is none: the sentence boundary). */
export const PREV = 0, NEXT = 1, PREV2 = 2, NEXT2 = 3;
export const NEIGHBOUR_ROLES = 4;

/** The features a neighbour in the given place (PREV, NEXT, PREV2, NEXT2) gives a token; w is undefined past the sentence's edge. */
export function neighbourFeatures(role: number, w: WordInfo | undefined, use: GroupFlags, add: (h: number) => void): void {
  if (role === PREV || role === NEXT) {
    const prev = role === PREV;
    if (use.context) {
      add(hashFeature(prev ? T.prev : T.next, w ? w.word : BOUNDARY));
      add(hashFeature(prev ? T.prevStem : T.nextStem, w ? w.stem : BOUNDARY));
    }
    if (use.affix) {
      const s = w ? w.stem : BOUNDARY;
      add(hashFeature(prev ? T.prevSuffix : T.nextSuffix, s, Math.max(0, s.length - 2)));
    }
    if (use.cluster) {
      const c = w ? w.cluster : undefined;
      const t = prev ? T.prevCluster : T.nextCluster;
      add(c ? hashFeature(t, c, 0, nthDot(c, 2)) : hashValue(t, w ? 1 : 0));
    }
    if (use.trigger && w) add(hashValue(prev ? T.triggerPrev : T.triggerNext, w.trigger));
    if (use.wikitype && w) add(hashValue(prev ? T.prevWiki : T.nextWiki, dominantType(w.wiki)));
  } else if (role === PREV2) {
    if (use.context) add(hashFeature(T.prev2, w ? w.word : BOUNDARY));
    if (use.trigger && w) add(hashValue(T.triggerPrev2, w.trigger));
  } else if (use.context) add(hashFeature(T.next2, w ? w.word : BOUNDARY));
}

/** The features of token i that read it together with a neighbour, the gazetteer matches or its place in sentence [sFirst, sLast). */
export function jointFeatures(v: TokenView, i: number, sFirst: number, sLast: number, use: GroupFlags, add: (h: number) => void): void {
  const w = v.words;
  const stem = w[i].stem;
  const hasPrev = i - 1 >= sFirst, hasNext = i + 1 < sLast;
  if (use.pair) {
    add(hashPair(T.pairPrev, hasPrev ? w[i - 1].word : BOUNDARY, stem));
    add(hashPair(T.pairNext, stem, hasNext ? w[i + 1].word : BOUNDARY));
  }
  if (use.shape) {
    add(hashValue(T.first, i === sFirst ? 1 : 0));
    add(hashValue(T.neighbourKinds, (hasPrev ? w[i - 1].kind : 0) * 8 + (hasNext ? w[i + 1].kind : 0)));
  }
  if (use.gazetteer) {
    const gz = v.gaz[i];
    if (gz) {
      const cats = gz & 0xffff;
      for (let c = 0; c < 16; c++) {
        if (cats & (1 << c)) add(hashValue(T.gaz, c * 2 + ((gz >>> 16) & (1 << c) ? 0 : 1)));
      }
      add(hashValue(T.gazStart, gz));
    }
    if (hasPrev && v.gaz[i - 1] & 0xffff) add(hashValue(T.prevGaz, v.gaz[i - 1] & 0xffff));
    if (hasNext && v.gaz[i + 1] & 0xffff) add(hashValue(T.nextGaz, v.gaz[i + 1] & 0xffff));
  }
}

/** All the features of token i that read more than its own word. */
export function contextFeatures(v: TokenView, i: number, sFirst: number, sLast: number, use: GroupFlags, add: (h: number) => void): void {
  const w = v.words;
  neighbourFeatures(PREV, i - 1 >= sFirst ? w[i - 1] : undefined, use, add);
  neighbourFeatures(NEXT, i + 1 < sLast ? w[i + 1] : undefined, use, add);
  neighbourFeatures(PREV2, i - 2 >= sFirst ? w[i - 2] : undefined, use, add);
  neighbourFeatures(NEXT2, i + 2 < sLast ? w[i + 2] : undefined, use, add);
  jointFeatures(v, i, sFirst, sLast, use, add);
}

/** Calls visit(i, sFirst, sLast) for each token i of [0, n) of a view starting at token from, with its sentence's bounds in view indices. */
export function forEachInSentence(layer: TextLayer, from: number, to: number, visit: (i: number, sFirst: number, sLast: number) => void): void {
  let sentence = -1;
  let sFirst = 0;
  let sLast = 0;
  for (let i = 0; i < to - from; i++) {
    const tok = layer.tokens[from + i];
    if (tok.sentence !== sentence) {
      sentence = tok.sentence;
      const s = layer.sentences[sentence];
      sFirst = Math.max(s ? s.first : 0, from) - from;
      sLast = Math.min(s ? s.last : to, to) - from;
    }
    visit(i, sFirst, sLast);
  }
}

/** All feature ids of tokens [from, to) (training and tests; the model's tagger sums local features per word instead). */
export function extractFeatures(layer: TextLayer, ctx: FeatureContext, from = 0, to = layer.tokens.length): TokenFeatures {
  const shift = 32 - ctx.bits;
  const n = to - from;
  const v = tokenView(layer, from, to, ctx.lexicons);
  const use = groupFlags(ctx);
  const offsets = new Int32Array(n + 1);
  let ids = new Int32Array(Math.max(64, n * 48));
  let count = 0;
  const add = (h: number) => {
    if (count === ids.length) {
      const bigger = new Int32Array(ids.length * 2);
      bigger.set(ids);
      ids = bigger;
    }
    ids[count++] = h >>> shift;
  };
  forEachInSentence(layer, from, to, (i, sFirst, sLast) => {
    offsets[i] = count;
    const tok = layer.tokens[from + i];
    localFeatures(v.words[i], tok, ctx, use, add);
    contextFeatures(v, i, sFirst, sLast, use, add);
  });
  offsets[n] = count;
  return { from, offsets, ids: ids.subarray(0, count) };
}

/** The name type a word is most often tagged with in unlabeled text (0..3), 4 when mostly not a name, 5 unknown. */
function dominantType(w: Int32Array | undefined): number {
  if (!w) return 5;
  let best = 4;
  let most = w[4] * 0.3;
  for (let t = 0; t < 4; t++) {
    if (w[t] > most) {
      most = w[t];
      best = t;
    }
  }
  return best;
}

function nthDot(path: string, n: number): number {
  let pos = -1;
  for (let k = 0; k < n; k++) {
    pos = path.indexOf('.', pos + 1);
    if (pos < 0) return path.length;
  }
  return pos;
}
