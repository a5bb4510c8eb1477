// The interface every output format implements. A renderer is handed documents one at a
// time, in input order, and the input errors at the end; it writes to an Output.
import type { DocumentAnalysis, InputError } from '../core/types.js';
import type { Output } from './output.js';
import type { View } from './view.js';
import type { CorpusView } from '../batch/corpus/view.js';
import type { SerialisedAnalysis } from '../batch/job.js';

export type Format = 'table' | 'json' | 'ndjson' | 'csv' | 'md' | 'conll';
export const FORMATS: Format[] = ['table', 'json', 'ndjson', 'csv', 'md', 'conll'];

export interface RenderSettings {
  out: Output;
  view: View;
  /** colour on the data stream */
  color: boolean;
  /** terminal width for tables (columns) */
  width: number;
}

export interface Renderer {
  /** the analysis as an object, and as JSON (text or UTF-8 bytes) when it was already serialised */
  document(doc: DocumentAnalysis, json?: SerialisedAnalysis): Promise<void>;
  finish(errors: InputError[]): Promise<void>;
  /** --corpus: the aggregated view instead of documents */
  corpus(heading: string, documents: number, corpus: CorpusView, errors: InputError[]): Promise<void>;
  /** true when it needs the document object (not just its JSON) */
  readonly needsObjects: boolean;
}
