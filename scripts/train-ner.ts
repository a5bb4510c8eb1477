// Trains the name tagger of a language (averaged structured perceptron, see
// src/entities/tagger/) from CoNLL files, picks the number of epochs on the dev file,
// prints conlleval-style dev scores per type and writes models/ner-<lang>.bin.
// The CoNLL sentences are grouped into article-sized documents and cut by the language's
// own text layer, exactly as ../shared/tools/score_ner.py feeds khabar, so training,
// tagging and scoring see the same tokens. Only the dev file is used for choices.
// usage: npm run train:ner -- [--lang ar] [--epochs 15] [--extra FILE] [--extra-misc drop|keep]
//        [--groups word,context,...] [--no-post] [--no-save] [--chunk 40] [--join-sentences 0.3]
// --join-sentences P (English): in the training documents only, a sentence ending in . ! or ? is
// run on into the next one with probability P. khabar does not cut a sentence inside a quotation
// ("… what I say. He has dealt …"), so the tagger must learn that a capital after a full stop
// inside a sentence («. He», «. The») starts no name; CoNLL gives it one sentence at a time.
import { createReadStream, readFileSync, writeFileSync } from 'node:fs';
import { createGunzip } from 'node:zlib';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import type { LangCode, TextLayer } from '../src/core/types.js';
import { dataPath, readDataJson } from '../src/core/data-files.js';
import { languagePack } from '../src/lang/detect.js';
import { wordFrequency } from '../src/lang/ar/lexicon.js';
import { LABEL_COUNT, NAME_TYPES, labelId, repairLabels, spansOf } from '../src/entities/tagger/labels.js';
import { extractFeatures, type FeatureContext, type TokenFeatures } from '../src/entities/tagger/features.js';
import { loadLexicons, type LexiconSpec } from '../src/entities/tagger/lexicons.js';
import { PerceptronTrainer, type TrainingSequence } from '../src/entities/tagger/perceptron.js';
import { TaggerModel, saveModel, type ModelHeader } from '../src/entities/tagger/model.js';
import { mentionsFromLabels } from '../src/entities/tagger/mentions.js';
import { DEFAULT_POSTPROCESS, postprocess, type PostprocessOptions } from '../src/entities/tagger/postprocess.js';

const { values: args } = parseArgs({
  options: {
    lang: { type: 'string', default: 'ar' },
    train: { type: 'string' },
    dev: { type: 'string' },
    extra: { type: 'string', multiple: true },
    'extra-misc': { type: 'string', default: 'keep' },
    epochs: { type: 'string', default: '15' },
    groups: { type: 'string' },
    bits: { type: 'string' },
    chunk: { type: 'string', default: '40' },
    post: { type: 'string', default: 'enforce,propagate' },
    'no-save': { type: 'boolean', default: false },
    errors: { type: 'boolean', default: false },
    clusters: { type: 'string' },
    seed: { type: 'string', default: '7' },
    unlabeled: { type: 'string' },
    'keep-wiki-types': { type: 'boolean', default: false },
    'wiki-min': { type: 'string' },
    'wiki-post': { type: 'boolean', default: false },
    'wiki-rounds': { type: 'string', default: '1' },
    ensemble: { type: 'string', default: '1' },
    'join-sentences': { type: 'string', default: '0' },
    out: { type: 'string' },
  },
});

const lang = args.lang as LangCode;
const shared = dataPath('../shared/data');
const trainFile = args.train ?? `${shared}/ner-${lang}/train.conll`;
const devFile = args.dev ?? `${shared}/ner-${lang}/dev.conll`;
const out = args.out ?? `models/ner-${lang}.bin`;
const wikiPost = Boolean(args['wiki-post']);
const minWikiCount = Number(args['wiki-min'] ?? 2);
const unlabeled = args.unlabeled ?? `${shared}/unlabeled-${lang}/wiki-ar-20170120.txt.gz`;
const spec = readDataJson<{ groups: string[]; bits: number; lexicons: LexiconSpec; enforce?: string[] }>(`src/lang/${lang}/data/ner-features.json`);
if (args.clusters) spec.lexicons.clusters = args.clusters;
const groups = args.groups ? args.groups.split(',') : spec.groups;
const bits = Number(args.bits ?? spec.bits);
const chunk = Number(args.chunk);
const pack = languagePack(lang);
const postOptions: PostprocessOptions = { enforce: false, propagate: false, unify: false };
for (const p of (args.post ?? '').split(',')) if (p in postOptions) postOptions[p as keyof PostprocessOptions] = true;
if (process.argv.includes('--no-post')) Object.assign(postOptions, { enforce: false, propagate: false, unify: false });

