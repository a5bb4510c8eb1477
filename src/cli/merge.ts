// `khabar merge`: reads saved NDJSON (one DocumentAnalysis per line, as `analyze --format
// ndjson` writes it; JSON envelopes work too) and renders it again — in another format,
// or as the corpus view (--corpus), so work split across machines merges back.
import type { Command } from 'commander';
import type { DocumentAnalysis, InputError } from '../core/types.js';
import { expandInputs } from '../io/inputs.js';
import { linesOf, sourceName } from '../io/lines.js';
import { createRenderer, FORMATS, type Format } from '../render/index.js';
import { Output } from '../render/output.js';
import type { View } from '../render/view.js';
import { resolveConfig, UsageError, type CommonOptions } from './config.js';
import type { CliIO } from './io.js';
import { messenger } from './messages.js';
import { entitiesView, parseEntityFilter } from './entities.js';
import { parseQuoteFilter, quotesView } from './quotes.js';
import { parseTimelineFilter, timelineView, type Readable } from './timeline.js';
import { analyzeView } from './analyze.js';

interface MergeOptions extends CommonOptions {
  view?: string;
  speaker?: string;
  locale?: string;
}

function pickView(o: MergeOptions, readable: Readable): View {
  const locale = parseTimelineFilter({ locale: o.locale }).locale;
  switch (o.view ?? 'analyze') {
    case 'entities':
      return entitiesView(parseEntityFilter({}));
    case 'quotes':
      return quotesView(parseQuoteFilter({ speaker: o.speaker }), false);
    case 'timeline':
      return timelineView(parseTimelineFilter({ locale }), readable);
    case 'analyze':
      if (o.speaker) throw new UsageError('--speaker goes with --view quotes');
      return analyzeView(readable, locale);
    default:
      throw new UsageError(`--view takes analyze, entities, quotes or timeline; not "${o.view}"`);
  }
}

/** The documents of one saved line: a DocumentAnalysis, or a whole JSON envelope. */
function documentsOf(value: unknown): DocumentAnalysis[] | string {
  if (value === null || typeof value !== 'object') return 'not a khabar document';
  const record = value as Record<string, unknown>;
  if (Array.isArray(record.documents)) return record.documents as DocumentAnalysis[];
  if ('corpus' in record) return 'already a corpus view; merge the NDJSON documents instead';
  if (typeof record.source === 'string') return [record as unknown as DocumentAnalysis];
  return 'not a khabar document (no "source")';
}

export async function runMerge(inputs: string[], o: MergeOptions, io: CliIO, readable: Readable): Promise<number> {
  const config = resolveConfig(inputs, o, io, FORMATS.filter((f): f is Format => f !== 'conll'));
  const view = pickView(o, readable);
  const say = messenger(io.stderr, config.colorErr);
  const out = new Output(io.stdout);
  const renderer = createRenderer(config.format, { out, view, color: config.color, width: config.width });
  const corpus = config.corpus ? view.corpus?.({ showSources: config.showSources }) : undefined;
  const { sources, errors: expandErrors } = expandInputs(config.inputs, { extensions: ['ndjson', 'jsonl', 'json'] });
  const errors: InputError[] = [];
  const report = (source: string, message: string) => {
    errors.push({ source, message });
    io.stderr.write(say.error(`${source}: ${message}`));
  };
  for (const e of expandErrors) report(e.source, e.message);
  let documents = 0;
  for (const source of sources) {
    const name = sourceName(source);
    for await (const event of linesOf(source, io.stdin)) {
      if ('failed' in event) {
        report(name, event.failed);
        continue;
      }
      if (out.closed || io.signal?.aborted) break;
      let docs: DocumentAnalysis[] | string;
      try {
        docs = documentsOf(JSON.parse(event.line));
      } catch {
        docs = 'not valid JSON';
      }
      if (typeof docs === 'string') {
        report(`${name}:${event.lineNo}`, docs);
        continue;
      }
      for (let doc of docs) {
        documents++;
        if (view.filter) doc = view.filter(doc);
        if (corpus) corpus.add(doc);
        else await renderer.document(doc);
      }
    }
  }
  if (!out.closed && !io.signal?.aborted) {
    if (corpus) await renderer.corpus(`corpus: ${documents} documents`, documents, corpus, errors);
    else await renderer.finish(errors);
  }
  return errors.length ? 1 : 0;
}

export function mergeCommand(program: Command, readable: Readable, done: (p: Promise<number>) => Promise<void>, io: CliIO): void {
  program
    .command('merge')
    .description('merge saved NDJSON results (from analyze --format ndjson), e.g. into one corpus view')
    .argument('<inputs...>', 'NDJSON files, folders of them, globs, or - for stdin')
    .option('--corpus', 'one view of all documents together')
    .option('--view <part>', 'analyze (all three), entities, quotes or timeline', 'analyze')
    .option('--speaker <name>', 'with --view quotes: only this speaker (any spelling)')
    .option('--show-sources', 'with --corpus: list the documents each row comes from')
    .option('--locale <code>', 'language of the readable date column: en or ar', 'en')
    .option('-f, --format <format>', 'output format: table, json, ndjson, csv, md')
    .option('--json', 'shorthand for --format json')
    .option('-q, --quiet', 'no summary on stderr')
    .option('--no-color', 'no colour, even on a terminal')
    .action((inputs: string[], options: MergeOptions) => done(runMerge(inputs, options, io, readable)));
}
