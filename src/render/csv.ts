// --format csv: RFC 4180 rows with a header; the first column is the source document.
// Each section of the view is its own block when a subcommand shows several (analyze).
import type { DocumentAnalysis, InputError } from '../core/types.js';
import type { Renderer, RenderSettings } from './renderer.js';
import type { Section } from './view.js';
import type { CorpusView } from '../batch/corpus/view.js';

export function csvField(value: string): string {
  return /[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export class CsvRenderer implements Renderer {
  readonly needsObjects = true;
  private readonly headers = new Set<string>();

  constructor(private readonly settings: RenderSettings) {}

  async document(doc: DocumentAnalysis): Promise<void> {
    await this.settings.out.write(this.rows(doc.source, this.settings.view.sections(doc)));
  }

  async corpus(_heading: string, _documents: number, corpus: CorpusView): Promise<void> {
    // corpus rows carry their sources, whole, in their own columns
    await this.settings.out.write(this.rows(null, corpus.sections({ wholePaths: true })));
  }

  private rows(source: string | null, sections: Section[]): string {
    let text = '';
    for (const section of sections) {
      const columns = [...(source !== null ? ['source'] : []), ...(section.title ? ['section'] : []), ...section.columns];
      const header = columns.map(csvField).join(',');
      if (!this.headers.has(header)) {
        if (this.headers.size) text += '\n';
        this.headers.add(header);
        text += header + '\n';
      }
      for (const row of section.rows) {
        text += [...(source !== null ? [source] : []), ...(section.title ? [section.title] : []), ...row].map(csvField).join(',') + '\n';
      }
    }
    return text;
  }

  async finish(_errors: InputError[]): Promise<void> {}
}
