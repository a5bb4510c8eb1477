// --format ndjson: one DocumentAnalysis per line (the shape documented in json.ts, no
// envelope), written as each document finishes, in input order. Errors go to stderr only.
import type { DocumentAnalysis, InputError } from '../core/types.js';
import type { Renderer, RenderSettings } from './renderer.js';
import type { CorpusView } from '../batch/corpus/view.js';
import type { SerialisedAnalysis } from '../batch/job.js';
import { corpusJson } from './json.js';

export class NdjsonRenderer implements Renderer {
  readonly needsObjects = false;

  constructor(private readonly settings: RenderSettings) {}

  async document(doc: DocumentAnalysis, json?: SerialisedAnalysis): Promise<void> {
    // one write per line, so an interrupted run leaves only whole lines behind
    const text = json ?? JSON.stringify(doc);
    // bytes from a worker are already a whole line
    await this.settings.out.write(typeof text === 'string' ? text + '\n' : text);
  }

  async finish(): Promise<void> {}

  async corpus(_heading: string, documents: number, corpus: CorpusView, errors: InputError[]): Promise<void> {
    await this.settings.out.write(corpusJson(documents, corpus, errors));
  }
}
