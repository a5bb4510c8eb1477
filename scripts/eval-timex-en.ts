// Dev harness for the English time-expression finder: runs findEnglishTimex on the TE3 dev
// documents (after `node dist/scripts/timeml-to-gold.js ../shared/data/timex/te3-platinum/gold .eval/te3`)
// and on the English dev articles, and counts exactly as ../shared/tools/score_gold.py does
// (relaxed = any overlap with the first unused system expression; value accuracy over matched
// expressions that carry a value; optional_timex neither count nor penalise; PRESENT_REF equals
// the reference date).
// usage: node dist/scripts/eval-timex-en.js [-v] [TE3_DIR=.eval/te3] [SHARED=../shared]
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { english } from '../src/lang/en/index.js';
import { findEnglishTimex } from '../src/lang/en/timex.js';

interface GoldSpan {
  start: number;
  end: number;
  text: string;
  type?: string;
  value?: string | null;
  needs_ref?: boolean;
}
interface Gold {
  file: string;
  reference_date: string | null;
  timex: GoldSpan[];
  optional_timex?: GoldSpan[];
  not_timex?: GoldSpan[];
}

const args = process.argv.slice(2);
const verbose = args.includes('-v');
const [te3 = '.eval/te3', shared = '../shared'] = args.filter((a) => a !== '-v');

const overlap = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

function sameValue(sys: string, gold: string, ref: string | null): boolean {
  if (sys === gold) return true;
  const now = new Set(['PRESENT_REF', String(ref)]);
  return now.has(sys) && now.has(gold);
}

/** UTF-16 offset → code-point offset */
function codePoints(text: string): (i: number) => number {
  const map = new Int32Array(text.length + 1);
  let cp = 0;
  for (let i = 0; i < text.length; i++) {
    map[i] = cp;
    const c = text.charCodeAt(i);
    if (c < 0xd800 || c > 0xdbff) cp++;
  }
  map[text.length] = cp;
  return (i) => map[i];
}

function score(label: string, goldDir: string, articlesDir: string): void {
  const T: Record<string, number> = {};
  const add = (k: string, v = 1) => (T[k] = (T[k] ?? 0) + v);
  let ms = 0;
  let chars = 0;
  for (const name of readdirSync(goldDir).filter((f) => f.endsWith('.gold.json')).sort()) {
    const gold = JSON.parse(readFileSync(join(goldDir, name), 'utf8')) as Gold;
    const text = readFileSync(join(articlesDir, gold.file), 'utf8').replace(/^\uFEFF/, '');
    const t0 = performance.now();
    const layer = english.textLayer(text);
    const found = findEnglishTimex(layer, gold.reference_date);
    ms += performance.now() - t0;
    chars += text.length;
    const cp = codePoints(text);
    const sysAll = found.map((s) => ({ ...s, start: cp(s.start), end: cp(s.end) }));
    const gt = gold.timex;
    const opt = gold.optional_timex ?? [];
    const st = sysAll.filter((s) => !opt.some((o) => overlap(o, s)) || gt.some((g) => overlap(g, s)));
    const cps = [...text];
    const show = (s: { start: number; end: number }) => JSON.stringify(cps.slice(s.start, s.end).join(''));
    add('gold', gt.length);
    add('sys', st.length);
    const strict = new Set(gt.map((g) => `${g.start}:${g.end}`));
    add('strict', st.filter((s) => strict.has(`${s.start}:${s.end}`)).length);
    const used = new Set<number>();
    for (const g of gt) {
      const j = st.findIndex((s, k) => !used.has(k) && overlap(g, s) > 0);
      if (j < 0) {
        if (verbose) console.log(`  ${gold.file}: missed ${show(g)} ${g.value}`);
        continue;
      }
      used.add(j);
      const s = st[j];
      add('relaxed');
      if (s.type === g.type) add('typeOk');
      else if (verbose) console.log(`  ${gold.file}: type ${show(g)}: got ${s.type} want ${g.type}`);
      if (g.needs_ref || g.value == null) continue;
      add('valueN');
      if (sameValue(s.value, g.value, gold.reference_date)) add('valueOk');
      else if (verbose) console.log(`  ${gold.file}: value ${show(g)}: got ${s.value} want ${g.value}`);
    }
    st.forEach((s, j) => {
      if (!used.has(j) && verbose) console.log(`  ${gold.file}: extra ${show(s)} ${s.type} ${s.value}`);
    });
    for (const n of gold.not_timex ?? []) {
      add('traps');
      if (st.some((s) => overlap(n, s))) {
        add('trapHit');
        if (verbose) console.log(`  ${gold.file}: fell into trap ${show(n)}`);
      }
    }
  }
  const g = (k: string) => T[k] ?? 0;
  const prf = (tp: number) => {
    const p = g('sys') ? tp / g('sys') : 0;
    const r = g('gold') ? tp / g('gold') : 0;
    return [100 * p, 100 * r, p + r ? (200 * p * r) / (p + r) : 0].map((x) => x.toFixed(1)).join(' / ');
  };
  const valAcc = g('valueN') ? (100 * g('valueOk')) / g('valueN') : 0;
  const typeAcc = g('relaxed') ? (100 * g('typeOk')) / g('relaxed') : 0;
  console.log(`${label}: gold ${g('gold')}, system ${g('sys')}`);
  console.log(`  strict  P/R/F1 ${prf(g('strict'))}`);
  console.log(`  relaxed P/R/F1 ${prf(g('relaxed'))}`);
  console.log(`  type accuracy ${typeAcc.toFixed(1)}%, value accuracy ${valAcc.toFixed(1)}% (${g('valueOk')}/${g('valueN')}); traps hit ${g('trapHit')}/${g('traps')}`);
  console.log(`  ${(chars / 1000).toFixed(0)} k chars in ${ms.toFixed(0)} ms (layer + timex)`);
}

if (existsSync(join(te3, 'gold'))) score('TE3 dev (6 docs)', join(te3, 'gold'), join(te3, 'articles'));
else console.log(`no ${te3}/gold: run node dist/scripts/timeml-to-gold.js ${shared}/data/timex/te3-platinum/gold ${te3} first`);
score('English dev articles (10)', join(shared, 'gold/articles/en'), join(shared, 'data/articles'));
