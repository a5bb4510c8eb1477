// Builds src/lang/ar/data/word-freq.tsv: folded Arabic words and how often each stands
// alone in ../shared/data/unlabeled-ar (Arabic Wikipedia, CC BY-SA 4.0). The clitic
// splitter uses it to decide whether «وزارة» is و + زارة (it is not).
// usage: node dist/scripts/build-word-freq.js [corpus.txt.gz] [min-count]
import { createReadStream, writeFileSync } from 'node:fs';
import { createGunzip } from 'node:zlib';
import { createInterface } from 'node:readline';
import { foldArabic } from '../src/lang/ar/fold.js';
import { dataPath } from '../src/core/data-files.js';

const corpus = process.argv[2] ?? '../shared/data/unlabeled-ar/wiki-ar-20170120.txt.gz';
const minCount = Number(process.argv[3] ?? 3);
const counts = new Map<string, number>();
const word = /[\u0621-\u064a\u0671-\u06d3\u064b-\u065f\u0670\u0640]+/g;

const lines = createInterface({ input: createReadStream(corpus).pipe(createGunzip()), crlfDelay: Infinity });
for await (const line of lines) {
  for (const m of line.matchAll(word)) {
    const f = foldArabic(m[0]);
    if (f.length >= 2) counts.set(f, (counts.get(f) ?? 0) + 1);
  }
}
const rows = [...counts].filter(([, c]) => c >= minCount).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
writeFileSync(dataPath('src/lang/ar/data/word-freq.tsv'), rows.map(([w, c]) => `${w}\t${c}`).join('\n') + '\n');
console.error(`${rows.length} words with count >= ${minCount} (of ${counts.size} distinct)`);
