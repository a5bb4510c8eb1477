// Turns TimeML files (TempEval-3) into the gold format of ../shared/gold, so one scorer
// (tools/score_gold.py) serves Arabic articles and TE3 alike: for each .tml it writes the
// plain text of <TEXT> as an article and its TIMEX3 tags as "timex" with code-point offsets.
// usage: node dist/scripts/timeml-to-gold.js TML_DIR OUT_DIR   → OUT_DIR/articles/*.txt, OUT_DIR/gold/*.gold.json
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';

interface Timex {
  start: number;
  end: number;
  text: string;
  type: string;
  value: string;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const decode = (s: string) => s.replace(/&(amp|lt|gt|quot|apos);/g, (_, e: string) => ENTITIES[e]);

function attributes(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of tag.matchAll(/(\w+)="([^"]*)"/g)) out[m[1]] = decode(m[2]);
  return out;
}

/** The text of <TEXT> without tags, and the TIMEX3 spans in it (code points). */
export function readTimeML(xml: string): { text: string; timex: Timex[]; dct: string | null; title: string | null } {
  const dct = /<DCT>\s*<TIMEX3([^>]*)>/.exec(xml);
  const title = /<TITLE>([\s\S]*?)<\/TITLE>/.exec(xml);
  const body = /<TEXT>([\s\S]*?)<\/TEXT>/.exec(xml)?.[1] ?? '';
  let text = '';
  let cp = 0; // code points written so far
  const timex: Timex[] = [];
  const open: Array<{ start: number; attrs: Record<string, string> }> = [];
  for (const part of body.split(/(<[^>]+>)/)) {
    if (!part) continue;
    if (part.startsWith('<')) {
      if (part.startsWith('<TIMEX3')) open.push({ start: cp, attrs: attributes(part) });
      else if (part.startsWith('</TIMEX3')) {
        const o = open.pop();
        if (o) timex.push({ start: o.start, end: cp, text: [...text].slice(o.start, cp).join(''), type: o.attrs.type, value: o.attrs.value });
      }
      continue;
    }
    const plain = decode(part);
    text += plain;
    cp += [...plain].length;
  }
  const dctValue = dct ? attributes(dct[1]).value ?? null : null;
  return { text, timex, dct: dctValue && /^\d{4}-\d{2}-\d{2}/.test(dctValue) ? dctValue.slice(0, 10) : null, title: title ? decode(title[1]).trim() : null };
}

const [src, out] = process.argv.slice(2);
if (!src || !out) {
  console.error('usage: node dist/scripts/timeml-to-gold.js TML_DIR OUT_DIR');
  process.exit(2);
}
mkdirSync(join(out, 'articles'), { recursive: true });
mkdirSync(join(out, 'gold'), { recursive: true });
let files = 0;
let count = 0;
for (const name of readdirSync(src).filter((f) => f.endsWith('.tml')).sort()) {
  const doc = readTimeML(readFileSync(join(src, name), 'utf8'));
  const id = basename(name, '.tml');
  writeFileSync(join(out, 'articles', `${id}.txt`), doc.text);
  const gold = {
    file: `${id}.txt`,
    lang: 'en',
    reference_date: doc.dct,
    reference_date_source: 'TimeML DCT (document creation time)',
    entities: [],
    quotes: [],
    timex: doc.timex,
  };
  writeFileSync(join(out, 'gold', `${id}.gold.json`), JSON.stringify(gold, null, 1));
  files++;
  count += doc.timex.length;
}
console.error(`${files} documents, ${count} TIMEX3 → ${out}/gold (score: python3 ../shared/tools/score_gold.py ${out}/gold --articles ${out}/articles)`);
