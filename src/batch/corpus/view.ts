// A corpus view: what `--corpus` keeps while documents stream past (only what it
// aggregates, never the documents), and what it shows at the end.
import type { DocumentAnalysis } from '../../core/types.js';
import type { Section } from '../../render/view.js';

export interface CorpusView {
  add(doc: DocumentAnalysis): void;
  sections(): Section[];
  /** the JSON form: merged into { version, corpus: { documents, …this }, errors } */
  json(): Record<string, unknown>;
}

/** A corpus view made of several (analyze --corpus, merge --corpus). */
export function combine(views: CorpusView[]): CorpusView {
  return {
    add: (doc) => views.forEach((v) => v.add(doc)),
    sections: () => views.flatMap((v) => v.sections()),
    json: () => Object.assign({}, ...views.map((v) => v.json())),
  };
}
