// The analysing subcommands, in the order `khabar --help` lists them, and the readable
// date column they share (src/timeline/readable.ts).
import type { Command } from 'commander';
import type { CommandContext } from './context.js';
import { entitiesCommand } from './entities.js';
import { quotesCommand } from './quotes.js';
import { timelineCommand, type Readable } from './timeline.js';
import { analyzeCommand } from './analyze.js';
import { readableValue as timelineReadable } from '../timeline/readable.js';

export const readableValue: Readable = timelineReadable;

export const SUBCOMMANDS: Array<(program: Command, context: CommandContext) => void> = [
  entitiesCommand,
  quotesCommand,
  (p, c) => timelineCommand(p, c, readableValue),
  (p, c) => analyzeCommand(p, c, readableValue),
];
