// The khabar program: builds the commander program, runs one subcommand, and turns every
// outcome into an exit code — 0 all well, 1 some input failed, 2 a usage mistake.
import { Command, CommanderError } from 'commander';
import { createRequire } from 'node:module';
import type { CliIO } from './io.js';
import { resolveConfig, UsageError, type CommonOptions } from './config.js';
import { execute } from './execute.js';
import { messenger } from './messages.js';
import type { CommandContext } from './context.js';
import { tokensCommand } from './tokens.js';
import { readableValue, SUBCOMMANDS } from './subcommands.js';
import { mergeCommand } from './merge.js';

const EXAMPLES = `
Examples:
  khabar quotes article.txt                              who said what
  khabar entities samples/ar-talks-belarus.txt           the entity table
  khabar timeline article.txt --date 2022-02-27          events in time order
  cat a.txt | khabar entities - --format json | jq .     in a pipeline
  khabar analyze 'news/**/*.txt' --format ndjson > out.ndjson
  khabar tokens samples/ar-talks-belarus.txt --format conll`;

function version(): string {
  const require = createRequire(import.meta.url);
  for (const rel of ['../../package.json', '../../../package.json']) {
    try {
      return (require(rel) as { version: string }).version;
    } catch {
      // try the next layout (sources or dist)
    }
  }
  return 'unknown';
}

export async function run(argv: string[], io: CliIO): Promise<number> {
  const say = messenger(io.stderr, false);
  let exitCode = 0;
  const program = new Command('khabar')
    .description('Analyse news articles (Arabic first, English second): entity tables, quote lists, timelines.')
    .version(version(), '-V, --version')
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      outputError: (s, write) => write(`khabar: ${s.replace(/^error: /, '')}`),
    })
    .addHelpText('before', EXAMPLES.trimStart() + '\n');

  const context: CommandContext = {
    async execute(inputs, options: CommonOptions, parts, view, formats) {
      const config = resolveConfig(inputs, options, io, formats);
      exitCode = await execute(config, parts, view, io);
    },
  };
  tokensCommand(program, context);
  for (const add of SUBCOMMANDS) add(program, context);
  mergeCommand(program, readableValue, async (p) => {
    exitCode = await p;
  }, io);
  for (const cmd of program.commands) {
    cmd.exitOverride().configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      outputError: (s, write) => write(`khabar: ${s.replace(/^error: /, '')}`),
    });
  }

  try {
    if (argv.length === 0) {
      program.outputHelp();
      return 2;
    }
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help') return 0;
      return 2;
    }
    if (err instanceof UsageError) {
      io.stderr.write(say.error(err.message));
      return 2;
    }
    throw err;
  }
}
