// Token features for the name tagger, turned into hashed integer ids once per token.
// Language-neutral: everything comes from the text layer (folded form, clitic readings,
// token kind, original spelling for capitals) and the language's lexicons (gazetteers,
// trigger words, word clusters, word frequencies). Which feature groups a model uses is
// part of its header, so an English model can choose its own set.
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

/** Per-token look-ups shared by the window features, computed once per token. */
interface TokenView {
  word: string[];
  stem: string[];
  /** folded word without its proclitics and enclitic (article kept): «والصين» → «الصين» */
  base: string[];
  cluster: Array<string | undefined>;
  wiki: Array<Int32Array | undefined>;
  trigger: Int32Array;
  /** gazetteer categories of the tokens: bit c = inside a match of category c, bit 16 + c = starts one */
  gaz: Int32Array;
  kind: Int32Array;
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

function view(layer: TextLayer, from: number, to: number, lex: Lexicons): TokenView {
  const n = to - from;
  const v: TokenView = {
    word: new Array(n),
    stem: new Array(n),
    base: new Array(n),
    cluster: new Array(n),
    wiki: new Array(n),
    trigger: new Int32Array(n),
    gaz: new Int32Array(n),
    kind: new Int32Array(n),
  };
  for (let i = 0; i < n; i++) {
    const t = layer.tokens[from + i];
    const stem = t.splits.length ? t.splits[0].stem : t.folded;
    const base = baseOf(t);
    v.word[i] = t.folded;
    v.stem[i] = stem;
    v.base[i] = base;
    v.kind[i] = KIND[t.kind];
    v.cluster[i] = lex.clusters.get(t.folded) ?? lex.clusters.get(base) ?? lex.clusters.get(stem);
    if (lex.wikiTypes.size) v.wiki[i] = lex.wikiTypes.get(t.folded) ?? lex.wikiTypes.get(base);
    v.trigger[i] = lex.triggers.get(stem) ?? lex.triggers.get(base) ?? lex.triggers.get(t.folded) ?? 0;
  }
  matchGazetteers(v, lex);
  return v;
}

/** Longest gazetteer phrases from each token on; the first word may carry clitics. */
function matchGazetteers(v: TokenView, lex: Lexicons): void {
  const n = v.word.length;
  for (let i = 0; i < n; i++) {
    if (v.kind[i] !== 1 && v.kind[i] !== 5) continue;
    for (const head of v.base[i] === v.word[i] ? [v.word[i]] : [v.word[i], v.base[i]]) {
      let phrase = head;
      for (let k = i; k < n && k - i < lex.maxWords; ) {
        const cats = lex.phrases.get(phrase);
        if (cats) {
          v.gaz[i] |= cats << 16;
          for (let j = i; j <= k; j++) v.gaz[j] |= cats;
        }
        if (!lex.prefixes.has(phrase) || ++k >= n) break;
        phrase += ' ' + v.word[k];
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

export function extractFeatures(layer: TextLayer, ctx: FeatureContext, from = 0, to = layer.tokens.length): TokenFeatures {
  const g = ctx.groups;
  const shift = 32 - ctx.bits;
  const n = to - from;
  const v = view(layer, from, to, ctx.lexicons);
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
  const useWord = g.has('word'), useContext = g.has('context'), usePair = g.has('pair'), useAffix = g.has('affix');
  const useClitic = g.has('clitic'), useShape = g.has('shape'), useFreq = g.has('freq') && ctx.frequency;
  const useWiki = g.has('wikitype');
  const useCluster = g.has('cluster'), useGaz = g.has('gazetteer'), useTrigger = g.has('trigger'), useNgram = g.has('ngram');
  let sentence = -1;
  let sFirst = 0;
  let sLast = 0;
  for (let i = 0; i < n; i++) {
    const tok = layer.tokens[from + i];
    if (tok.sentence !== sentence) {
      sentence = tok.sentence;
      const s = layer.sentences[sentence];
      sFirst = Math.max(s ? s.first : 0, from) - from;
      sLast = Math.min(s ? s.last : to, to) - from;
    }
    offsets[i] = count;
    const word = v.word[i];
    const stem = v.stem[i];
    const hasPrev = i - 1 >= sFirst, hasNext = i + 1 < sLast;
    const prev = hasPrev ? v.word[i - 1] : BOUNDARY;
    const next = hasNext ? v.word[i + 1] : BOUNDARY;
    add(hashValue(T.bias, 0));
    if (useWord) {
      add(hashFeature(T.word, word));
      add(hashFeature(T.stem, stem));
    }
    if (useContext) {
      add(hashFeature(T.prev, prev));
      add(hashFeature(T.next, next));
      add(hashFeature(T.prev2, i - 2 >= sFirst ? v.word[i - 2] : BOUNDARY));
      add(hashFeature(T.next2, i + 2 < sLast ? v.word[i + 2] : BOUNDARY));
      add(hashFeature(T.prevStem, hasPrev ? v.stem[i - 1] : BOUNDARY));
      add(hashFeature(T.nextStem, hasNext ? v.stem[i + 1] : BOUNDARY));
    }
    if (usePair) {
      add(hashPair(T.pairPrev, prev, stem));
      add(hashPair(T.pairNext, stem, next));
    }
    if (useAffix && stem.length > 2) {
      for (let k = 1; k <= 4 && k < stem.length; k++) add(hashFeature(T.suffix + k - 1, stem, stem.length - k));
      for (let k = 1; k <= 3 && k < stem.length; k++) add(hashFeature(T.prefix + k - 1, stem, 0, k));
    }
    if (useAffix) {
      const ps = hasPrev ? v.stem[i - 1] : BOUNDARY;
      const ns = hasNext ? v.stem[i + 1] : BOUNDARY;
      add(hashFeature(T.prevSuffix, ps, Math.max(0, ps.length - 2)));
      add(hashFeature(T.nextSuffix, ns, Math.max(0, ns.length - 2)));
    }
    if (useClitic && tok.splits.length) {
      const s = tok.splits[0];
      add(hashFeature(T.clitic, s.proclitics.join('') + (s.article ? '|A|' : '||') + s.enclitic));
    }
    if (useShape) {
      add(hashValue(T.kindLength, v.kind[i] * 16 + lengthBucket(stem.length)));
      // capitals: for Latin-script words in any language (Arabic has none)
      const c0 = tok.text.charCodeAt(0);
      if (v.kind[i] === 5 || (c0 >= 65 && c0 <= 90) || (c0 >= 97 && c0 <= 122)) add(hashValue(T.caps, capsPattern(tok.text)));
      add(hashValue(T.first, i === sFirst ? 1 : 0));
      add(hashValue(T.neighbourKinds, (hasPrev ? v.kind[i - 1] : 0) * 8 + (hasNext ? v.kind[i + 1] : 0)));
    }
    if (useFreq && ctx.frequency) {
      add(hashValue(T.freqWord, frequencyBucket(ctx.frequency(word))));
      add(hashValue(T.freqStem, frequencyBucket(ctx.frequency(v.base[i]))));
      if (ctx.definiteFrequency && v.kind[i] === 1) {
        const definite = ctx.definiteFrequency(stem);
        const bare = ctx.frequency(stem);
        const ratio = Math.max(-6, Math.min(6, Math.round(Math.log2((definite + 1) / (bare + 1)))));
        add(hashValue(T.definite, (ratio + 8) * 32 + frequencyBucket(definite + bare)));
      }
    }
    if (useCluster) {
      const c = v.cluster[i];
      if (c) {
        const d1 = c.indexOf('.');
        const d2 = d1 < 0 ? -1 : c.indexOf('.', d1 + 1);
        add(hashFeature(T.cluster, c, 0, d1 < 0 ? c.length : d1));
        if (d1 >= 0) add(hashFeature(T.cluster + 1, c, 0, d2 < 0 ? c.length : d2));
        add(hashFeature(T.cluster + 2, c));
      } else add(hashValue(T.cluster, 0xffff));
      const pc = hasPrev ? v.cluster[i - 1] : undefined;
      const nc = hasNext ? v.cluster[i + 1] : undefined;
      add(pc ? hashFeature(T.prevCluster, pc, 0, nthDot(pc, 2)) : hashValue(T.prevCluster, hasPrev ? 1 : 0));
      add(nc ? hashFeature(T.nextCluster, nc, 0, nthDot(nc, 2)) : hashValue(T.nextCluster, hasNext ? 1 : 0));
    }
    if (useGaz) {
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
    if (useTrigger) {
      if (hasPrev) add(hashValue(T.triggerPrev, v.trigger[i - 1]));
      if (i - 2 >= sFirst) add(hashValue(T.triggerPrev2, v.trigger[i - 2]));
      if (hasNext) add(hashValue(T.triggerNext, v.trigger[i + 1]));
      if (v.trigger[i]) add(hashValue(T.trigger, v.trigger[i]));
    }
    if (useWiki) {
      const w = v.wiki[i];
      if (w) {
        add(hashValue(T.wikiTotal, frequencyBucket(w[4])));
        for (let t = 0; t < 4; t++) if (w[t]) add(hashValue(T.wiki, t * 16 + Math.min(10, Math.floor((w[t] * 10) / w[4]))));
      }
      if (hasPrev) add(hashValue(T.prevWiki, dominantType(v.wiki[i - 1])));
      if (hasNext) add(hashValue(T.nextWiki, dominantType(v.wiki[i + 1])));
    }
    if (useNgram && stem.length > 3 && v.kind[i] !== 3) {
      for (let k = -1; k + 2 <= stem.length; k++) add(hashPadded(T.ngram, stem, k, k + 3));
    }
  }
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