type Sentence = Array<[string, string]>;

function readConll(path: string, dropMisc = false): Sentence[] {
  const sentences: Sentence[] = [];
  let cur: Sentence = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (!line.trim()) {
      if (cur.length) sentences.push(cur);
      cur = [];
      continue;
    }
    const tab = line.lastIndexOf('\t');
    const cut = tab >= 0 ? tab : line.lastIndexOf(' ');
    let tag = line.slice(cut + 1).trim();
    if (dropMisc && tag.endsWith('MISC')) tag = 'O';
    cur.push([line.slice(0, cut), tag]);
  }
  if (cur.length) sentences.push(cur);
  return sentences;
}

interface Doc {
  layer: TextLayer;
  /** CoNLL token offsets in the document text and their gold label ids (repaired BIO) */
  spans: Array<[number, number]>;
  gold: number[];
  /** gold label per layer token */
  tokenGold: Int32Array;
  features?: TokenFeatures;
}

/** Article-sized documents as score_ner.py writes them: tokens joined by spaces, sentences by newlines. */
function documents(sentences: Sentence[]): Doc[] {
  const docs: Doc[] = [];
  for (let d = 0; d < sentences.length; d += chunk) {
    const parts: string[] = [];
    const spans: Array<[number, number]> = [];
    const tags: string[] = [];
    let pos = 0;
    for (const sent of sentences.slice(d, d + chunk)) {
      sent.forEach(([tok, tag], i) => {
        if (i) {
          parts.push(' ');
          pos++;
        }
        spans.push([pos, pos + tok.length]);
        tags.push(tag);
        parts.push(tok);
        pos += tok.length;
      });
      parts.push('\n');
      pos++;
    }
    const layer = pack.textLayer(parts.join(''));
    const gold = repairLabels(tags.map(labelId));
    // project the CoNLL labels onto the layer's tokens: a CoNLL token may hold several
    const tokenGold = new Int32Array(layer.tokens.length);
    let c = 0;
    let lastConll = -1;
    for (const t of layer.tokens) {
      while (c < spans.length && spans[c][1] <= t.start) c++;
      if (c >= spans.length || spans[c][0] > t.start) continue;
      const g = gold[c];
      // only the first layer token of a B token keeps the B
      tokenGold[t.index] = g !== 0 && g % 2 === 1 && lastConll === c ? g + 1 : g;
      lastConll = c;
    }
    docs.push({ layer, spans, gold, tokenGold: Int32Array.from(repairLabels([...tokenGold])) });
  }
  return docs;
}

/** Runs some sentences of a training layer on into the next (see --join-sentences). */
function joinSentences(layer: TextLayer, p: number, random: () => number): void {
  const joined: TextLayer['sentences'] = [];
  for (const s of layer.sentences) {
    const prev = joined[joined.length - 1];
    const end = prev ? layer.tokens[prev.last - 1] : undefined;
    const terminal = end !== undefined && end.kind === 'punct' && '.!?'.includes(layer.text[end.start]);
    if (prev && terminal && random() < p) {
      prev.last = s.last;
      prev.end = s.end;
    } else joined.push({ ...s, index: joined.length });
  }
  for (const s of joined) for (let i = s.first; i < s.last; i++) layer.tokens[i].sentence = s.index;
  layer.sentences = joined;
}

interface Counts {
  tp: number[];
  fp: number[];
  fn: number[];
}

/** conlleval exact-chunk counts of predicted mentions mapped onto the CoNLL tokens (as score_ner.py does). */
let errorModel: TaggerModel | null = null;

