// --format json: one object for the whole run, streamed document by document:
//   { "version": 1, "documents": [ DocumentAnalysis … ], "errors": [ { source, message } … ] }
// DocumentAnalysis is the contract in DESIGN.md ("Contracts"): source, lang, title,
// referenceDate, and the parts the subcommand produces (entities, quotes, timeline;
// sentences for `tokens`). Offsets are Unicode code points, end exclusive. Bump
// SCHEMA_VERSION in src/core/types.ts when this shape changes.
import { SCHEMA_VERSION, type DocumentAnalysis, type InputError } from '../core/types.js';
import type { Renderer, RenderSettings } from './renderer.js';
import type { CorpusView } from '../batch/corpus/view.js';
import type { SerialisedAnalysis } from '../batch/job.js';

export class JsonRenderer implements Renderer {
  readonly needsObjects = false;
  private count = 0;

  constructor(private readonly settings: RenderSettings) {}

  async document(doc: DocumentAnalysis, json?: SerialisedAnalysis): Promise<void> {
    const head = this.count++ === 0 ? `{"version":${SCHEMA_VERSION},"documents":[\n` : ',\n';
    const text = json ?? JSON.stringify(doc);
    if (typeof text === 'string') await this.settings.out.write(head + text);
    else {
      // an NDJSON line from a worker: its JSON without the newline
      await this.settings.out.write(head);
      await this.settings.out.write(text.subarray(0, text.length - 1));
    }
  }

  async finish(errors: InputError[]): Promise<void> {
    const head = this.count === 0 ? `{"version":${SCHEMA_VERSION},"documents":[` : '\n';
    await this.settings.out.write(`${head}],"errors":${JSON.stringify(errors)}}\n`);
  }

  // --corpus: { "version": 1, "corpus": { "documents": N, "entities"|"quotes"|"timeline": […] }, "errors": […] }
  async corpus(_heading: string, documents: number, corpus: CorpusView, errors: InputError[]): Promise<void> {
    await this.settings.out.write(corpusJson(documents, corpus, errors));
  }
}

export function corpusJson(documents: number, corpus: CorpusView, errors: InputError[]): string {
  return JSON.stringify({ version: SCHEMA_VERSION, corpus: { documents, ...corpus.json() }, errors }) + '\n';
}
