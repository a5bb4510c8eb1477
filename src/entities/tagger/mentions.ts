// From per-token labels to name mentions: spans in layer.text, with one-letter
// proclitics of the first word left out («وبروسيا» → «روسيا»), a document-level
// consistency pass and the enforcement of known multi-word names from the gazetteers.
import type { EntityType, TextLayer } from '../../core/types.js';
import { ENTITY_TYPE, NAME_TYPES, spansOf } from './labels.js';

export interface NameMention {
  /** UTF-16 offsets into layer.text */
  start: number;
  end: number;
  type: EntityType;
  /** token index range [first, last) */
  first: number;
  last: number;
}

/** Offset in layer.text where the first token of a mention starts once its proclitics are skipped. */
function startAfterProclitics(layer: TextLayer, index: number, fold: (s: string) => string): number {
  const t = layer.tokens[index];
  const split = t.splits[0];
  if (!split || !split.proclitics.length) return t.start;
  let letters = 0;
  for (const p of split.proclitics) letters += p.length;
  // walk the original characters: diacritics fold to nothing and do not count as letters
  let seen = 0;
  let i = t.start;
  while (i < t.end && seen < letters) seen += fold(layer.text[i++]).length;
  while (i < t.end && fold(layer.text[i]) === '') i++;
  return i < t.end ? i : t.start;
}

export function mentionsFromLabels(layer: TextLayer, labels: ArrayLike<number>, fold: (s: string) => string): NameMention[] {
  return spansOf(labels).map((s) => ({
    start: startAfterProclitics(layer, s.first, fold),
    end: layer.tokens[s.last - 1].end,
    type: ENTITY_TYPE[NAME_TYPES[s.type]],
    first: s.first,
    last: s.last,
  }));
}
