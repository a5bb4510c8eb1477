// A trained name-tagger model: its header (language, feature groups, lexicons, hashing
// size), the emission weights of the features it kept (quantised to 16 bits) and the
// transition weights. One binary file, read in one go; tagging a text layer gives a
// label per token.
import { readFileSync, writeFileSync } from 'node:fs';
import type { LangCode, TextLayer, Token } from '../../core/types.js';
import { dataPath } from '../../core/data-files.js';
import { LABELS, LABEL_COUNT } from './labels.js';
import { NEIGHBOUR_ROLES, NEXT, NEXT2, PREV, PREV2, forEachInSentence, groupFlags, jointFeatures, localFeatures, neighbourFeatures, tokenView, WordCache, type FeatureContext, type GroupFlags, type WordInfo } from './features.js';
import { loadLexicons, type LexiconSpec } from './lexicons.js';
import { addRow, rowIndex, viterbi, type EmissionTable } from './perceptron.js';

const MAGIC = 'KNER1\n';
const L = LABEL_COUNT;

export interface ModelHeader {
  lang: LangCode;
  labels: string[];
  bits: number;
  groups: string[];
  lexicons: LexiconSpec;
  /** transition weights, (L + 1) × L, the first row for the sentence start */
  transition: number[];
  /** rows of emission weights stored, and the factor from int16 back to weight */
  rows: number;
  scale: number;
  /** free-form training record (data, epochs, dev scores) */
  trained?: Record<string, unknown>;
  /** subtracted from the O score of every token: trades precision for recall (chosen on dev) */
  outsideBias?: number;
  /** gazetteer categories whose multi-word names override the tagger (postprocess.ts) */
  enforce?: string[];
}

/** Writes averaged dense weights, keeping only rows with a weight that survives quantisation. */
export function saveModel(path: string, header: Omit<ModelHeader, 'rows' | 'scale' | 'labels'>, weights: Float32Array): { rows: number; bytes: number } {
  let max = 0;
  for (let k = 0; k < weights.length; k++) max = Math.max(max, Math.abs(weights[k]));
  const scale = max / 32767 || 1;
  const rowIds: number[] = [];
  for (let r = 0; r * L < weights.length; r++) {
    for (let l = 0; l < L; l++) {
      if (Math.abs(weights[r * L + l]) >= scale / 2) {
        rowIds.push(r);
        break;
      }
    }
  }
  const full: ModelHeader = { ...header, labels: LABELS, rows: rowIds.length, scale };
  let json = Buffer.from(JSON.stringify(full), 'utf8');
  const pad = (4 - ((MAGIC.length + 4 + json.length) % 4)) % 4;
  if (pad) json = Buffer.concat([json, Buffer.from(' '.repeat(pad))]);
  const ids = new Uint32Array(rowIds);
  const q = new Int16Array(rowIds.length * L);
  rowIds.forEach((r, k) => {
    for (let l = 0; l < L; l++) q[k * L + l] = Math.round(weights[r * L + l] / scale);
  });
  const length = Buffer.alloc(4);
  length.writeUInt32LE(json.length);
  const bytes = Buffer.concat([Buffer.from(MAGIC), length, json, Buffer.from(ids.buffer), Buffer.from(q.buffer)]);
  writeFileSync(path, bytes);
  return { rows: rowIds.length, bytes: bytes.length };
}

// distinct words whose look-ups and local scores a model keeps (a few tens of MB at most)
const WORD_CACHE_LIMIT = 40_000;

export class TaggerModel {
  private readonly words = new WordCache(WORD_CACHE_LIMIT);
  private readonly use: GroupFlags;
  private readonly shift: number;
  /** what each neighbour role adds when there is no neighbour there (the sentence's edge) */
  private readonly edge: Float64Array;

  private constructor(
    readonly header: ModelHeader,
    private readonly table: EmissionTable,
    private readonly transition: Float64Array,
    private readonly context: FeatureContext,
  ) {
    this.use = groupFlags(context);
    this.shift = 32 - context.bits;
    this.edge = new Float64Array(NEIGHBOUR_ROLES * L);
    for (let role = 0; role < NEIGHBOUR_ROLES; role++) {
      neighbourFeatures(role, undefined, this.use, (h) => addRow(this.table, h >>> this.shift, this.edge, role * L));
    }
  }

  /** A word's own scores and the scores it gives as each neighbour, summed once per distinct word. */
  private wordScores(w: WordInfo, tok: Token): Float64Array {
    if (w.scores) return w.scores;
    const out = new Float64Array((1 + NEIGHBOUR_ROLES) * L);
    const { table, shift, use } = this;
    localFeatures(w, tok, this.context, use, (h) => addRow(table, h >>> shift, out, 0));
    for (let role = 0; role < NEIGHBOUR_ROLES; role++) neighbourFeatures(role, w, use, (h) => addRow(table, h >>> shift, out, (1 + role) * L));
    return (w.scores = out);
  }

