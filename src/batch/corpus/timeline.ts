// The corpus timeline: one chronological list across documents. The same event reported
// by several articles (same value, events sharing most of their words) is shown once,
// with all its sources.
import type { DocumentAnalysis, TimeExpression } from '../../core/types.js';
import { foldArabic } from '../../lang/ar/fold.js';
import type { Section } from '../../render/view.js';
import type { CorpusView, SectionStyle } from './view.js';
import { sourceNames } from './source-names.js';
import { compareTimexValues } from '../../timeline/order.js';

export interface CorpusEvent {
  value: string;
  type: TimeExpression['type'];
  text: string;
  event: string;
  sources: string[];
}

interface Entry extends CorpusEvent {
  words: Set<string>;
  order: number;
}

function contentWords(text: string): Set<string> {
  return new Set(foldArabic(text).split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 2));
}

function overlap(a: Set<string>, b: Set<string>): number {
  if (!a.size || !b.size) return a.size === b.size ? 1 : 0;
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared / Math.min(a.size, b.size);
}

export class TimelineCorpus implements CorpusView {
  private readonly byValue = new Map<string, Entry[]>();
  private count = 0;
  private docs = 0;

  constructor(private readonly readable: (value: string) => string = (v) => v) {}

  add(doc: DocumentAnalysis): void {
    this.docs++;
    for (const t of doc.timeline ?? []) {
      const event = t.event?.text ?? t.text;
      const words = contentWords(event);
      const same = this.byValue.get(t.value) ?? [];
      const match = same.find((e) => overlap(e.words, words) >= 0.6);
      if (match) {
        if (!match.sources.includes(doc.source)) match.sources.push(doc.source);
        continue;
      }
      same.push({ value: t.value, type: t.type, text: t.text, event, sources: [doc.source], words, order: this.count++ });
      this.byValue.set(t.value, same);
    }
  }

  events(): CorpusEvent[] {
    const all = [...this.byValue.values()].flat();
    all.sort((a, b) => compareTimexValues(a.value, b.value) || a.order - b.order);
    return all.map(({ value, type, text, event, sources }) => ({ value, type, text, event, sources }));
  }

  sections(style: SectionStyle = {}): Section[] {
    const events = this.events();
    const names = sourceNames(events.flatMap((e) => e.sources), style.wholePaths);
    return [
      {
        title: `Timeline across ${this.docs} documents${names.note}`,
        columns: ['when', 'expression', 'event', 'sources'],
        rows: events.map((e) => [this.readable(e.value), e.text, e.event, e.sources.map(names.short).join(' ')]),
        wrap: [2, 3],
        empty: '(no dated events)',
      },
    ];
  }

  json(): Record<string, unknown> {
    return { timeline: this.events() };
  }
}
