// What a language pack gives the analyses: its text layer (tokens with folded forms and
// clitic readings, sentences). The analyses take their words from the pack's data files.
import type { LangCode, TextLayer } from '../core/types.js';

export interface LanguagePack {
  code: LangCode;
  /** the matching form of any string in this language (used for lexicons and comparisons) */
  fold(text: string): string;
  /** cut a text into tokens and sentences */
  textLayer(text: string): TextLayer;
  /** how often a folded word occurs in the language's reference text (rare words are likely names) */
  wordFrequency?(folded: string): number;
}
