// Test helpers: run the CLI in-process with captured streams, make temporary folders.
import { PassThrough, Readable } from 'node:stream';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../src/cli/run.js';

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

function capture(tty = false): { stream: PassThrough & { isTTY?: boolean; columns?: number }; text: () => string } {
  const stream = new PassThrough() as PassThrough & { isTTY?: boolean; columns?: number };
  if (tty) {
    stream.isTTY = true;
    stream.columns = 120;
  }
  const chunks: Buffer[] = [];
  stream.on('data', (c: Buffer) => chunks.push(c));
  return { stream, text: () => Buffer.concat(chunks).toString('utf8') };
}

export async function runCli(argv: string[], options: { stdin?: string | Buffer; env?: Record<string, string>; tty?: boolean } = {}): Promise<RunResult> {
  const out = capture(options.tty);
  const err = capture(false);
  const stdin = Readable.from(options.stdin === undefined ? [] : [Buffer.from(options.stdin)]);
  const code = await run(argv, { stdout: out.stream, stderr: err.stream, stdin, env: options.env ?? {} });
  await new Promise((r) => setImmediate(r));
  return { code, stdout: out.text(), stderr: err.text() };
}

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'khabar-test-'));
}

export const FIXTURES = join(import.meta.dirname, 'fixtures');
