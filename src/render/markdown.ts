// --format md: per document a heading and the view's sections as Markdown tables.
import type { DocumentAnalysis, InputError } from '../core/types.js';
import type { Renderer, RenderSettings } from './renderer.js';
import type { Section } from './view.js';
import type { CorpusView } from '../batch/corpus/view.js';

function cell(value: string): string {
  return value.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
}

export class MarkdownRenderer implements Renderer {
  readonly needsObjects = true;
  private count = 0;

  constructor(private readonly settings: RenderSettings) {}

  async document(doc: DocumentAnalysis): Promise<void> {
    let text = `${this.count++ ? '\n' : ''}## ${doc.source}\n\n`;
    const facts = [`language: ${doc.lang}`, `reference date: ${doc.referenceDate ?? 'none'}`];
    if (doc.title) facts.unshift(`title: ${cell(doc.title)}`);
    text += facts.join(' · ') + '\n';
    await this.settings.out.write(text + this.sections(this.settings.view.sections(doc)));
  }

  async corpus(heading: string, _documents: number, corpus: CorpusView): Promise<void> {
    await this.settings.out.write(`## ${cell(heading)}\n` + this.sections(corpus.sections()));
  }

  private sections(sections: Section[]): string {
    let text = '';
    for (const section of sections) {
      text += '\n' + (section.title ? `### ${section.title}\n\n` : '');
      if (!section.rows.length) {
        text += `_${section.empty ?? 'none'}_\n`;
        continue;
      }
      text += `| ${section.columns.map(cell).join(' | ')} |\n|${section.columns.map(() => ' --- |').join('')}\n`;
      for (const row of section.rows) text += `| ${row.map(cell).join(' | ')} |\n`;
    }
    return text;
  }

  async finish(_errors: InputError[]): Promise<void> {}
}
