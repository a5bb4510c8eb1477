// Reads an input line by line (NDJSON records, saved results): a file or stdin, with the
// line number for error messages, and the reason when the input fails part-way.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import type { InputSource } from './inputs.js';
import { reasonOf } from './read.js';

export type LineEvent = { line: string; lineNo: number } | { failed: string };

/** Non-blank lines of a source, then one { failed } event if reading it went wrong. */
export async function* linesOf(source: InputSource, stdin: Readable): AsyncGenerator<LineEvent> {
  const stream = source.kind === 'stdin' ? stdin : createReadStream(source.path);
  let failed: string | undefined;
  stream.on('error', (err: Error) => (failed = reasonOf(err)));
  let lineNo = 0;
  try {
    for await (const line of createInterface({ input: stream, crlfDelay: Infinity })) {
      lineNo++;
      if (line.trim()) yield { line, lineNo };
    }
  } catch (err) {
    failed ??= reasonOf(err);
  }
  if (failed) yield { failed };
}

export function sourceName(source: InputSource): string {
  return source.kind === 'stdin' ? '-' : source.path;
}
