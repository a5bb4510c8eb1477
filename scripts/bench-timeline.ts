// Speed of the time tagger beside the tokenizer it runs on: the Arabic dev articles and the
// sample, repeated, tokenized, then tagged; prints both times and the share the tagger adds.
// usage: node dist/scripts/bench-timeline.js [ARTICLES_DIR] [--rounds 30]
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../src/core/data-files.js';
import { arabic } from '../src/lang/ar/index.js';
import { findTimeline } from '../src/timeline/index.js';
import type { TextLayer } from '../src/core/types.js';

const args = process.argv.slice(2);
const ri = args.indexOf('--rounds');
const rounds = ri >= 0 ? Number(args[ri + 1]) : 30;
const root = packageRoot();
const dirs = [join(root, 'samples'), args.find((a, i) => !a.startsWith('-') && i !== ri + 1) ?? join(root, '..', 'shared', 'data', 'articles', 'ar')];
const texts: string[] = [];
for (const dir of dirs) {
  if (!existsSync(dir)) continue;
  for (const f of readdirSync(dir)) if (/^ar.*\.txt$/.test(f)) texts.push(readFileSync(join(dir, f), 'utf8'));
}
// warm up: lexicons, clitic cache, JIT
for (const t of texts) findTimeline(arabic.textLayer(t), arabic, '2015-07-25');
let tokenMs = 0;
let timeMs = 0;
let tokens = 0;
let found = 0;
for (let r = 0; r < rounds; r++) {
  for (const t of texts) {
    const t0 = performance.now();
    const layer: TextLayer = arabic.textLayer(t);
    const t1 = performance.now();
    found += findTimeline(layer, arabic, '2015-07-25').expressions.length;
    const t2 = performance.now();
    tokenMs += t1 - t0;
    timeMs += t2 - t1;
    tokens += layer.tokens.length;
  }
}
console.log(`${texts.length} texts x ${rounds}: ${tokens.toLocaleString('en-US')} tokens, ${found} expressions`);
console.log(`tokenizing ${tokenMs.toFixed(0)} ms, time tagger ${timeMs.toFixed(0)} ms: the tagger adds ${((100 * timeMs) / tokenMs).toFixed(1)}%`);
