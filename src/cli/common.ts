// Options every analysing subcommand shares, added in one place.
import { Option, type Command } from 'commander';
import { FORMATS } from '../render/index.js';

export function addCommonOptions(cmd: Command, formats: readonly string[] = FORMATS.filter((f) => f !== 'conll')): Command {
  return cmd
    .addOption(new Option('-f, --format <format>', `output format: ${formats.join(', ')}`).default(undefined, 'table'))
    .option('--json', 'shorthand for --format json')
    .option('--lang <code>', 'language: ar, en or auto (by script)', 'auto')
    .option('--date <YYYY-MM-DD>', 'reference date for relative times (overrides the file\'s own)')
    .option('--encoding <name>', 'force an input encoding (e.g. windows-1256, utf-16le)')
    .option('--ext <list>', 'extensions to take from folders (README, LICENSE and other project files are left out)', 'txt,md')
    .option('--input <kind>', 'files, or ndjson: one {"id","text","date"?,"lang"?,"title"?} record per line', 'files')
    .option('-j, --concurrency <n>', 'worker threads (default: the number of cores)')
    .option('--max-size <MB>', 'refuse files larger than this many megabytes', '20')
    .option('--corpus', 'one view of all inputs together (entities, quotes or timeline merged across documents)')
    .option('--show-sources', 'with --corpus: list the documents each row comes from')
    .option('--shard <K/N>', 'take only part K of N of the inputs (a stable hash of each path or record id)')
    .option('-q, --quiet', 'no progress or summary on stderr')
    .option('--no-color', 'no colour, even on a terminal')
    .option('--verbose', 'stack traces for internal errors');
}
