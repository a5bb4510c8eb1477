// The streams and environment a CLI run works with. The bin passes the process's; tests
// pass their own, so `run` can be called in-process.
import type { Readable, Writable } from 'node:stream';

export type OutStream = Writable & { isTTY?: boolean; columns?: number };

export interface CliIO {
  stdout: OutStream;
  stderr: OutStream;
  stdin: Readable;
  env: Record<string, string | undefined>;
  /** aborted on SIGINT: stop taking new documents, finish the line being written */
  signal?: AbortSignal;
}
