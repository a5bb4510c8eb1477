// Dev check of entity resolution on its own: feeds the gold name mentions of the sample and
// the dev articles to resolveEntities() and counts the entity table the way
// ../shared/tools/score_gold.py does (gold entities found, split over rows, rows merging
// entities). Usage: node dist/scripts/dev-resolve.js [SHARED_DIR] [-v] [--lang ar|en]
// (Arabic: the sample and gold/articles/ar; English: gold/articles/en.)
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { EntityType, TextLayer } from '../src/core/types.js';
import { arabic } from '../src/lang/ar/index.js';
import { english } from '../src/lang/en/index.js';
import type { NameMention } from '../src/entities/name-mention.js';
import { resolveEntities } from '../src/entities/resolve.js';

interface GoldEntity {
  id: string;
  type: EntityType;
  mentions: Array<{ start: number; end: number }>;
}

const args = process.argv.slice(2);
const verbose = args.includes('-v');
const langAt = args.indexOf('--lang');
const lang = langAt >= 0 ? args[langAt + 1] : 'ar';
const pack = lang === 'en' ? english : arabic;
const shared = args.find((a, i) => !a.startsWith('-') && (langAt < 0 || i !== langAt + 1)) ?? '../shared';

/** code point offset → UTF-16 offset */
function utf16Offsets(text: string): number[] {
  const out: number[] = [];
  let u = 0;
  for (const ch of text) {
    out.push(u);
    u += ch.length;
  }
  out.push(u);
  return out;
}

function goldNames(layer: TextLayer, gold: GoldEntity[], cp: number[]): Array<NameMention & { gid: string }> {
  const out: Array<NameMention & { gid: string }> = [];
  for (const e of gold) {
    for (const m of e.mentions) {
      const start = cp[m.start];
      const end = cp[m.end];
      let first = layer.tokens.findIndex((t) => t.end > start);
      let last = first;
      while (last < layer.tokens.length && layer.tokens[last].start < end) last++;
      if (first < 0) first = last = layer.tokens.length;
      out.push({ start, end, type: e.type, first, last, gid: e.id });
    }
  }
  return out;
}

const totals = { gold: 0, found: 0, split: 0, rows: 0, merged: 0, titleMentions: 0 };

function score(label: string, text: string, gold: GoldEntity[]): void {
  const layer = pack.textLayer(text);
  const names = goldNames(layer, gold, utf16Offsets(text));
  const entities = resolveEntities(layer, names, pack);
  const gidAt = new Map(names.map((n) => [`${n.start}:${n.end}`, n.gid]));
  const rowGold = new Map<string, Set<string>>();
  for (const e of entities) {
    for (const m of e.mentions) {
      if (m.kind !== 'name') {
        totals.titleMentions++;
        continue;
      }
      const gid = gidAt.get(`${m.start}:${m.end}`);
      if (gid) (rowGold.get(e.id) ?? rowGold.set(e.id, new Set()).get(e.id)!).add(gid);
    }
  }
  const main = gold.filter((e) => e.type !== 'MISC');
  let found = 0;
  let split = 0;
  for (const g of main) {
    const rows = [...rowGold].filter(([, gs]) => gs.has(g.id)).map(([r]) => r);
    if (rows.length) found++;
    if (rows.length > 1) {
      split++;
      console.log(`  ${label}: entity ${g.id} split over ${rows.map((r) => entities.find((e) => e.id === r)!.name).join(' | ')}`);
    }
  }
  let merged = 0;
  for (const [r, gs] of rowGold) {
    if (gs.size > 1) {
      merged++;
      console.log(`  ${label}: row ${entities.find((e) => e.id === r)!.name} merges ${[...gs].join(', ')}`);
    }
  }
  totals.gold += main.length;
  totals.found += found;
  totals.split += split;
  totals.rows += entities.length;
  totals.merged += merged;
  console.log(`${label}: ${found}/${main.length} found, ${split} split, ${merged} merged, ${entities.length} rows`);
  if (verbose) {
    for (const e of entities) {
      const titled = e.mentions.filter((m) => m.kind === 'title').map((m) => `${m.text}@${m.start}`);
      console.log(`    ${e.id} ${e.type} ${e.name} [${e.variants.join(' / ')}] titles: ${e.titles.join(' / ') || '-'} names: ${e.mentions.length - titled.length}${titled.length ? ' title mentions: ' + titled.join(', ') : ''}`);
    }
  }
}

if (lang === 'ar') {
  const sample = JSON.parse(readFileSync(join(shared, 'gold/ar-talks-belarus.gold.json'), 'utf8'));
  score('sample', readFileSync(join(shared, 'samples', 'ar-talks-belarus.txt'), 'utf8'), sample.entities);
}
const dir = join(shared, 'gold/articles', lang);
for (const f of readdirSync(dir).filter((f) => f.endsWith('.gold.json')).sort()) {
  const gold = JSON.parse(readFileSync(join(dir, f), 'utf8'));
  score(f.replace('.gold.json', ''), readFileSync(join(shared, 'data/articles', gold.file), 'utf8'), gold.entities);
}
console.log(`total: ${totals.found}/${totals.gold} found, ${totals.split} split, ${totals.merged} merged, ${totals.rows} rows, ${totals.titleMentions} title mentions`);