function score(docs: Doc[], model: TaggerModel): Counts {
  const counts: Counts = { tp: [0, 0, 0, 0], fp: [0, 0, 0, 0], fn: [0, 0, 0, 0] };
  for (const doc of docs) {
    const labels = postprocess(doc.layer, model.tag(doc.layer), model, postOptions);
    const pred = new Array<number>(doc.spans.length).fill(0);
    for (const m of mentionsFromLabels(doc.layer, labels, pack.fold)) {
      const type = NAME_TYPES.findIndex((t) => m.type.startsWith(t.slice(0, 3)));
      const idx: number[] = [];
      for (let i = 0; i < doc.spans.length; i++) if (doc.spans[i][0] < m.end && doc.spans[i][1] > m.start) idx.push(i);
      if (!idx.length || idx.some((i) => pred[i] !== 0)) continue;
      idx.forEach((i, k) => (pred[i] = 1 + 2 * type + (k ? 1 : 0)));
    }
    const key = (s: { type: number; first: number; last: number }) => `${s.type}:${s.first}:${s.last}`;
    const g = new Set(spansOf(doc.gold).map(key));
    const p = new Set(spansOf(pred).map(key));
    if (args.errors && model === errorModel) {
      const text = (k: string) => {
        const [t, a, b] = k.split(':').map(Number);
        return `${NAME_TYPES[t]} «${doc.layer.text.slice(doc.spans[a][0], doc.spans[b - 1][1])}» in «${doc.layer.text.slice(doc.spans[Math.max(0, a - 4)][0], doc.spans[Math.min(doc.spans.length, b + 3) - 1][1])}»`;
      };
      for (const k of p) if (!g.has(k)) console.log('FP ' + text(k));
      for (const k of g) if (!p.has(k)) console.log('FN ' + text(k));
    }
    for (const k of p) counts[g.has(k) ? 'tp' : 'fp'][Number(k.split(':')[0])]++;
    for (const k of g) if (!p.has(k)) counts.fn[Number(k.split(':')[0])]++;
  }
  return counts;
}

function prf(tp: number, fp: number, fn: number): [number, number, number] {
  const p = tp + fp ? tp / (tp + fp) : 0;
  const r = tp + fn ? tp / (tp + fn) : 0;
  return [100 * p, 100 * r, p + r ? (200 * p * r) / (p + r) : 0];
}

function report(c: Counts): { lines: string[]; f1: number; table: Record<string, number[]> } {
  const lines = [`${'type'.padEnd(6)} ${'P'.padStart(6)} ${'R'.padStart(6)} ${'F1'.padStart(6)} ${'gold'.padStart(5)}`];
  const table: Record<string, number[]> = {};
  NAME_TYPES.forEach((t, k) => {
    const [p, r, f] = prf(c.tp[k], c.fp[k], c.fn[k]);
    table[t] = [p, r, f];
    lines.push(`${t.padEnd(6)} ${p.toFixed(2).padStart(6)} ${r.toFixed(2).padStart(6)} ${f.toFixed(2).padStart(6)} ${String(c.tp[k] + c.fn[k]).padStart(5)}`);
  });
  const sum = (a: number[]) => a.reduce((x, y) => x + y, 0);
  const [p, r, f] = prf(sum(c.tp), sum(c.fp), sum(c.fn));
  table.micro = [p, r, f];
  lines.push(`${'micro'.padEnd(6)} ${p.toFixed(2).padStart(6)} ${r.toFixed(2).padStart(6)} ${f.toFixed(2).padStart(6)} ${String(sum(c.tp) + sum(c.fn)).padStart(5)}`);
  return { lines, f1: f, table };
}

const t0 = performance.now();
const trainDocs = documents(readConll(trainFile));
const joinP = Number(args['join-sentences']);
if (joinP > 0) {
  let seed = Number(args.seed) + 17;
  const random = () => (seed = (seed * 1664525 + 1013904223) >>> 0) / 4294967296;
  for (const doc of trainDocs) joinSentences(doc.layer, joinP, random);
}
for (const extra of args.extra ?? []) trainDocs.push(...documents(readConll(extra, args['extra-misc'] === 'drop')));
const devDocs = documents(readConll(devFile));
const tokenCount = trainDocs.reduce((n, d) => n + d.layer.tokens.length, 0);

interface Trained {
  f1: number;
  epoch: number;
  weights: Float32Array;
  transition: Float64Array;
  lines: string[];
  table: Record<string, number[]>;
  bias: number;
  header: Omit<ModelHeader, 'rows' | 'scale' | 'labels'>;
  context: FeatureContext;
}

function contextFor(stageGroups: string[], lexicons: LexiconSpec): FeatureContext {
  return {
    groups: new Set(stageGroups),
    lexicons: loadLexicons(lexicons, pack.fold),
    frequency: lang === 'ar' ? wordFrequency : undefined,
    // names seldom take the Arabic article; how often a stem does is a strong hint
    definiteFrequency: lang === 'ar' ? (stem: string) => wordFrequency('\u0627\u0644' + stem) : undefined,
    bits,
  };
}

function modelOf(t: Pick<Trained, 'header' | 'weights' | 'transition' | 'context'>, bias = 0): TaggerModel {
  const h = { ...t.header, labels: [], rows: 0, scale: 1, transition: [...t.transition], outsideBias: bias } as ModelHeader;
  return TaggerModel.fromWeights(h, t.weights, t.transition, t.context);
}

