// Dev evaluation of the timeline against the article gold (../shared/gold), counting as
// tools/score_gold.py does (relaxed overlap, value accuracy, traps), without the CLI.
// usage: node dist/scripts/eval-timex-gold.js GOLD_FILE_OR_DIR... --articles DIR [-v]
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { arabic } from '../src/lang/ar/index.js';
import { findTimeline } from '../src/timeline/index.js';
import { codePointOffsets } from '../src/core/offsets.js';

interface GoldSpan { start: number; end: number; text?: string; type?: string; value?: string | null; needs_ref?: boolean }
interface Gold { file: string; reference_date?: string; timex?: GoldSpan[]; optional_timex?: GoldSpan[]; not_timex?: GoldSpan[] }

const args = process.argv.slice(2);
const verbose = args.includes('-v');
const noRef = args.includes('--no-ref');
const ai = args.indexOf('--articles');
const articles = args[ai + 1];
const inputs = args.filter((a, i) => !a.startsWith('-') && i !== ai + 1);
const files: string[] = [];
for (const g of inputs) {
  if (statSync(g).isDirectory()) files.push(...readdirSync(g).filter((f) => f.endsWith('.gold.json')).sort().map((f) => join(g, f)));
  else files.push(g);
}
const overlap = (a: GoldSpan, b: GoldSpan) => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
const T: Record<string, number> = {};
const add = (k: string, v: number | boolean = 1) => (T[k] = (T[k] ?? 0) + Number(v));
let ms = 0;
for (const f of files) {
  const gold = JSON.parse(readFileSync(f, 'utf8')) as Gold;
  const text = readFileSync(join(articles, gold.file), 'utf8').replace(/^\uFEFF/, '');
  const t0 = performance.now();
  const layer = arabic.textLayer(text);
  const { expressions } = findTimeline(layer, arabic, noRef ? null : gold.reference_date ?? null);
  ms += performance.now() - t0;
  const cp = codePointOffsets(text) ?? ((o: number) => o);
  const sys = expressions.map((e) => ({ ...e, start: cp(e.start), end: cp(e.end) })).sort((a, b) => a.start - b.start);
  const chars = [...text];
  const show = (s: GoldSpan) => chars.slice(s.start, s.end).join('');
  const gt = gold.timex ?? [];
  const opt = gold.optional_timex ?? [];
  const st = sys.filter((s) => !opt.some((o) => overlap(o, s)) || gt.some((g) => overlap(g, s)));
  add('gold', gt.length);
  add('sys', st.length);
  const gs = new Set(gt.map((g) => `${g.start}:${g.end}`));
  add('strict', st.filter((s) => gs.has(`${s.start}:${s.end}`)).length);
  const used = new Set<number>();
  for (const g of gt) {
    const j = st.findIndex((s, k) => !used.has(k) && overlap(g, s) > 0);
    if (j < 0) {
      if (verbose) console.log(`  ${gold.file}: missed time '${show(g)}' ${g.value}`);
      continue;
    }
    used.add(j);
    const s = st[j];
    add('relaxed');
    add('typeOk', s.type === g.type);
    if (g.needs_ref || g.value == null) continue;
    add('valueN');
    const now = new Set(['PRESENT_REF', String(gold.reference_date)]);
    const ok = s.value === g.value || (now.has(s.value) && now.has(String(g.value)));
    add('valueOk', ok);
    if (verbose && !ok) console.log(`  ${gold.file}: value '${show(g)}': got ${s.value} want ${g.value} (sys '${s.text}')`);
  }
  st.forEach((s, j) => {
    if (!used.has(j)) {
      add('extra');
      if (verbose) console.log(`  ${gold.file}: extra time '${s.text}' ${s.value}`);
    }
  });
  for (const n of gold.not_timex ?? []) {
    add('traps');
    if (st.some((s) => overlap(n, s))) {
      add('trapHit');
      if (verbose) console.log(`  ${gold.file}: fell into trap '${show(n)}'`);
    }
  }
}
const g = (k: string) => T[k] ?? 0;
const prf = (tp: number) => {
  const p = g('sys') ? tp / g('sys') : 0;
  const r = g('gold') ? tp / g('gold') : 0;
  return [100 * p, 100 * r, p + r ? (200 * p * r) / (p + r) : 0].map((x) => x.toFixed(1)).join(' ');
};
const valAcc = g('valueN') ? (100 * g('valueOk')) / g('valueN') : 0;
console.log(`${files.length} files, timeline time ${ms.toFixed(0)} ms`);
console.log(`timex_strict  P R F1 ${prf(g('strict'))}`);
console.log(`timex_relaxed P R F1 ${prf(g('relaxed'))}`);
console.log(`type accuracy ${(g('relaxed') ? (100 * g('typeOk')) / g('relaxed') : 0).toFixed(1)}%, value accuracy ${valAcc.toFixed(1)}% (${g('valueOk')}/${g('valueN')}), traps hit ${g('trapHit')}/${g('traps')}`);
