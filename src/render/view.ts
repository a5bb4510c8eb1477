// What a subcommand shows of an Analysis, independent of the output format: the JSON
// projection (with the subcommand's filters applied) and, for the human formats, sections
// of rows and columns. Each subcommand in src/cli defines one.
import type { DocumentAnalysis } from '../core/types.js';
import type { CorpusView } from '../batch/corpus/view.js';

export interface Section {
  /** shown above the rows in table and markdown output */
  title?: string;
  columns: string[];
  rows: string[][];
  /** columns that may wrap (the rest keep their width) */
  wrap?: number[];
  /** said instead of an empty table */
  empty?: string;
}

/** What an empty section says: nothing found, or nothing left after the user's filters. */
export function emptyText(what: string, filtered: boolean): string {
  return filtered ? `(no ${what} match the filters)` : `(no ${what} found)`;
}

export interface View {
  /** narrows a document to what the user asked for (filters); absent when nothing to narrow */
  filter?(doc: DocumentAnalysis): DocumentAnalysis;
  sections(doc: DocumentAnalysis): Section[];
  /** CoNLL lines (token<TAB>label), for the formats that support it */
  conll?(doc: DocumentAnalysis, text: string): string;
  /** the corpus view of this subcommand (--corpus), fresh for each run */
  corpus?(options: { showSources: boolean }): CorpusView;
}
