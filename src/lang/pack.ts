// What a language pack gives the analyses: its text layer (tokens with folded forms and
// clitic readings, sentences). The analyses take their words from the pack's data files.
import type { CliticSplit, LangCode, TextLayer, TimexType } from '../core/types.js';

/** A time expression found and normalised by a language's own recogniser. */
export interface RecognisedTimex {
  start: number;
  end: number;
  text: string;
  type: TimexType;
  value: string;
}

export interface LanguagePack {
  code: LangCode;
  /** the matching form of any string in this language (used for lexicons and comparisons) */
  fold(text: string): string;
  /** cut a text into tokens and sentences */
  textLayer(text: string): TextLayer;
  /** a clitic reading as `khabar tokens` shows it (و+ب+روسيا); languages without clitics show the stem */
  showSplit(split: CliticSplit): string;
  /** how often a folded word occurs in the language's reference text (rare words are likely names) */
  wordFrequency?(folded: string): number;
  /** a language whose time expressions are not described by src/timeline's data files brings its
   *  own recogniser (English: chrono-node plus a TIMEX3 grammar); the timeline adds events and order */
  recogniseTimex?(layer: TextLayer, referenceDate: string | null): RecognisedTimex[];
}
