// `khabar analyze`: the whole Analysis — entity table, quote list and timeline.
import type { Command } from 'commander';
import type { View } from '../render/view.js';
import { EntityCorpus } from '../batch/corpus/entities.js';
import { QuoteCorpus } from '../batch/corpus/quotes.js';
import { TimelineCorpus } from '../batch/corpus/timeline.js';
import { combine } from '../batch/corpus/view.js';
import { addCommonOptions } from './common.js';
import type { CommandContext } from './context.js';
import { entitySection, filterEntities, parseEntityFilter, tableEntities } from './entities.js';
import { filterQuotes, parseQuoteFilter, quoteSection } from './quotes.js';
import { filterTimeline, parseTimelineFilter, timelineSection, type Readable } from './timeline.js';

export function analyzeCommand(program: Command, context: CommandContext, readable: Readable): void {
  const cmd = program
    .command('analyze')
    .description('everything: the entity table, the quote list and the timeline')
    .argument('<inputs...>', 'files, folders, globs, or - for stdin')
    .option('--locale <code>', 'language of the readable date column: en or ar', 'en');
  addCommonOptions(cmd).action((inputs: string[], options) =>
    context.execute(inputs, options, ['entities', 'quotes', 'timeline'], analyzeView(readable, parseTimelineFilter({ locale: options.locale }).locale)),
  );
}

/** All three parts, each with its default filters; the corpus view merges all three. */
export function analyzeView(readable: Readable, locale: 'ar' | 'en'): View {
  const entityFilter = parseEntityFilter({ sort: 'first' });
  const quoteFilter = parseQuoteFilter({});
  const timelineFilter = parseTimelineFilter({ locale });
  return {
    sections: (doc) => [
      entitySection(tableEntities(doc, filterEntities(doc.entities ?? [], entityFilter))),
      quoteSection(filterQuotes(doc, quoteFilter)),
      timelineSection(filterTimeline(doc.timeline ?? [], timelineFilter), readable, timelineFilter.locale),
    ],
    corpus: ({ showSources }) =>
      combine([new EntityCorpus({ showSources }), new QuoteCorpus(), new TimelineCorpus((value) => readable(value, timelineFilter.locale))]),
  };
}
