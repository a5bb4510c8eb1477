// The corpus quote list: every quote that passes the filters, with its source document,
// in input order. Speakers keep their names (entity ids are per document).
import type { DocumentAnalysis, Quote } from '../../core/types.js';
import type { Section } from '../../render/view.js';
import type { CorpusView, SectionStyle } from './view.js';
import { sourceNames } from './source-names.js';

export type CorpusQuote = Omit<Quote, 'speaker'> & { source: string; speaker: { name: string | null; text: string } | null };

export class QuoteCorpus implements CorpusView {
  private readonly quotes: CorpusQuote[] = [];
  private docs = 0;

  add(doc: DocumentAnalysis): void {
    this.docs++;
    for (const q of doc.quotes ?? []) {
      this.quotes.push({ ...q, source: doc.source, speaker: q.speaker ? { name: q.speaker.name, text: q.speaker.text } : null });
    }
  }

  sections(style: SectionStyle = {}): Section[] {
    const names = sourceNames(this.quotes.map((q) => q.source), style.wholePaths);
    return [
      {
        title: `Quotes across ${this.docs} documents${names.note}`,
        columns: ['speaker', 'kind', 'quote', 'source'],
        rows: this.quotes.map((q) => [q.speaker ? (q.speaker.name ?? q.speaker.text) : '?', q.kind, q.text, names.short(q.source)]),
        wrap: [2],
        empty: '(no quotes)',
      },
    ];
  }

  json(): Record<string, unknown> {
    return { quotes: this.quotes };
  }
}