  /** Reads a model file (path relative to the package root) and its lexicons. */
  static load(relative: string, fold: (s: string) => string, helpers: Pick<FeatureContext, 'frequency' | 'definiteFrequency'> = {}): TaggerModel {
    const buf = readFileSync(dataPath(relative));
    if (buf.toString('utf8', 0, MAGIC.length) !== MAGIC) throw new Error(`khabar: ${relative} is not a name-tagger model`);
    const jsonLength = buf.readUInt32LE(MAGIC.length);
    const start = MAGIC.length + 4;
    const header = JSON.parse(buf.toString('utf8', start, start + jsonLength)) as ModelHeader;
    if (header.labels.join() !== LABELS.join()) throw new Error(`khabar: ${relative} was trained with other labels`);
    // copy out of the file buffer so the typed arrays are aligned
    let pos = start + jsonLength;
    const ids = new Uint32Array(buf.buffer.slice(buf.byteOffset + pos, buf.byteOffset + pos + header.rows * 4));
    pos += header.rows * 4;
    const q = new Int16Array(buf.buffer.slice(buf.byteOffset + pos, buf.byteOffset + pos + header.rows * L * 2));
    const weights = new Float32Array(header.rows * L);
    for (let k = 0; k < weights.length; k++) weights[k] = q[k] * header.scale;
    const index = rowIndex(ids);
    const context: FeatureContext = { groups: new Set(header.groups), lexicons: loadLexicons(header.lexicons, fold), ...helpers, bits: header.bits };
    return new TaggerModel(header, { index, weights }, Float64Array.from(header.transition), context);
  }

  /** Builds a model from weights in memory (training, evaluation between epochs). */
  static fromWeights(header: ModelHeader, weights: Float32Array, transition: Float64Array, context: FeatureContext): TaggerModel {
    return new TaggerModel(header, { weights }, transition, context);
  }

  get features(): FeatureContext {
    return this.context;
  }

  /** One label id per token of the layer (see labels.ts), decoded sentence by sentence. */
  tag(layer: TextLayer): Int32Array {
    const labels = new Int32Array(layer.tokens.length);
    if (!labels.length) return labels;
    const scores = this.scores(layer);
    for (const s of layer.sentences) viterbi(scores.subarray(s.first * L, s.last * L), s.last - s.first, this.transition, labels, s.first);
    return labels;
  }

  /** Emission scores of every token and label: scores[token * L + label]. */
  scores(layer: TextLayer): Float64Array {
    const n = layer.tokens.length;
    const v = tokenView(layer, 0, n, this.context.lexicons, this.words);
    const scores = new Float64Array(n * L);
    const { table, shift, use, edge } = this;
    const own: Float64Array[] = new Array(n);
    for (let i = 0; i < n; i++) own[i] = this.wordScores(v.words[i], layer.tokens[i]);
    let o = 0;
    const addJoint = (h: number) => addRow(table, h >>> shift, scores, o);
    // Weights are int16 multiples of one scale, so these float64 sums are exact whatever
    // the order: a word's own features and the ones it gives its neighbours are summed once
    // per distinct word, and only the features that join two words are looked up per token.
    forEachInSentence(layer, 0, n, (i, sFirst, sLast) => {
      o = i * L;
      const self = own[i];
      const p = i - 1 >= sFirst ? own[i - 1] : edge;
      const nx = i + 1 < sLast ? own[i + 1] : edge;
      const p2 = i - 2 >= sFirst ? own[i - 2] : edge;
      const n2 = i + 2 < sLast ? own[i + 2] : edge;
      // own scores sit at 0, roles at (1 + role) * L; the edge holds roles at role * L
      const pa = (p === edge ? 0 : L) + PREV * L;
      const na = (nx === edge ? 0 : L) + NEXT * L;
      const p2a = (p2 === edge ? 0 : L) + PREV2 * L;
      const n2a = (n2 === edge ? 0 : L) + NEXT2 * L;
      for (let l = 0; l < L; l++) scores[o + l] = self[l] + p[pa + l] + nx[na + l] + p2[p2a + l] + n2[n2a + l];
      jointFeatures(v, i, sFirst, sLast, use, addJoint);
    });
    const bias = this.header.outsideBias ?? 0;
    if (bias) for (let i = 0; i < n; i++) scores[i * L] -= bias;
    return scores;
  }
}
