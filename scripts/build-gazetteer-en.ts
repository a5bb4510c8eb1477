// Builds the English place gazetteer of the name tagger (src/lang/en/data/gazetteer/loc.txt):
// country and territory names (i18n-iso-countries, CLDR), CLDR exemplar cities, the English
// columns of the world cities list beside the Arabic gazetteer's sources, and the places of
// nationalities.tsv. Folded (lower-cased), one name a line. The tagger learns how far to trust it.
// usage: node dist/scripts/build-gazetteer-en.js [../shared/data/gazetteer-ar]
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { dataPath, readDataText } from '../src/core/data-files.js';
import { english } from '../src/lang/en/index.js';

const shared = process.argv[2] ?? '../shared/data/gazetteer-ar';
const outDir = dataPath('src/lang/en/data/gazetteer');
const require = createRequire(import.meta.url);
// CLDR territory codes that name organisations or groupings, not places
const NOT_PLACES = new Set(['UN', 'EU', 'EZ', 'QO', '001', '150', '419']);
const latinName = /^[A-Za-z][A-Za-z .'’-]*[A-Za-z.]$/;

const loc = new Set<string>();
function add(name: string | undefined): void {
  if (!name) return;
  // "Congo (Brazzaville)" → "Congo"; "Korea, Republic of" is skipped (no comma forms in text)
  const n = name.replace(/\(.*?\)/g, ' ').replace(/\s+/g, ' ').trim();
  if (n.length >= 3 && latinName.test(n) && !n.includes(',')) loc.add(english.fold(n));
}

const iso = require('i18n-iso-countries/langs/en.json') as { countries: Record<string, string | string[]> };
for (const names of Object.values(iso.countries)) for (const n of [names].flat()) add(n);
const territories = (require('cldr-localenames-full/main/en/territories.json') as any).main.en.localeDisplayNames.territories as Record<string, string>;
for (const [code, name] of Object.entries(territories)) if (!NOT_PLACES.has(code.split('-')[0]) && !/^\d/.test(code)) add(name);
const zones = (require('cldr-dates-full/main/en/timeZoneNames.json') as any).main.en.dates.timeZoneNames.zone;
function walk(node: any): void {
  if (!node || typeof node !== 'object') return;
  if (typeof node.exemplarCity === 'string') add(node.exemplarCity);
  for (const v of Object.values(node)) walk(v);
}
walk(zones);
// world-cities-ar.csv: "CountryNameAr","CountryNameEn","CityNameAr","CityNameEn",Population
for (const line of readFileSync(join(shared, 'world-cities-ar.csv'), 'utf8').split('\n').slice(1)) {
  const cells = line.match(/"([^"]*)"/g)?.map((c) => c.slice(1, -1));
  if (!cells || cells.length < 4) continue;
  add(cells[1]);
  add(cells[3]);
}
for (const line of readDataText('src/lang/en/data/nationalities.tsv').split('\n')) {
  if (line && !line.startsWith('#')) add(line.split('\t')[0]);
}

mkdirSync(outDir, { recursive: true });
const rows = [...loc].sort();
const head = [
  '# Places: i18n-iso-countries (MIT), CLDR territories and exemplar cities (Unicode-3.0),',
  '# jamsshhayd/world-cities-translations English columns (CC BY 4.0), nationalities.tsv (khabar, MIT)',
  '# built by scripts/build-gazetteer-en.ts; folded forms, one a line',
];
writeFileSync(join(outDir, 'loc.txt'), head.join('\n') + '\n' + rows.join('\n') + '\n');
console.error(`loc.txt: ${rows.length}`);
