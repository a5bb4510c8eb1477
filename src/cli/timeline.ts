// `khabar timeline`: time expressions normalised against the reference date, with the
// event each belongs to, in chronological order (unplaceable ones last).
import type { Command } from 'commander';
import type { DocumentAnalysis, TimeExpression, TimexType } from '../core/types.js';
import { emptyText, type Section, type View } from '../render/view.js';
import { isIsoDate } from '../io/metadata.js';
import { TimelineCorpus } from '../batch/corpus/timeline.js';
import { addCommonOptions } from './common.js';
import { UsageError } from './config.js';
import type { CommandContext } from './context.js';

export interface TimelineFilter {
  types?: Set<TimexType>;
  from?: string;
  to?: string;
  locale: 'ar' | 'en';
}

export function parseTimelineFilter(o: { type?: string; from?: string; to?: string; locale?: string }): TimelineFilter {
  let types: Set<TimexType> | undefined;
  if (o.type) {
    types = new Set();
    for (const t of o.type.split(',')) {
      const type = t.trim().toUpperCase();
      if (!['DATE', 'TIME', 'DURATION', 'SET'].includes(type)) throw new UsageError(`--type takes date, time, duration, set; not "${t}"`);
      types.add(type as TimexType);
    }
  }
  for (const [flag, v] of [['--from', o.from], ['--to', o.to]] as const) {
    if (v !== undefined && !isIsoDate(v)) throw new UsageError(`${flag} must be a real date as YYYY-MM-DD, not "${v}"`);
  }
  if (o.locale !== undefined && o.locale !== 'ar' && o.locale !== 'en') throw new UsageError(`--locale takes ar or en; not "${o.locale}"`);
  return { types, from: o.from, to: o.to, locale: (o.locale as 'ar' | 'en') ?? 'en' };
}

/** The calendar day a value starts on (YYYY-MM-DD), when it has one. */
function dayOf(value: string): string | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  return m ? m[0] : undefined;
}

export function filterTimeline(items: TimeExpression[], f: TimelineFilter): TimeExpression[] {
  return items.filter((t) => {
    if (f.types && !f.types.has(t.type)) return false;
    if (f.from || f.to) {
      const day = dayOf(t.value);
      if (!day) return false;
      if (f.from && day < f.from) return false;
      if (f.to && day > f.to) return false;
    }
    return true;
  });
}

export type Readable = (value: string, locale: 'ar' | 'en') => string;

export function timelineSection(items: TimeExpression[], readable: Readable, locale: 'ar' | 'en', filtered = false): Section {
  return {
    title: 'Timeline',
    columns: ['when', 'type', 'expression', 'event'],
    rows: items.map((t) => [readable(t.value, locale), t.type, t.text, t.event?.text ?? '']),
    wrap: [3],
    empty: emptyText('time expressions', filtered),
  };
}

export function timelineView(f: TimelineFilter, readable: Readable): View {
  return {
    filter: (doc: DocumentAnalysis) => ({ ...doc, timeline: filterTimeline(doc.timeline ?? [], f) }),
    sections: (doc) => [timelineSection(doc.timeline ?? [], readable, f.locale, Boolean(f.types || f.from || f.to))],
    corpus: () => new TimelineCorpus((value) => readable(value, f.locale)),
  };
}

export function timelineCommand(program: Command, context: CommandContext, readable: Readable): void {
  const cmd = program
    .command('timeline')
    .description('the timeline: time expressions normalised against the reference date, events in order')
    .argument('<inputs...>', 'files, folders, globs, or - for stdin')
    .option('--type <list>', 'only these types: date,time,duration,set')
    .option('--from <YYYY-MM-DD>', 'only entries on or after this day')
    .option('--to <YYYY-MM-DD>', 'only entries on or before this day')
    .option('--locale <code>', 'language of the readable date column: en or ar', 'en');
  addCommonOptions(cmd).action((inputs: string[], options) => context.execute(inputs, options, ['timeline'], timelineView(parseTimelineFilter(options), readable)));
}
