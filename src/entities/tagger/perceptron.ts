// A first-order structured perceptron over BIO labels: emission weights per hashed
// feature id and label, transition weights per label pair, Viterbi decoding with the BIO
// constraint (no I after O or after another type), and averaged training (Collins 2002).
import { LABEL_COUNT, allowedTransition } from './labels.js';
import type { TokenFeatures } from './features.js';

const L = LABEL_COUNT;
const FORBIDDEN = -1e9;

/** Emission weights as the decoder reads them: a feature id's row of L weights. */
export interface EmissionTable {
  /** an open-addressing index from feature id to row, small enough to stay in cache; absent for a dense table */
  index?: RowIndex;
  weights: Float32Array;
}

export interface RowIndex {
  /** feature id + 1 per slot (0 = empty) */
  keys: Int32Array;
  rows: Int32Array;
  mask: number;
}

/** Builds the row index for the stored feature ids (row r holds ids[r]). */
export function rowIndex(ids: ArrayLike<number>): RowIndex {
  let size = 1024;
  while (size < ids.length * 2) size *= 2;
  const keys = new Int32Array(size);
  const rows = new Int32Array(size);
  const mask = size - 1;
  for (let r = 0; r < ids.length; r++) {
    let slot = ids[r] & mask;
    while (keys[slot] !== 0) slot = (slot + 1) & mask;
    keys[slot] = ids[r] + 1;
    rows[slot] = r;
  }
  return { keys, rows, mask };
}

/** transition[(prev + 1) * L + next]; prev = -1 is the sentence start */
export function emptyTransitions(): Float64Array {
  return new Float64Array((L + 1) * L);
}

/** Scores of every label for tokens [first, last) of the feature block, into out[(i - first) * L + label]. */
export function emissionScores(table: EmissionTable, f: TokenFeatures, first: number, last: number, out: Float64Array): void {
  const { index, weights } = table;
  const { offsets, ids } = f;
  for (let i = first; i < last; i++) {
    const o = (i - first) * L;
    for (let l = 0; l < L; l++) out[o + l] = 0;
    const a = offsets[i - f.from];
    const b = offsets[i - f.from + 1];
    for (let k = a; k < b; k++) {
      let row = ids[k];
      if (index) {
        // ids are hash bits already, so their low bits spread evenly over the slots
        const key = row + 1;
        let slot = row & index.mask;
        let found = index.keys[slot];
        while (found !== key && found !== 0) {
          slot = (slot + 1) & index.mask;
          found = index.keys[slot];
        }
        if (found === 0) continue;
        row = index.rows[slot];
      }
      const w = row * L;
      for (let l = 0; l < L; l++) out[o + l] += weights[w + l];
    }
  }
}

/** Adds the weights of feature id's row (an unknown id adds nothing) to out[o .. o + L). */
export function addRow(table: EmissionTable, id: number, out: Float64Array, o: number): void {
  const { index, weights } = table;
  let row = id;
  if (index) {
    const key = id + 1;
    let slot = id & index.mask;
    let found = index.keys[slot];
    while (found !== key && found !== 0) {
      slot = (slot + 1) & index.mask;
      found = index.keys[slot];
    }
    if (found === 0) return;
    row = index.rows[slot];
  }
  const w = row * L;
  for (let l = 0; l < L; l++) out[o + l] += weights[w + l];
}

// working memory of the decoder, grown when a longer sentence comes (one thread, no re-entry)
const buffers = { delta: new Float64Array(256 * L), back: new Int32Array(256 * L), moves: new Float64Array(L * L) };

