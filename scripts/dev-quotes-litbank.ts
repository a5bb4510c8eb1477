// Second development figure for the English quote finder: LitBank's quotation layer
// (fiction, direct speech only, CC BY 4.0; see the README in the LitBank folder). Runs
// findQuotes with entity rows built from the proper-name mentions of the coreference
// clusters and scores quote spans (one-to-one, overlap >= half of each) and speakers (the
// speaker span, or a name of the chosen row, overlaps any mention of the gold cluster,
// pronouns included; a pronoun resolved to a row counts by the row). LitBank has direct speech only, so only direct system quotes are
// scored. Its files hold one sentence a line with no paragraph breaks, so the lines are
// joined with spaces (same offsets) rather than read as paragraphs.
// Usage: node dist/scripts/dev-quotes-litbank.js LITBANK_DIR [-v]
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Entity, EntityType } from '../src/core/types.js';
import { english } from '../src/lang/en/index.js';
import { findQuotes } from '../src/quotes/index.js';

interface Span { start: number; end: number }

const args = process.argv.slice(2);
const verbose = args.includes('-v');
const dir = args.find((a) => !a.startsWith('-'));
if (!dir) throw new Error('usage: dev-quotes-litbank.js LITBANK_DIR [-v]');
const quoteDir = join(dir, 'quotations/tsv');
const corefDir = join(dir, 'coref/brat');

const TYPES: Record<string, EntityType> = { PER: 'PERSON', ORG: 'ORG', GPE: 'LOC', LOC: 'LOC', FAC: 'LOC' };
const overlap = (a: Span, b: Span) => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
let qGold = 0, qSys = 0, qTp = 0, spkOk = 0, docs = 0, ms = 0;