/** Trains with the given feature groups; the epoch count and O bias are chosen on dev. */
function trainStage(stageGroups: string[], lexicons: LexiconSpec): Trained {
  const context = contextFor(stageGroups, lexicons);
  const sequences: TrainingSequence[] = [];
  for (const doc of trainDocs) {
    doc.features = extractFeatures(doc.layer, context);
    for (const s of doc.layer.sentences) sequences.push({ features: doc.features, first: s.first, last: s.last, gold: doc.tokenGold.subarray(s.first, s.last) });
  }
  console.error(`${sequences.length} training sentences, ${tokenCount} tokens, groups ${stageGroups.join(',')}`);
  const header: Trained['header'] = { lang, bits, groups: stageGroups, lexicons, enforce: spec.enforce, transition: [] };
  // an ensemble of perceptrons that differ only in the order they see the sentences; the
  // model is the mean of their averaged weights
  const members = Array.from({ length: Number(args.ensemble) }, (_, k) => {
    let seed = Number(args.seed) + 1000 * k;
    return {
      trainer: new PerceptronTrainer(bits),
      order: [...sequences],
      random: () => ((seed = (seed * 1664525 + 1013904223) >>> 0) / 4294967296),
    };
  });
  const scratch = { scores: new Float64Array(1024 * LABEL_COUNT), pred: new Int32Array(1024) };
  let best: Trained | null = null;
  const epochs = Number(args.epochs);
  for (let epoch = 1; epoch <= epochs; epoch++) {
    let wrong = 0;
    let weights: Float32Array | undefined;
    let transition: Float64Array | undefined;
    for (const m of members) {
      const order = m.order;
      for (let i = order.length - 1; i > 0; i--) {
        const j = Math.floor(m.random() * (i + 1));
        [order[i], order[j]] = [order[j], order[i]];
      }
      for (const seq of order) wrong += m.trainer.train(seq, scratch);
      const avg = m.trainer.averaged();
      if (!weights || !transition) {
        weights = avg.weights;
        transition = avg.transition;
      } else {
        for (let k = 0; k < weights.length; k++) weights[k] += avg.weights[k];
        for (let k = 0; k < transition.length; k++) transition[k] += avg.transition[k];
      }
    }
    if (!weights || !transition) break;
    for (let k = 0; k < weights.length; k++) weights[k] /= members.length;
    for (let k = 0; k < transition.length; k++) transition[k] /= members.length;
    const model = modelOf({ header, weights, transition, context });
    if (epoch === epochs) errorModel = model;
    const r = report(score(devDocs, model));
    console.error(`epoch ${epoch}: ${wrong} training tokens wrong; dev F1 ${r.f1.toFixed(2)}`);
    if (!best || r.f1 > best.f1) best = { f1: r.f1, epoch, weights, transition, lines: r.lines, table: r.table, bias: 0, header, context };
  }
  if (!best) throw new Error('no epochs');
  // the O bias: scores are in perceptron units, so try a range relative to the largest weights
  let maxAbs = 0;
  for (const w of best.weights) maxAbs = Math.max(maxAbs, Math.abs(w));
  for (const fraction of [0.05, 0.1, 0.15, 0.2, 0.3]) {
    const bias = fraction * maxAbs;
    const r = report(score(devDocs, modelOf(best, bias)));
    console.error(`O bias ${bias.toFixed(1)}: dev F1 ${r.f1.toFixed(2)}`);
    if (r.f1 > best.f1) best = { ...best, f1: r.f1, lines: r.lines, table: r.table, bias };
  }
  return best;
}

