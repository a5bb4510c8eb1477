// Builds the Arabic name gazetteers under src/lang/ar/data/gazetteer/ (one folded name a
// line) from maintained sources: country/territory names (i18n-iso-countries, CLDR
// territories), exemplar cities (CLDR time zones), the world-cities CSV, first/last-name
// lists and Wikipedia transliteration pairs (../shared/data/gazetteer-ar). Hand-kept lists
// (org-known.txt, loc-known.txt) live next to the output and are not touched here.
// usage: node dist/scripts/build-gazetteer.js [gazetteer-ar dir]
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { foldArabic } from '../src/lang/ar/fold.js';
import { dataPath } from '../src/core/data-files.js';

const shared = process.argv[2] ?? '../shared/data/gazetteer-ar';
const outDir = dataPath('src/lang/ar/data/gazetteer');
const require = createRequire(import.meta.url);

// CLDR territory codes that name organisations, not places
const ORG_TERRITORIES = new Set(['UN', 'EU', 'EZ']);
// words that open a province label in the cities list («ولاية قندهار»): keep the bare name too
const PROVINCE_WORDS = ['ولايه', 'محافظه', 'مقاطعه', 'منطقه', 'اقليم', 'مدينه', 'بلديه', 'امارة', 'اماره'];
const arabicOnly = /^[\u0621-\u064a\u0660-\u0669 ]+$/;

function clean(name: string): string {
  // «تكيف (مدينة)» → «تكيف»; folded, single spaces
  return foldArabic(name.replace(/\(.*?\)/g, ' ').replace(/[\u200e\u200f]/g, '')).replace(/\s+/g, ' ').trim();
}

function add(set: Set<string>, name: string | undefined): void {
  if (!name) return;
  const f = clean(name);
  if (f.length >= 2 && arabicOnly.test(f)) set.add(f);
}

const loc = new Set<string>();
const org = new Set<string>();

const iso = require('i18n-iso-countries/langs/ar.json') as { countries: Record<string, string | string[]> };
for (const names of Object.values(iso.countries)) for (const n of [names].flat()) add(loc, n);

const territories = (require('cldr-localenames-full/main/ar/territories.json') as any).main.ar.localeDisplayNames.territories as Record<string, string>;
for (const [code, name] of Object.entries(territories)) add(ORG_TERRITORIES.has(code.split('-')[0]) ? org : loc, name);

const zones = (require('cldr-dates-full/main/ar/timeZoneNames.json') as any).main.ar.dates.timeZoneNames.zone;
function walk(node: any): void {
  if (!node || typeof node !== 'object') return;
  if (typeof node.exemplarCity === 'string') add(loc, node.exemplarCity);
  for (const v of Object.values(node)) walk(v);
}
walk(zones);

// world-cities-ar.csv: "CountryNameAr","CountryNameEn","CityNameAr","CityNameEn",Population
for (const line of readFileSync(join(shared, 'world-cities-ar.csv'), 'utf8').split('\n').slice(1)) {
  const cells = line.match(/"([^"]*)"/g)?.map((c) => c.slice(1, -1));
  if (!cells || cells.length < 4) continue;
  add(loc, cells[0]);
  add(loc, cells[2]);
  const city = clean(cells[2]);
  const space = city.indexOf(' ');
  if (space > 0 && PROVINCE_WORDS.includes(city.slice(0, space))) add(loc, city.slice(space + 1));
}

function list(file: string): Set<string> {
  const set = new Set<string>();
  for (const line of readFileSync(join(shared, file), 'utf8').split('\n')) add(set, line.split('\t')[0]);
  return set;
}
const first = new Set([...list('arabic-names-male.txt'), ...list('arabic-names-female.txt')]);
const last = list('arabic-names-last.txt');
// transliterated Wikipedia names: single words only, mostly foreign person and place names
const translit = new Set([...list('translit-ar2en.txt')].filter((w) => !w.includes(' ')));

function write(name: string, set: Set<string>, source: string): void {
  const rows = [...set].sort();
  writeFileSync(join(outDir, name), `# ${source}\n# built by scripts/build-gazetteer.ts; folded forms, one a line\n` + rows.join('\n') + '\n');
  console.error(`${name}: ${rows.length}`);
}
mkdirSync(outDir, { recursive: true });
write('loc.txt', loc, 'Places: i18n-iso-countries (MIT), CLDR territories and exemplar cities (Unicode-3.0), jamsshhayd/world-cities-translations (CC BY 4.0)');
write('org.txt', org, 'Organisations named in CLDR territories (Unicode-3.0)');
write('pers-first.txt', first, 'First names: AKhateeb/arabic-names (MIT)');
write('pers-last.txt', last, 'Family names: AKhateeb/arabic-names (MIT)');
write('translit.txt', translit, 'Transliterated names mined from Wikipedia: google/transliteration ar2en (Apache-2.0)');
