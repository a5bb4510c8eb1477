// From per-token labels to name mentions: spans in layer.text, with the one-letter
// proclitics of the first word left out («وبروسيا» → «روسيا») by the rule of
// leadingReading (src/entities/name-forms.ts): only down to the article or to a word the
// document names elsewhere, so «كيري» keeps its ك.
import type { TextLayer } from '../../core/types.js';
import { languagePack } from '../../lang/detect.js';
import { entityLexicon, type EntityLexicon } from '../lexicon.js';
import { documentNameWords, leadingReading } from '../name-forms.js';
import { ENTITY_TYPE, NAME_TYPES, spansOf } from './labels.js';
import type { NameMention } from '../name-mention.js';

// the one shape of a name mention, shared with entity resolution
export type { NameMention };

/** Offset in layer.text where the first token of a mention starts once its proclitics are skipped. */
function startAfterProclitics(layer: TextLayer, index: number, afterName: boolean, known: ReadonlySet<string>, lex: EntityLexicon, fold: (s: string) => string): number {
  const t = layer.tokens[index];
  // right after another name, an attached conjunction joins the two names («الحوثي وصالح»)
  const best = t.splits[0];
  const joined = afterName && best && !best.enclitic && best.proclitics.length === 1 && lex.conjunctions.has(best.proclitics[0]) ? best : null;
  const split = joined ?? leadingReading(t, known, lex);
  if (!split) return t.start;
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
  const spans = spansOf(labels);
  const lex = entityLexicon(languagePack(layer.lang));
  const known = documentNameWords(layer.tokens, spans, lex);
  return spans.map((s) => ({
    start: startAfterProclitics(layer, s.first, s.first > 0 && labels[s.first - 1] !== 0, known, lex, fold),
    end: layer.tokens[s.last - 1].end,
    type: ENTITY_TYPE[NAME_TYPES[s.type]],
    first: s.first,
    last: s.last,
  }));
}
