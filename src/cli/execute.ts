// Runs one subcommand over its inputs: expands them, analyses each (on the worker pool
// when there are several), renders in input order — or feeds a corpus view (--corpus) —,
// reports each bad input on stderr in one line, and returns the exit code (0 all well,
// 1 some input failed).
import type { DocumentAnalysis, InputError } from '../core/types.js';
import type { Part } from '../core/pipeline.js';
import { expandInputs } from '../io/inputs.js';
import { createRenderer } from '../render/index.js';
import { Output } from '../render/output.js';
import type { View } from '../render/view.js';
import { jobsFrom } from '../batch/jobs.js';
import { runJobs } from '../batch/pool.js';
import { analysisText } from '../batch/job.js';
import { Progress } from '../batch/progress.js';
import { inShard } from '../batch/shard.js';
import { UsageError, type Config } from './config.js';
import type { CliIO } from './io.js';
import { messenger } from './messages.js';

export async function execute(config: Config, parts: Part[], view: View, io: CliIO): Promise<number> {
  if (config.corpus && !view.corpus) throw new UsageError('this subcommand has no --corpus view');
  const say = messenger(io.stderr, config.colorErr);
  const out = new Output(io.stdout);
  const renderer = createRenderer(config.format, { out, view, color: config.color, width: config.width });
  const corpus = config.corpus ? view.corpus?.({ showSources: config.showSources }) : undefined;
  const expanded = expandInputs(config.inputs, { extensions: config.extensions });
  const sources = expanded.sources.filter((s) => s.kind === 'stdin' || inShard(s.path, config.shard));
  const errors: InputError[] = [];
  const knownTotal = config.inputMode === 'files' && !sources.some((s) => s.kind === 'stdin');
  const progress = await Progress.create(config.progress, io.stderr, knownTotal ? sources.length : undefined);
  const report = (source: string, message: string) => {
    errors.push({ source, message });
    progress.log(say.error(`${source}: ${message}`), (s) => io.stderr.write(s));
  };
  for (const e of expanded.errors) report(e.source, e.message);
  for (const path of expanded.skipped) progress.log(say.note(`${path}: skipped, a project file rather than an article (name it to analyse it)`), (s) => io.stderr.write(s));

  let documents = 0;
  const jobs = jobsFrom(sources, { inputMode: config.inputMode, encoding: config.encoding, maxBytes: config.maxBytes, lang: config.lang, stdin: io.stdin, shard: config.shard });
  const filter = view.filter?.bind(view);
  await runJobs(jobs, {
    concurrency: sources.length > 1 || config.inputMode === 'ndjson' ? config.concurrency : 1,
    settings: { parts, lang: config.lang, referenceDate: config.referenceDate, encoding: config.encoding, maxBytes: config.maxBytes, verbose: config.verbose },
    stopped: () => out.closed || Boolean(io.signal?.aborted),
    async onResult(result) {
      progress.tick(result.ok);
      if (!result.ok) {
        report(result.source, result.reason);
        return;
      }
      documents++;
      if (result.note) progress.log(say.note(`${result.source}: ${result.note}`), (s) => io.stderr.write(s));
      if (!filter && !renderer.needsObjects && !corpus) {
        await renderer.document(undefined as unknown as DocumentAnalysis, result.json);
        return;
      }
      let doc = JSON.parse(analysisText(result.json)) as DocumentAnalysis;
      if (filter) doc = filter(doc);
      if (corpus) corpus.add(doc);
      else await renderer.document(doc);
    },
  });
  progress.stop();
  const interrupted = Boolean(io.signal?.aborted);
  if (!out.closed && !interrupted) {
    if (corpus) await renderer.corpus(`corpus: ${documents} documents`, documents, corpus, errors);
    else await renderer.finish(errors);
  }
  // a summary for batch runs and terminals; a single document on a pipe stays quiet
  if (!config.quiet && !out.closed && (config.progress || sources.length + expanded.errors.length > 1 || config.inputMode === 'ndjson')) {
    io.stderr.write(say.dim(progress.summary() + (interrupted ? ' (interrupted)' : '')) + '\n');
  }
  return errors.length ? 1 : 0;
}
