// The Arabic word-frequency lexicon (folded words counted over 8M words of Arabic
// Wikipedia, see scripts/build-word-freq.ts). Loaded once, on first use, into a key
// table (no Map of 120,000 strings), read from its compiled form when the build made one.
import { readDataText } from '../../core/data-files.js';
import { KeyTable, forEachLine } from '../../core/text-table.js';
import { loadTable, type Compiled } from '../../core/table-file.js';

const SOURCE = 'src/lang/ar/data/word-freq.tsv';

let table: { keys: KeyTable; counts: Float64Array } | undefined;

function parse(): Compiled<null> {
  const text = readDataText(SOURCE);
  const keys = KeyTable.empty(text.length >> 4);
  let counts: Float64Array = new Float64Array(text.length >> 4);
  forEachLine(text, (pos, nl) => {
    const tab = text.indexOf('\t', pos);
    if (!(tab > pos && tab < nl)) return;
    const row = keys.add(text, pos, tab);
    if (row >= counts.length) {
      const bigger = new Float64Array(counts.length * 2);
      bigger.set(counts);
      counts = bigger;
    }
    counts[row] = count(text, tab + 1, nl);
  });
  return { meta: null, arrays: { ...keys.toArrays(), counts: counts.slice(0, keys.size) } };
}

function load(): { keys: KeyTable; counts: Float64Array } {
  const { arrays } = loadTable(SOURCE, 1, parse);
  return { keys: KeyTable.fromArrays(arrays as never), counts: arrays.counts as Float64Array };
}

/** The number in text[start, end): digits read directly, anything else as Number() reads it. */
function count(text: string, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9 || end - start > 15) return Number(text.slice(start, end));
    n = n * 10 + c;
  }
  return start === end ? 0 : n;
}

/** How often a folded word stands alone in the reference text (0 when unseen). */
export function wordFrequency(folded: string): number {
  table ??= load();
  const row = table.keys.get(folded);
  return row < 0 ? 0 : table.counts[row];
}
