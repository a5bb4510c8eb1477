// Builds models/ner-ar.clusters.tsv: word clusters for the name tagger, learnt from
// unlabeled Arabic Wikipedia (../shared/data/unlabeled-ar, CC BY-SA 4.0). Names never seen
// in the NER training data still share a cluster with names that were (a Russian surname
// with other Russian surnames), which is what lets the tagger generalise.
// Method (our own): each frequent folded word gets a vector of its left and right
// neighbours (PPMI over the most frequent context words), randomly projected to a few
// dozen dimensions, then clustered by spherical k-means in a three-level hierarchy, so
// every word has a coarse, a middle and a fine cluster ("12", "12.3", "12.3.1").
// usage: node dist/scripts/build-clusters.js [corpus.txt.gz] [vocab-size] [out] [context-words] [window]
import { createReadStream, writeFileSync } from 'node:fs';
import { createGunzip } from 'node:zlib';
import { createInterface } from 'node:readline';
import { foldArabic } from '../src/lang/ar/fold.js';
import { scan } from '../src/lang/scan.js';
import { dataPath } from '../src/core/data-files.js';

const corpus = process.argv[2] ?? '../shared/data/unlabeled-ar/wiki-ar-20170120.txt.gz';
const VOCAB = Number(process.argv[3] ?? 80000);
const out = process.argv[4] ?? dataPath('models/ner-ar.clusters.tsv');
const CONTEXT = Number(process.argv[5] ?? 300); // context words per position
const WINDOW = Number(process.argv[6] ?? 2); // neighbours on each side
const DIM = 96;
const LEVELS = [48, 8, 6]; // branching per level: 48 coarse, 384 middle, ~2300 fine

// A cheap seeded generator so the build is reproducible.
let seed = 12345;
function random(): number {
  seed = (seed * 1664525 + 1013904223) >>> 0;
  return seed / 4294967296;
}
function gaussian(): number {
  return Math.sqrt(-2 * Math.log(random() + 1e-12)) * Math.cos(2 * Math.PI * random());
}

const scanOptions = { splitContractions: false, dottedAbbreviations: new Set<string>() };
const foldCache = new Map<string, string>();

/** Tokens of a paragraph the way the tagger sees them: folded words, punctuation as '.', numbers as '0'. */
function tokensOf(line: string): string[] {
  const words: string[] = [];
  for (const t of scan(line, scanOptions)) {
    if (t.kind === 'number') words.push('0');
    else if (t.kind === 'punct' || t.kind === 'quote') words.push('.');
    else {
      const raw = line.slice(t.start, t.end);
      let f = foldCache.get(raw);
      if (f === undefined) {
        f = foldArabic(raw);
        if (foldCache.size < 2_000_000) foldCache.set(raw, f);
      }
      words.push(f);
    }
  }
  return words;
}

async function* paragraphs(): AsyncGenerator<string[]> {
  const lines = createInterface({ input: createReadStream(corpus).pipe(createGunzip()), crlfDelay: Infinity });
  for await (const line of lines) if (line) yield tokensOf(line);
}

// Pass 1: counts.
const counts = new Map<string, number>();
for await (const words of paragraphs()) for (const w of words) counts.set(w, (counts.get(w) ?? 0) + 1);
const ranked = [...counts].sort((a, b) => b[1] - a[1]).map(([w]) => w);
const vocab = ranked.slice(0, VOCAB);
const id = new Map(vocab.map((w, i) => [w, i]));
console.error(`${counts.size} distinct tokens; clustering the ${vocab.length} most frequent (min count ${counts.get(vocab[vocab.length - 1])})`);

// Pass 2: neighbour counts, one block of CONTEXT columns per position (-WINDOW … -1, +1 … +WINDOW).
const width = 2 * WINDOW * CONTEXT;
const co = new Float32Array(vocab.length * width);
for await (const words of paragraphs()) {
  const ids = words.map((w) => id.get(w) ?? -1);
  for (let i = 0; i < ids.length; i++) {
    const w = ids[i];
    if (w < 0) continue;
    for (let d = 1; d <= WINDOW; d++) {
      const left = i - d >= 0 ? ids[i - d] : -1;
      const right = i + d < ids.length ? ids[i + d] : -1;
      if (left >= 0 && left < CONTEXT) co[w * width + (WINDOW - d) * CONTEXT + left]++;
      if (right >= 0 && right < CONTEXT) co[w * width + (WINDOW + d - 1) * CONTEXT + right]++;
    }
  }
}

