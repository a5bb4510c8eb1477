// The shared vocabulary of khabar: documents, tokens, sentences and the Analysis
// contract that every renderer and the library API return (see DESIGN.md).

export type LangCode = 'ar' | 'en';

/** A piece of text in a document. Internally offsets are UTF-16 code units; the
 *  pipeline converts every span of the final Analysis to Unicode code points. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

export type TokenKind = 'word' | 'number' | 'punct' | 'quote' | 'latin';

/** One reading of an Arabic word: proclitics + (article) + stem + enclitic. All folded. */
export interface CliticSplit {
  proclitics: string[];
  article: boolean;
  stem: string;
  enclitic: string;
}

export interface Token extends Span {
  /** position in the document's token array */
  index: number;
  /** index of the sentence that holds it */
  sentence: number;
  kind: TokenKind;
  /** matching form: diacritics and tatweel removed, letters and digits folded (lower-cased for Latin) */
  folded: string;
  /** the folded stem of the preferred clitic reading (== folded when nothing splits off) */
  stem: string;
  /** the preferred reading first; only Arabic words have more than one */
  splits: CliticSplit[];
  /** a line break (paragraph or line end) comes right after this token */
  lineEnd: boolean;
}

export interface Sentence {
  index: number;
  start: number;
  end: number;
  /** token index range [first, last) */
  first: number;
  last: number;
}

export interface Document {
  /** "source" in the output: the path as given, "-" for stdin, or the record id */
  id: string;
  path?: string;
  text: string;
  lang?: LangCode;
  /** YYYY-MM-DD */
  referenceDate?: string;
  title?: string;
}

/** The text layer of a document: what every analysis reads. */
export interface TextLayer {
  lang: LangCode;
  text: string;
  tokens: Token[];
  sentences: Sentence[];
}

export type EntityType = 'PERSON' | 'ORG' | 'LOC' | 'MISC';
export type MentionKind = 'name' | 'title' | 'pronoun';

export interface Mention extends Span {
  kind: MentionKind;
}

export interface Entity {
  id: string;
  type: EntityType;
  name: string;
  variants: string[];
  titles: string[];
  mentions: Mention[];
}

export interface Quote extends Span {
  kind: 'direct' | 'indirect';
  cue: Span | null;
  speaker: { entity: string | null; name: string | null; start: number; end: number; text: string } | null;
  /** index of the sentence the quote starts in */
  sentence?: number;
}

export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

export interface TimeExpression extends Span {
  type: TimexType;
  value: string;
  event: Span | null;
}

export interface DocumentAnalysis {
  source: string;
  lang: LangCode;
  title: string | null;
  referenceDate: string | null;
  entities?: Entity[];
  quotes?: Quote[];
  timeline?: TimeExpression[];
  /** only for `khabar tokens` */
  sentences?: Array<Span & { tokens: Array<Span & { kind: TokenKind; folded: string; split: string }> }>;
}

export interface InputError {
  source: string;
  message: string;
}

export const SCHEMA_VERSION = 1;
