// A corpus view: what `--corpus` keeps while documents stream past (only what it
// aggregates, never the documents), and what it shows at the end.
import type { DocumentAnalysis } from '../../core/types.js';
import type { Section } from '../../render/view.js';

export interface SectionStyle {
  /** sources as given (CSV), not relative to the folder they share (tables, Markdown) */
  wholePaths?: boolean;
}

export interface CorpusView {
  add(doc: DocumentAnalysis): void;
  sections(style?: SectionStyle): Section[];
  /** the JSON form: merged into { version, corpus: { documents, …this }, errors } */
  json(): Record<string, unknown>;
}

/** A corpus view made of several (analyze --corpus, merge --corpus). */
export function combine(views: CorpusView[]): CorpusView {
  return {
    add: (doc) => views.forEach((v) => v.add(doc)),
    sections: (style) => views.flatMap((v) => v.sections(style)),
    json: () => Object.assign({}, ...views.map((v) => v.json())),
  };
}
