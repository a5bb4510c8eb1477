// The `tokens` part of an Analysis: sentences with their tokens, folded forms and the
// preferred clitic reading, for debugging and for other tools.
import type { DocumentAnalysis, TextLayer } from './types.js';
import type { LanguagePack } from '../lang/pack.js';

export function tokenView(layer: TextLayer, pack: LanguagePack): NonNullable<DocumentAnalysis['sentences']> {
  return layer.sentences.map((s) => ({
    start: s.start,
    end: s.end,
    text: layer.text.slice(s.start, s.end),
    tokens: layer.tokens.slice(s.first, s.last).map((t) => ({
      start: t.start,
      end: t.end,
      text: t.text,
      kind: t.kind,
      folded: t.folded,
      split: t.splits.length ? pack.showSplit(t.splits[0]) : t.folded,
    })),
  }));
}
