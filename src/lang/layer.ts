// Builds a TextLayer from scanned tokens: shared by the language packs, which supply
// folding, clitic readings and sentence rules.
import type { CliticSplit, LangCode, Sentence, TextLayer, Token } from '../core/types.js';
import { scan, type ScanOptions } from './scan.js';
import { sentenceBreaks, type SentenceRules } from './sentences.js';

export interface LayerRules extends ScanOptions, SentenceRules {
  lang: LangCode;
  fold(text: string): string;
  splits(folded: string, script: 'ar' | 'latin' | ''): CliticSplit[];
  /** the token kind of a word in this script ('word' for the pack's own script) */
  wordKind(script: 'ar' | 'latin'): Token['kind'];
}

export function buildTextLayer(text: string, rules: LayerRules): TextLayer {
  const raw = scan(text, rules);
  const breaks = sentenceBreaks(text, raw, rules);
  const tokens: Token[] = new Array(raw.length);
  const sentences: Sentence[] = [];
  for (let s = 0; s + 1 < breaks.length; s++) {
    const first = breaks[s];
    const last = breaks[s + 1];
    for (let i = first; i < last; i++) {
      const r = raw[i];
      const original = text.slice(r.start, r.end);
      const folded = rules.fold(original);
      const kind = r.script === 'ar' || r.script === 'latin' ? rules.wordKind(r.script) : r.kind;
      const splits = r.kind === 'word' || r.kind === 'latin' ? rules.splits(folded, r.script) : [];
      tokens[i] = {
        start: r.start,
        end: r.end,
        text: original,
        index: i,
        sentence: s,
        kind,
        folded,
        stem: splits.length ? splits[0].stem : folded,
        splits,
        lineEnd: r.lineEnd,
      };
    }
    if (last > first) sentences.push({ index: sentences.length, start: raw[first].start, end: raw[last - 1].end, first, last });
  }
  return { lang: rules.lang, text, tokens, sentences };
}

/** The index of the first token that ends after character offset `at` (tokens.length when none): a binary search, as long texts ask often. */
export function tokenAfter(tokens: readonly Token[], at: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].end > at) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
