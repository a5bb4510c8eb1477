// `khabar quotes`: every statement in text order — speaker (resolved to the entity's
// canonical name, or the unnamed source as written), kind, the quote, and its cue.
import type { Command } from 'commander';
import type { DocumentAnalysis, Entity, Quote } from '../core/types.js';
import { emptyText, type Section, type View } from '../render/view.js';
import { foldArabic } from '../lang/ar/fold.js';
import { QuoteCorpus } from '../batch/corpus/quotes.js';
import { addCommonOptions } from './common.js';
import { UsageError } from './config.js';
import type { CommandContext } from './context.js';

export interface QuoteFilter {
  speaker?: string;
  kind?: 'direct' | 'indirect';
  minLength: number;
}

export function parseQuoteFilter(o: { speaker?: string; kind?: string; minLength?: string }): QuoteFilter {
  if (o.kind !== undefined && o.kind !== 'direct' && o.kind !== 'indirect') throw new UsageError(`--kind takes direct or indirect; not "${o.kind}"`);
  const minLength = o.minLength === undefined ? 0 : Number(o.minLength);
  if (!Number.isInteger(minLength) || minLength < 0) throw new UsageError(`--min-length must be a whole number, not "${o.minLength}"`);
  const speaker = o.speaker?.trim() ? foldArabic(o.speaker.trim()) : undefined;
  return { speaker, kind: o.kind as QuoteFilter['kind'], minLength };
}

/** Does the quote's speaker match the folded name: any spelling of its entity, or its text. */
export function speakerMatches(q: Quote, folded: string, entities: Map<string, Entity>): boolean {
  const sp = q.speaker;
  if (!sp) return false;
  const names = [sp.text, sp.name ?? ''];
  const entity = sp.entity ? entities.get(sp.entity) : undefined;
  if (entity) names.push(entity.name, ...entity.variants);
  return names.some((n) => n && foldArabic(n).includes(folded));
}

export function filterQuotes(doc: DocumentAnalysis, f: QuoteFilter): Quote[] {
  const entities = new Map((doc.entities ?? []).map((e) => [e.id, e]));
  return (doc.quotes ?? []).filter(
    (q) => (!f.kind || q.kind === f.kind) && q.text.length >= f.minLength && (!f.speaker || speakerMatches(q, f.speaker, entities)),
  );
}

export function quoteSection(quotes: Quote[], filtered = false): Section {
  return {
    title: 'Quotes',
    columns: ['speaker', 'kind', 'quote', 'cue'],
    rows: quotes.map((q) => [q.speaker ? (q.speaker.name ?? q.speaker.text) : '?', q.kind, q.text, q.cue?.text ?? '']),
    wrap: [2],
    empty: emptyText('quotes', filtered),
  };
}

export function quotesView(f: QuoteFilter, keepEntities: boolean): View {
  return {
    filter(doc) {
      const quotes = filterQuotes(doc, f);
      const out: DocumentAnalysis = { ...doc, quotes };
      if (!keepEntities) delete out.entities;
      return out;
    },
    sections: (doc) => [quoteSection(doc.quotes ?? [], Boolean(f.speaker || f.kind || f.minLength))],
    corpus: () => new QuoteCorpus(),
  };
}

export function quotesCommand(program: Command, context: CommandContext): void {
  const cmd = program
    .command('quotes')
    .description('the quote list: direct and reported speech, each with its speaker')
    .argument('<inputs...>', 'files, folders, globs, or - for stdin')
    .option('--speaker <name>', 'only quotes of this speaker (any spelling)')
    .option('--kind <kind>', 'direct or indirect')
    .option('--min-length <n>', 'only quotes of at least n characters');
  // the entity rows are needed to resolve and filter speakers, but not printed
  addCommonOptions(cmd).action((inputs: string[], options) => context.execute(inputs, options, ['entities', 'quotes'], quotesView(parseQuoteFilter(options), false)));
}
