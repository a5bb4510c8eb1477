#!/usr/bin/env node
// The khabar command: a few lines around run(argv, io) in dist/src/cli/run.js.
import { run } from '../dist/src/cli/run.js';

const controller = new AbortController();
process.once('SIGINT', () => controller.abort());
process.stdout.on('error', (err) => {
  if (err.code !== 'EPIPE') throw err;
});
const io = { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env, signal: controller.signal };
run(process.argv.slice(2), io).then(
  (code) => {
    process.exitCode = controller.signal.aborted ? 130 : code;
  },
  (err) => {
    process.stderr.write(`khabar: internal error: ${err && err.message ? err.message : err}\n`);
    if (process.argv.includes('--verbose') && err && err.stack) process.stderr.write(err.stack + '\n');
    process.exitCode = 3;
  },
);
