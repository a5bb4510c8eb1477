// --format conll: one token per line (token<TAB>label for entities, the token alone for
// tokens), a blank line between sentences, a blank line and a "# source" comment line
// before each document: the layout of the NER training data.
import type { DocumentAnalysis, InputError } from '../core/types.js';
import type { Renderer, RenderSettings } from './renderer.js';

export class ConllRenderer implements Renderer {
  readonly needsObjects = true;

  constructor(private readonly settings: RenderSettings) {}

  async document(doc: DocumentAnalysis): Promise<void> {
    const conll = this.settings.view.conll;
    if (!conll) throw new Error('conll output is not available for this subcommand');
    await this.settings.out.write(`# ${doc.source}\n` + conll(doc, '') + '\n');
  }

  async finish(_errors: InputError[]): Promise<void> {}

  async corpus(): Promise<void> {
    throw new Error('conll output has no corpus view');
  }
}