// PPMI, then a random projection to DIM dimensions, then unit length.
const colSum = new Float64Array(width);
const rowSum = new Float64Array(vocab.length);
let total = 0;
for (let w = 0; w < vocab.length; w++) {
  for (let c = 0; c < width; c++) {
    const v = co[w * width + c];
    colSum[c] += v;
    rowSum[w] += v;
    total += v;
  }
}
const projection = new Float32Array(width * DIM);
for (let i = 0; i < projection.length; i++) projection[i] = gaussian();
const vectors = new Float32Array(vocab.length * DIM);
for (let w = 0; w < vocab.length; w++) {
  if (!rowSum[w]) continue;
  const row = vectors.subarray(w * DIM, (w + 1) * DIM);
  for (let c = 0; c < width; c++) {
    const v = co[w * width + c];
    if (!v) continue;
    const pmi = Math.log((v * total) / (rowSum[w] * Math.pow(colSum[c], 0.75) * Math.pow(total, 0.25)));
    if (pmi <= 0) continue;
    const p = projection.subarray(c * DIM, (c + 1) * DIM);
    for (let d = 0; d < DIM; d++) row[d] += pmi * p[d];
  }
  let norm = 0;
  for (let d = 0; d < DIM; d++) norm += row[d] * row[d];
  norm = Math.sqrt(norm) || 1;
  for (let d = 0; d < DIM; d++) row[d] /= norm;
}

/** Spherical k-means over the given members; returns each member's cluster (0..k-1). */
function kmeans(members: number[], k: number, iterations: number): number[] {
  const assign = new Array<number>(members.length).fill(0);
  if (members.length <= k) return members.map((_, i) => i);
  const centres = new Float32Array(k * DIM);
  // seed centres with evenly spaced members (members are in frequency order)
  for (let j = 0; j < k; j++) {
    const m = members[Math.floor((j * members.length) / k)];
    centres.set(vectors.subarray(m * DIM, (m + 1) * DIM), j * DIM);
  }
  for (let it = 0; it < iterations; it++) {
    for (let i = 0; i < members.length; i++) {
      const v = members[i] * DIM;
      let best = 0;
      let bestScore = -Infinity;
      for (let j = 0; j < k; j++) {
        let s = 0;
        const c = j * DIM;
        for (let d = 0; d < DIM; d++) s += vectors[v + d] * centres[c + d];
        if (s > bestScore) {
          bestScore = s;
          best = j;
        }
      }
      assign[i] = best;
    }
    centres.fill(0);
    for (let i = 0; i < members.length; i++) {
      const v = members[i] * DIM;
      const c = assign[i] * DIM;
      for (let d = 0; d < DIM; d++) centres[c + d] += vectors[v + d];
    }
    for (let j = 0; j < k; j++) {
      let norm = 0;
      for (let d = 0; d < DIM; d++) norm += centres[j * DIM + d] ** 2;
      norm = Math.sqrt(norm) || 1;
      for (let d = 0; d < DIM; d++) centres[j * DIM + d] /= norm;
    }
  }
  return assign;
}

const paths = new Array<string>(vocab.length).fill('');
function split(members: number[], level: number, prefix: string): void {
  if (level === LEVELS.length || members.length < 2) return;
  const assign = kmeans(members, LEVELS[level], level === 0 ? 12 : 8);
  const groups = new Map<number, number[]>();
  members.forEach((m, i) => {
    const g = groups.get(assign[i]) ?? [];
    g.push(m);
    groups.set(assign[i], g);
  });
  for (const [g, group] of groups) {
    const path = prefix ? `${prefix}.${g}` : String(g);
    for (const m of group) paths[m] = path;
    split(group, level + 1, path);
  }
}
const withContext = vocab.map((_, i) => i).filter((i) => rowSum[i] > 0 && vocab[i] !== '.' && vocab[i] !== '0');
split(withContext, 0, '');

const header = [
  '# Word clusters for the khabar name tagger (scripts/build-clusters.ts): folded word<TAB>cluster path (coarse.middle.fine).',
  '# Derived from Arabic Wikipedia text (dump of 2017-01-20, Wikipedia contributors, CC BY-SA) via the Comparable Wikipedia',
  '# Corpus by M. Saad and B. Alijla (motazsaad/comparableWikiCoprus), CC BY-SA 4.0. This file is under CC BY-SA 4.0.',
];
const rows = withContext.map((i) => `${vocab[i]}\t${paths[i]}`);
writeFileSync(out, header.join('\n') + '\n' + rows.join('\n') + '\n');
console.error(`wrote ${rows.length} words to ${out}`);