/** Tags the unlabeled corpus with a stage-one model and writes how often each word was named as what. */
async function writeWikiTypes(model: TaggerModel, file: string): Promise<void> {
  const counts = new Map<string, Int32Array>();
  let tokens = 0;
  const flush = (paragraphs: string[]) => {
    const layer = pack.textLayer(paragraphs.join('\n'));
    const labels = wikiPost ? postprocess(layer, model.tag(layer), model, postOptions) : model.tag(layer);
    for (let i = 0; i < layer.tokens.length; i++) {
      const t = layer.tokens[i];
      if (t.kind !== 'word' && t.kind !== 'latin') continue;
      // the word as written and its base without clitics («وبوتين» also counts for «بوتين»)
      const split = t.splits[0];
      let skip = 0;
      if (split) for (const p of split.proclitics) skip += p.length;
      const base = split && (skip || split.enclitic) ? t.folded.slice(skip, t.folded.length - split.enclitic.length) : '';
      for (const key of base.length >= 2 ? [t.folded, base] : [t.folded]) {
        let c = counts.get(key);
        if (!c) counts.set(key, (c = new Int32Array(5)));
        if (labels[i]) c[(labels[i] - 1) >> 1]++;
        c[4]++;
      }
    }
    tokens += layer.tokens.length;
  };
  let batch: string[] = [];
  const lines = createInterface({ input: createReadStream(unlabeled).pipe(createGunzip()), crlfDelay: Infinity });
  // one article at a time (articles are separated by an empty line), so the document
  // passes see what an article says elsewhere
  for await (const line of lines) {
    if (line) batch.push(line);
    if ((!line && batch.length) || batch.length === 200) {
      flush(batch);
      batch = [];
    }
  }
  if (batch.length) flush(batch);
  const rows: string[] = [];
  for (const [w, c] of counts) if (c[4] >= minWikiCount && c[0] + c[1] + c[2] + c[3] > 0) rows.push(`${w}\t${c.join('\t')}`);
  rows.sort();
  const head = [
    '# How often the stage-one khabar name tagger (scripts/train-ner.ts) tagged each folded word as PERS/LOC/ORG/MISC in',
    '# unlabeled Arabic Wikipedia text: word<TAB>PERS<TAB>LOC<TAB>ORG<TAB>MISC<TAB>occurrences. Derived from Arabic Wikipedia',
    '# (dump of 2017-01-20, Wikipedia contributors, CC BY-SA) via motazsaad/comparableWikiCoprus (CC BY-SA 4.0); CC BY-SA 4.0.',
  ];
  writeFileSync(dataPath(file), head.join('\n') + '\n' + rows.join('\n') + '\n');
  console.error(`tagged ${tokens} unlabeled tokens; ${rows.length} words written to ${file}`);
}

let best: Trained;
if (groups.includes('wikitype') && spec.lexicons.wikiTypes) {
  const stageOne = trainStage(groups.filter((g) => g !== 'wikitype'), { ...spec.lexicons, wikiTypes: undefined });
  console.log(`stage one (without wiki types): dev micro F1 ${stageOne.f1.toFixed(2)}`);
  if (!args['keep-wiki-types']) await writeWikiTypes(modelOf(stageOne, stageOne.bias), spec.lexicons.wikiTypes);
  best = trainStage(groups, spec.lexicons);
  // further rounds: the statistics come from the previous round's full model
  for (let round = 2; round <= Number(args['wiki-rounds']); round++) {
    console.log(`round ${round - 1}: dev micro F1 ${best.f1.toFixed(2)}`);
    await writeWikiTypes(modelOf(best, best.bias), spec.lexicons.wikiTypes);
    best = trainStage(groups, spec.lexicons);
  }
} else {
  best = trainStage(groups, { ...spec.lexicons, wikiTypes: groups.includes('wikitype') ? spec.lexicons.wikiTypes : undefined });
}
console.log(`dev (${devFile}), best epoch ${best.epoch}, O bias ${best.bias.toFixed(1)}, conlleval exact chunks on the CoNLL tokens, post-processing ${JSON.stringify(postOptions)}:`);
console.log(best.lines.join('\n'));
if (!args['no-save']) {
  const trained = {
    train: [trainFile, ...(args.extra ?? [])].map((f) => f.replace(/.*\/shared\//, '../shared/')),
    extraMisc: args['extra-misc'],
    joinSentences: joinP,
    epochs: best.epoch,
    ensemble: Number(args.ensemble),
    dev: Object.fromEntries(Object.entries(best.table).map(([k, v]) => [k, v.map((x) => Math.round(x * 100) / 100)])),
  };
  const saved = saveModel(dataPath(out), { ...best.header, transition: [...best.transition], outsideBias: best.bias, trained }, best.weights);
  console.log(`wrote ${out}: ${saved.rows} weight rows, ${(saved.bytes / 1e6).toFixed(2)} MB`);
  // the saved (quantised) model, read back as tagNames reads it
  const reread = TaggerModel.load(out, pack.fold, { frequency: contextFor([], {gazetteers: []}).frequency, definiteFrequency: contextFor([], {gazetteers: []}).definiteFrequency });
  console.log(`saved model re-read: dev micro F1 ${report(score(devDocs, reread)).f1.toFixed(2)}`);
}
console.error(`done in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