/** The best valid label sequence for n tokens with the given emission scores. */
export function viterbi(scores: Float64Array, n: number, transition: Float64Array, out: Int32Array | number[], outOffset = 0): void {
  if (n === 0) return;
  if (buffers.delta.length < n * L) {
    buffers.delta = new Float64Array(n * L * 2);
    buffers.back = new Int32Array(n * L * 2);
  }
  const { delta, back } = buffers;
  // the BIO constraint folded into the transition table once per sentence
  const moves = buffers.moves;
  for (let p = 0; p < L; p++) for (let l = 0; l < L; l++) moves[p * L + l] = ALLOWED[p * L + l] ? transition[(p + 1) * L + l] : FORBIDDEN;
  for (let l = 0; l < L; l++) delta[l] = allowedTransition(0, l) ? scores[l] + transition[l] : FORBIDDEN;
  for (let i = 1; i < n; i++) {
    const prev = (i - 1) * L;
    for (let l = 0; l < L; l++) {
      let best = -Infinity;
      let arg = 0;
      for (let p = 0; p < L; p++) {
        const s = delta[prev + p] + moves[p * L + l];
        if (s > best) {
          best = s;
          arg = p;
        }
      }
      delta[i * L + l] = best + scores[i * L + l];
      back[i * L + l] = arg;
    }
  }
  let best = -Infinity;
  let arg = 0;
  for (let l = 0; l < L; l++) {
    if (delta[(n - 1) * L + l] > best) {
      best = delta[(n - 1) * L + l];
      arg = l;
    }
  }
  for (let i = n - 1; i >= 0; i--) {
    out[outOffset + i] = arg;
    arg = back[i * L + arg];
  }
}

const ALLOWED = new Uint8Array(L * L);
for (let p = 0; p < L; p++) for (let l = 0; l < L; l++) ALLOWED[p * L + l] = allowedTransition(p, l) ? 1 : 0;

/** One training sequence: a feature block and the gold labels of tokens [first, last). */
export interface TrainingSequence {
  features: TokenFeatures;
  first: number;
  last: number;
  gold: Int32Array;
}

/** Averaged perceptron training state over a dense table of 2^bits feature rows. */
export class PerceptronTrainer {
  readonly weights: Float32Array;
  private readonly totals: Float64Array;
  readonly transition = emptyTransitions();
  private readonly transitionTotals = emptyTransitions();
  private step = 1;

  constructor(readonly bits: number) {
    this.weights = new Float32Array((1 << bits) * L);
    this.totals = new Float64Array((1 << bits) * L);
  }

  /** Decodes one sequence with the current weights and updates on a mistake; returns the number of wrong tokens. */
  train(seq: TrainingSequence, scratch: { scores: Float64Array; pred: Int32Array }): number {
    const n = seq.last - seq.first;
    if (scratch.scores.length < n * L) {
      scratch.scores = new Float64Array(n * L * 2);
      scratch.pred = new Int32Array(n * 2);
    }
    emissionScores({ weights: this.weights }, seq.features, seq.first, seq.last, scratch.scores);
    viterbi(scratch.scores, n, this.transition, scratch.pred);
    const pred = scratch.pred;
    const gold = seq.gold;
    let wrong = 0;
    const f = seq.features;
    const c = this.step;
    for (let i = 0; i < n; i++) {
      const g = gold[i];
      const p = pred[i];
      const gp = i ? gold[i - 1] : -1;
      const pp = i ? pred[i - 1] : -1;
      if (g !== p) {
        wrong++;
        const a = f.offsets[seq.first + i - f.from];
        const b = f.offsets[seq.first + i - f.from + 1];
        for (let k = a; k < b; k++) {
          const row = f.ids[k] * L;
          this.weights[row + g] += 1;
          this.totals[row + g] += c;
          this.weights[row + p] -= 1;
          this.totals[row + p] -= c;
        }
      }
      if (g !== p || gp !== pp) {
        this.transition[(gp + 1) * L + g] += 1;
        this.transitionTotals[(gp + 1) * L + g] += c;
        this.transition[(pp + 1) * L + p] -= 1;
        this.transitionTotals[(pp + 1) * L + p] -= c;
      }
    }
    this.step++;
    return wrong;
  }

  /** The averaged weights (w - totals / step), as a new dense table and transitions. */
  averaged(): { weights: Float32Array; transition: Float64Array } {
    const weights = new Float32Array(this.weights.length);
    const c = this.step;
    for (let k = 0; k < weights.length; k++) weights[k] = this.weights[k] - this.totals[k] / c;
    const transition = emptyTransitions();
    for (let k = 0; k < transition.length; k++) transition[k] = this.transition[k] - this.transitionTotals[k] / c;
    return { weights, transition };
  }
}