for (const file of readdirSync(quoteDir).filter((f) => f.endsWith('.ann')).sort()) {
  const id = file.replace(/_brat\.ann$/, '');
  const text = readFileSync(join(quoteDir, `${id}_brat.txt`), 'utf8');
  // token offsets: one sentence a line, tokens separated by single spaces
  const tokenAt: Span[][] = [];
  let at = 0;
  for (const line of text.split('\n')) {
    const spans: Span[] = [];
    let p = at;
    for (const tok of line.split(' ')) {
      spans.push({ start: p, end: p + tok.length });
      p += tok.length + 1;
    }
    tokenAt.push(spans);
    at += line.length + 1;
  }
  const gold: Array<Span & { speaker: string | null }> = [];
  const byQid = new Map<string, Span & { speaker: string | null }>();
  for (const row of readFileSync(join(quoteDir, file), 'utf8').split('\n')) {
    const c = row.split('\t');
    if (c[0] === 'QUOTE') {
      const [ss, st, es, et] = c.slice(2, 6).map(Number);
      const q = { start: tokenAt[ss][st].start, end: tokenAt[es][et].end, speaker: null };
      gold.push(q);
      byQid.set(c[1], q);
    } else if (c[0] === 'ATTRIB' && byQid.has(c[1])) byQid.get(c[1])!.speaker = c[2];
  }
  // coreference: the same span once with its mention type and once with its cluster id
  const typeAt = new Map<string, string>();
  const clusters = new Map<string, Array<Span & { proper: boolean }>>();
  const rows = readFileSync(join(corefDir, `${id}_brat.ann`), 'utf8').split('\n').filter((r) => r.startsWith('T'));
  for (const r of rows) {
    const [, label, s, e] = r.split('\t')[1].match(/^(\S+) (\d+) (\d+)$/) ?? [];
    if (label && /^(PROP|NOM|PRON)_/.test(label)) typeAt.set(`${s}:${e}`, label);
  }
  for (const r of rows) {
    const [, label, s, e] = r.split('\t')[1].match(/^(\S+) (\d+) (\d+)$/) ?? [];
    if (!label || /^(PROP|NOM|PRON)_/.test(label)) continue;
    const kind = typeAt.get(`${s}:${e}`) ?? '';
    const list = clusters.get(label) ?? [];
    list.push({ start: Number(s), end: Number(e), proper: kind.startsWith('PROP_') });
    clusters.set(label, list);
  }
  const entities: Entity[] = [];
  const taken: Span[] = [];
  for (const [label, mentions] of clusters) {
    const names = mentions.filter((m) => m.proper).sort((a, b) => a.start - b.start);
    if (names.length === 0) continue;
    const kind = typeAt.get(`${names[0].start}:${names[0].end}`) ?? 'PROP_PER';
    // rows are flat: a name inside another row's name is left out
    const flat = names.filter((m) => !taken.some((t) => overlap(t, m)));
    if (flat.length === 0) continue;
    taken.push(...flat);
    entities.push({
      id: label, type: TYPES[kind.slice(5)] ?? 'MISC', name: text.slice(flat[0].start, flat[0].end), variants: [], titles: [],
      mentions: flat.map((m) => ({ start: m.start, end: m.end, text: text.slice(m.start, m.end), kind: 'name' as const })),
    });
  }
  const t0 = performance.now();
  const sys = findQuotes(english.textLayer(text.replace(/\n/g, ' ')), entities, english).filter((q) => q.kind === 'direct');
  ms += performance.now() - t0;
  docs++;
  const pairs: Array<[number, number, number]> = [];
  gold.forEach((g, i) => sys.forEach((s, j) => {
    const ov = overlap(g, s);
    if (ov && ov >= 0.5 * (g.end - g.start - 4) && ov >= 0.5 * (s.end - s.start)) pairs.push([ov, i, j]);
  }));
  pairs.sort((a, b) => b[0] - a[0]);
  const usedG = new Set<number>(), usedS = new Set<number>();
  for (const [, i, j] of pairs) {
    if (usedG.has(i) || usedS.has(j)) continue;
    usedG.add(i);
    usedS.add(j);
    qTp++;
    const g = gold[i], sp = sys[j].speaker;
    // a speaker resolved to a row is judged by the row's names, not by where its pronoun stands
    // (the pronoun «he» overlaps the gold cluster whoever the resolver chose)
    const row = sp?.entity ? entities.find((e) => e.id === sp.entity) : undefined;
    const spans: Span[] = sp && !row?.mentions.some((m) => m.kind === 'pronoun' && m.start === sp.start) ? [sp] : [];
    if (row) spans.push(...row.mentions.filter((m) => m.kind !== 'pronoun'));
    const ok = g.speaker !== null && spans.some((a) => (clusters.get(g.speaker!) ?? []).some((b) => overlap(a, b)));
    if (ok) spkOk++;
    else if (verbose) console.log(`  ${id}: speaker ${sp?.text ?? null} want ${g.speaker} for ${JSON.stringify(text.slice(g.start, g.start + 50))}`);
  }
  qGold += gold.length;
  qSys += sys.length;
  if (verbose) {
    gold.forEach((g, i) => { if (!usedG.has(i)) console.log(`  ${id}: missed ${JSON.stringify(text.slice(g.start, g.start + 60))}`); });
    sys.forEach((s, j) => { if (!usedS.has(j)) console.log(`  ${id}: extra ${s.kind} ${JSON.stringify(s.text.slice(0, 60))}`); });
  }
}
const prf = (tp: number, ns: number, ng: number) => {
  const p = ns ? tp / ns : 0, r = ng ? tp / ng : 0;
  return `P ${(100 * p).toFixed(1)} R ${(100 * r).toFixed(1)} F1 ${(p + r ? (200 * p * r) / (p + r) : 0).toFixed(1)}`;
};
console.log(`${docs} LitBank documents, quote finding (layer + quotes) ${ms.toFixed(0)} ms, coreference names as rows`);
console.log(`quotes             ${prf(qTp, qSys, qGold)}  (tp ${qTp}, sys ${qSys}, gold ${qGold}; direct quotes only)`);
console.log(`quotes_attributed  ${prf(spkOk, qSys, qGold)}  speaker accuracy ${(100 * spkOk / Math.max(1, qTp)).toFixed(1)}%`);
