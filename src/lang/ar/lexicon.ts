// The Arabic word-frequency lexicon (folded words counted over 8M words of Arabic
// Wikipedia, see scripts/build-word-freq.ts). Loaded once, on first use.
import { readDataText } from '../../core/data-files.js';

let table: Map<string, number> | undefined;

function load(): Map<string, number> {
  const map = new Map<string, number>();
  const text = readDataText('src/lang/ar/data/word-freq.tsv');
  let pos = 0;
  while (pos < text.length) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = text.length;
    const tab = text.indexOf('\t', pos);
    if (tab > pos && tab < nl) map.set(text.slice(pos, tab), Number(text.slice(tab + 1, nl)));
    pos = nl + 1;
  }
  return map;
}

/** How often a folded word stands alone in the reference text (0 when unseen). */
export function wordFrequency(folded: string): number {
  table ??= load();
  return table.get(folded) ?? 0;
}
