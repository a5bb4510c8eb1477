// Dev figure for the Arabic time tagger: the share of the Recognizers-Text Arabic date/time
// cases (../shared/data/timex/recognizers-ar/specs) it gets right. A case is right when every
// expected expression is overlapped by one we find (and, in the parser and model files, one
// of them carries the expected value: the TIMEX, or its past or future resolution), and when
// a case that expects nothing gets nothing.
// usage: node dist/scripts/eval-timex-ar.js [SPECS_DIR] [-v]
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { arabic } from '../src/lang/ar/index.js';
import { findTimeline } from '../src/timeline/index.js';

interface Result {
  Text: string;
  Start?: number;
  Length?: number;
  End?: number;
  Value?: { Timex?: string; FutureResolution?: Record<string, string>; PastResolution?: Record<string, string> };
  Resolution?: { values?: Array<Record<string, string>> } | string;
}
interface Case { Input: string; Context?: { ReferenceDateTime?: string }; Results: Result[] }

const args = process.argv.slice(2);
const verbose = args.includes('-v');
const dir = args.find((a) => !a.startsWith('-')) ?? '../shared/data/timex/recognizers-ar/specs';

/** One spelling for a time of day without a date: TIMEX3 allows «XXXX-XX-XXT19:00» and «T19». */
function canonical(v: string): string {
  return v.replace(/^XXXX-XX-XX(?=T)/, '').replace(/^(.*T\d{2}):00$/, '$1');
}

const DAY_BEFORE_TIME = /^[\dX]{4}-[\dX]{2}-[\dX]{2}(?=T)/;

/** Values that count as right for an expected result. */
function accepted(r: Result): Set<string> {
  const out = new Set<string>();
  const norm = (v: string | undefined) => {
    if (!v) return;
    out.add(canonical(v));
    // "2016-11-07 16:12:00" → 2016-11-07T16:12
    const m = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2})/.exec(v);
    if (m) out.add(canonical(`${m[1]}T${m[2]}`));
  };
  // a range «(start,end,duration)»: khabar gives each end its own expression, so either end counts,
  // in every file alike (DatePeriodParser lists them as startDate/endDate, the model files as start/end)
  const timex = (v: string | undefined) => {
    norm(v);
    const range = v ? /^\((.+?),(.+?),(P.+)\)$/.exec(v) : null;
    if (range) {
      norm(range[1]);
      norm(range[2]);
    }
  };
  timex(r.Value?.Timex);
  for (const res of [r.Value?.FutureResolution, r.Value?.PastResolution]) if (res) for (const v of Object.values(res)) norm(/^\d{2}:\d{2}:\d{2}$/.test(v) ? 'T' + v.slice(0, 5) : v);
  if (r.Resolution && typeof r.Resolution === 'object') for (const v of r.Resolution.values ?? []) {
    timex(v.timex);
    norm(v.value);
    norm(v.start);
    norm(v.end);
  }
  return out;
}

function span(input: string, r: Result): [number, number] {
  if (r.Start !== undefined && r.Start >= 0) {
    const end = r.Length !== undefined ? r.Start + r.Length : (r.End ?? r.Start) + 1;
    return [r.Start, end];
  }
  const at = input.indexOf(r.Text.trim());
  return at < 0 ? [0, input.length] : [at, at + r.Text.trim().length];
}

let cases = 0;
let right = 0;
let found = 0;
let valued = 0;
let valueRight = 0;
const perFile: string[] = [];
for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
  const list = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Case[];
  const parser = !file.includes('Extractor');
  let fileRight = 0;
  for (const c of list) {
    const ref = c.Context?.ReferenceDateTime?.slice(0, 10) ?? null;
    const { expressions } = findTimeline(arabic.textLayer(c.Input), arabic, ref);
    let ok = true;
    if (!c.Results.length && expressions.length) ok = false;
    for (const r of c.Results) {
      const [s, e] = span(c.Input, r);
      const hits = expressions.filter((x) => Math.min(e, x.end) > Math.max(s, x.start));
      if (!hits.length) {
        ok = false;
        continue;
      }
      found++;
      const want = accepted(r);
      const unresolved = typeof r.Resolution === 'string';
      if (parser && want.size && !unresolved) {
        valued++;
        // a time the spec gives without a day («T17») is right on whatever day we put it
        if (hits.some((h) => want.has(canonical(h.value)) || want.has(canonical(h.value.replace(DAY_BEFORE_TIME, ''))))) valueRight++;
        else ok = false;
      }
    }
    cases++;
    if (ok) {
      right++;
      fileRight++;
    } else if (verbose) {
      console.log(`${file}: ${c.Input} | want ${c.Results.map((r) => `${r.Text.trim()}=${[...accepted(r)][0] ?? ''}`).join(', ')} | got ${expressions.map((x) => `${x.text}=${x.value}`).join(', ')}`);
    }
  }
  perFile.push(`${file.padEnd(28)} ${fileRight}/${list.length}`);
}
const expected = cases; // for the record line below
console.log(perFile.join('\n'));
console.log(`cases right ${right}/${expected} (${((100 * right) / expected).toFixed(1)}%); expressions found ${found}; values right ${valueRight}/${valued} (${((100 * valueRight) / Math.max(1, valued)).toFixed(1)}%)`);
