// Development check for the quote finder before the entity stage exists: runs
// findQuotes with entity rows built from the GOLD entities of the dev articles and
// scores quotes the way ../shared/tools/score_gold.py does (content spans matched one
// to one by overlap >= half of each; speaker right when its mentions overlap the gold
// speaker's). The language comes from each gold file's "lang" (Arabic when absent).
// --gold-titles gives the rows the gold's title phrases, as the entity stage would.
// Usage: node dist/scripts/dev-quotes.js GOLD... --articles DIR [-v] [--gold-titles]
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Entity, EntityType } from '../src/core/types.js';
import { languagePack } from '../src/lang/detect.js';
import { findQuotes } from '../src/quotes/index.js';

interface GoldSpan { start: number; end: number; text?: string }
interface GoldQuote extends GoldSpan { kind: string; speaker: string | null; speaker_desc?: string }
interface Gold {
  file: string;
  lang?: string;
  entities: Array<{ id: string; type: string; name?: string; name_en?: string; titles?: string[]; mentions: GoldSpan[] }>;
  quotes: GoldQuote[];
  optional_quotes?: GoldQuote[];
}

const args = process.argv.slice(2);
const verbose = args.includes('-v');
const goldTitles = args.includes('--gold-titles');
const articles = args[args.indexOf('--articles') + 1];
const golds: string[] = [];
for (let k = 0; k < args.length; k++) {
  const a = args[k];
  if (a === '--articles') { k++; continue; }
  if (a.startsWith('-')) continue;
  if (statSync(a).isDirectory()) golds.push(...readdirSync(a).filter((f) => f.endsWith('.gold.json')).sort().map((f) => join(a, f)));
  else golds.push(a);
}

const overlap = (a: GoldSpan, b: GoldSpan) => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
let qGold = 0, qSys = 0, qTp = 0, spkOk = 0, kindOk = 0;
let ms = 0;

for (const file of golds) {
  const gold = JSON.parse(readFileSync(file, 'utf8')) as Gold;
  let text = readFileSync(join(articles, gold.file), 'utf8');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  // code point → UTF-16 offsets, and back
  const cpToU: number[] = [];
  const uToCp: number[] = [];
  let u = 0, cp = 0;
  for (const ch of text) { cpToU.push(u); for (let k = 0; k < ch.length; k++) uToCp[u + k] = cp; u += ch.length; cp++; }
  cpToU.push(u); uToCp[u] = cp;
  const toU = (s: GoldSpan) => ({ ...s, start: cpToU[s.start], end: cpToU[s.end] });
  const entities: Entity[] = gold.entities.map((e) => ({
    id: e.id, type: (e.type === 'PERSON' || e.type === 'ORG' || e.type === 'LOC' ? e.type : 'MISC') as EntityType,
    name: e.name ?? e.name_en ?? e.id, variants: [], titles: goldTitles ? (e.titles ?? []) : [],
    mentions: e.mentions.map((m) => ({ ...toU(m), text: text.slice(cpToU[m.start], cpToU[m.end]), kind: 'name' as const })),
  }));
  const t0 = performance.now();
  const pack = languagePack(gold.lang === 'en' ? 'en' : 'ar');
  const layer = pack.textLayer(text);
  const quotes = findQuotes(layer, entities, pack);
  ms += performance.now() - t0;
  const sys = quotes.map((q) => ({ ...q, start: uToCp[q.start], end: uToCp[q.end] }));
  const gq = gold.quotes;
  const pairs: Array<[number, number, number]> = [];
  gq.forEach((g, i) => sys.forEach((s, j) => {
    const ov = overlap(g, s);
    if (ov && ov >= 0.5 * (g.end - g.start) && ov >= 0.5 * (s.end - s.start)) pairs.push([ov, i, j]);
  }));
  pairs.sort((a, b) => b[0] - a[0]);
  const usedG = new Set<number>(), usedS = new Set<number>(), matched: Array<[number, number]> = [];
  for (const [, i, j] of pairs) if (!usedG.has(i) && !usedS.has(j)) { usedG.add(i); usedS.add(j); matched.push([i, j]); }
  const opt = gold.optional_quotes ?? [];
  const extra = sys.map((_, j) => j).filter((j) => !usedS.has(j));
  const extraOpt = extra.filter((j) => opt.some((o) => overlap(o, sys[j])));
  qGold += gq.length; qSys += sys.length - extraOpt.length; qTp += matched.length;
  const goldSpans = new Map(gold.entities.map((e) => [e.id, e.mentions]));
  const name = gold.file;
  const cpSpan = (s: GoldSpan) => ({ start: uToCp[s.start], end: uToCp[s.end] });
  for (const [i, j] of matched) {
    const g = gq[i], s = sys[j];
    const sp = s.speaker;
    const spans: GoldSpan[] = [];
    if (sp?.entity) for (const m of entities.find((e) => e.id === sp.entity)?.mentions ?? []) spans.push(cpSpan(m));
    if (sp) spans.push(cpSpan(sp));
    let ok: boolean;
    if (g.speaker) ok = spans.some((a) => (goldSpans.get(g.speaker!) ?? []).some((b) => overlap(a, b)));
    else ok = !sp?.entity || !(entities.find((e) => e.id === sp.entity)?.mentions ?? []).some((a) => gold.entities.some((e) => e.mentions.some((b) => overlap(cpSpan(a), b))));
    if (ok) spkOk++;
    if (s.kind === g.kind) kindOk++;
    if (verbose && !ok) console.log(`  ${name}: wrong speaker ${sp?.name ?? sp?.text ?? null} for ${JSON.stringify(text.slice(cpToU[g.start], cpToU[g.start] + 40))} (gold ${g.speaker ?? g.speaker_desc})`);
    if (verbose && s.kind !== g.kind) console.log(`  ${name}: kind ${s.kind} want ${g.kind}: ${JSON.stringify(s.text.slice(0, 40))}`);
  }
  if (verbose) {
    gq.forEach((g, i) => { if (!usedG.has(i)) console.log(`  ${name}: missed ${g.kind} ${JSON.stringify(text.slice(cpToU[g.start], cpToU[g.start] + 60))}`); });
    for (const j of extra) if (!extraOpt.includes(j)) console.log(`  ${name}: extra  ${sys[j].kind} ${JSON.stringify(sys[j].text.slice(0, 60))} [${sys[j].speaker?.name ?? sys[j].speaker?.text}]`);
    for (const [i, j] of matched) {
      const g = gq[i], s = sys[j];
      if (g.start !== s.start || g.end !== s.end) console.log(`  ${name}: edge gold ${g.start}-${g.end} sys ${s.start}-${s.end} ${JSON.stringify(s.text.slice(-30))}`);
    }
  }
}
const prf = (tp: number, ns: number, ng: number) => {
  const p = ns ? tp / ns : 0, r = ng ? tp / ng : 0;
  return `P ${(100 * p).toFixed(1)} R ${(100 * r).toFixed(1)} F1 ${(p + r ? (200 * p * r) / (p + r) : 0).toFixed(1)}`;
};
console.log(`${golds.length} files, quote finding (layer + quotes) ${ms.toFixed(0)} ms, gold entities`);
console.log(`quotes             ${prf(qTp, qSys, qGold)}  (tp ${qTp}, sys ${qSys}, gold ${qGold})`);
console.log(`quotes_attributed  ${prf(spkOk, qSys, qGold)}  speaker accuracy ${(100 * spkOk / Math.max(1, qTp)).toFixed(1)}%, kind right ${kindOk}/${qTp}`);
