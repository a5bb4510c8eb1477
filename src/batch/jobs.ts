// Produces the jobs of a run, lazily and in input order: one per file, one for stdin,
// or one per NDJSON record line (--input ndjson), with bad inputs as error jobs.
import type { Readable } from 'node:stream';
import type { InputSource } from '../io/inputs.js';
import { documentFromBytes } from '../io/read.js';
import { linesOf, sourceName } from '../io/lines.js';
import { parseRecord } from '../io/records.js';
import type { LangCode } from '../core/types.js';
import type { Job } from './job.js';
import { inShard } from './shard.js';

export interface JobSourceOptions {
  inputMode: 'files' | 'ndjson';
  encoding?: string;
  maxBytes: number;
  lang?: LangCode;
  stdin: Readable;
  /** NDJSON records are sharded by id (files are sharded before they get here) */
  shard?: { index: number; count: number };
}

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks);
}

export async function* jobsFrom(sources: InputSource[], options: JobSourceOptions): AsyncGenerator<Job> {
  let index = 0;
  for (const source of sources) {
    if (options.inputMode === 'ndjson') {
      const name = sourceName(source);
      for await (const event of linesOf(source, options.stdin)) {
        if ('failed' in event) {
          yield { index: index++, kind: 'error', source: name, reason: event.failed };
          continue;
        }
        const record = parseRecord(event.line, `${name}:${event.lineNo}`);
        if (!inShard(record.ok ? record.doc.id : record.source, options.shard)) continue;
        yield record.ok ? { index: index++, kind: 'doc', doc: record.doc } : { index: index++, kind: 'error', source: record.source, reason: record.reason };
      }
      continue;
    }
    if (source.kind === 'stdin') {
      const bytes = await readAll(options.stdin);
      const read = documentFromBytes('-', bytes, { encoding: options.encoding, maxBytes: options.maxBytes }, options.lang);
      yield read.ok ? { index: index++, kind: 'doc', doc: read.doc, note: read.note } : { index: index++, kind: 'error', source: '-', reason: read.reason };
      continue;
    }
    yield { index: index++, kind: 'file', path: source.path };
  }
}
