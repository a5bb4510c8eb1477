// Command-line options settled once into one Config: format, colour per stream, TTY,
// concurrency, encoding, date. Nothing downstream reads process.env or isTTY.
import { availableParallelism } from 'node:os';
import type { LangCode } from '../core/types.js';
import { FORMATS, type Format } from '../render/index.js';
import { encodingExists } from '../io/decode.js';
import { isIsoDate } from '../io/metadata.js';
import type { CliIO } from './io.js';

export class UsageError extends Error {}

export interface CommonOptions {
  format?: string;
  json?: boolean;
  lang?: string;
  date?: string;
  encoding?: string;
  ext?: string;
  input?: string;
  concurrency?: string;
  maxSize?: string;
  quiet?: boolean;
  verbose?: boolean;
  color?: boolean;
  corpus?: boolean;
  showSources?: boolean;
  shard?: string;
}

export interface Config {
  inputs: string[];
  format: Format;
  lang?: LangCode;
  referenceDate?: string;
  encoding?: string;
  extensions: string[];
  inputMode: 'files' | 'ndjson';
  concurrency: number;
  maxBytes: number;
  quiet: boolean;
  verbose: boolean;
  /** colour on stdout (data) and stderr (messages) */
  color: boolean;
  colorErr: boolean;
  /** show the progress spinner on stderr */
  progress: boolean;
  /** terminal width for tables */
  width: number;
  corpus: boolean;
  showSources: boolean;
  /** this run takes part `index` (0-based) of `count` */
  shard?: { index: number; count: number };
}

function parseShard(value: string): { index: number; count: number } {
  const m = /^(\d+)\/(\d+)$/.exec(value.trim());
  const k = m ? Number(m[1]) : NaN;
  const n = m ? Number(m[2]) : NaN;
  if (!(n >= 1 && k >= 1 && k <= n)) throw new UsageError(`--shard takes K/N with 1 ≤ K ≤ N (e.g. 2/8), not "${value}"`);
  return { index: k - 1, count: n };
}

function wantsColor(isTTY: boolean | undefined, env: CliIO['env'], flag: boolean | undefined): boolean {
  if (flag === false) return false;
  const force = env.FORCE_COLOR;
  if (force !== undefined && force !== '' && force !== '0' && force !== 'false') return true;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  return Boolean(isTTY) && env.TERM !== 'dumb';
}

function positiveInt(value: string, what: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`${what} must be a whole number of 1 or more, not "${value}"`);
  return n;
}

export function resolveConfig(inputs: string[], o: CommonOptions, io: CliIO, allowed: Format[] = FORMATS): Config {
  const format = (o.json ? 'json' : (o.format ?? 'table')) as Format;
  if (!allowed.includes(format)) throw new UsageError(`--format must be one of ${allowed.join(', ')}, not "${o.format}"`);
  if (o.lang !== undefined && o.lang !== 'ar' && o.lang !== 'en' && o.lang !== 'auto') throw new UsageError(`--lang must be ar, en or auto, not "${o.lang}"`);
  if (o.date !== undefined && !isIsoDate(o.date)) throw new UsageError(`--date must be a real date as YYYY-MM-DD, not "${o.date}"`);
  if (o.encoding !== undefined && !encodingExists(o.encoding)) throw new UsageError(`--encoding: unknown encoding "${o.encoding}"`);
  if (o.input !== undefined && o.input !== 'files' && o.input !== 'ndjson') throw new UsageError(`--input must be files or ndjson, not "${o.input}"`);
  if (o.corpus && format === 'conll') throw new UsageError('--corpus has no conll form');
  if (o.showSources && !o.corpus) throw new UsageError('--show-sources goes with --corpus');
  if (!inputs.length) throw new UsageError('no inputs: give files, folders, globs, or - for stdin');
  const concurrency = o.concurrency !== undefined ? positiveInt(o.concurrency, '--concurrency') : availableParallelism();
  const maxMb = o.maxSize !== undefined ? Number(o.maxSize) : 20;
  if (!(maxMb > 0)) throw new UsageError(`--max-size must be a number of megabytes, not "${o.maxSize}"`);
  const extensions = (o.ext ?? 'txt,md').split(',').map((e) => e.trim().replace(/^\./, '')).filter(Boolean);
  if (!extensions.length) throw new UsageError('--ext needs at least one extension');
  return {
    inputs,
    format,
    lang: o.lang === 'ar' || o.lang === 'en' ? o.lang : undefined,
    referenceDate: o.date,
    encoding: o.encoding,
    extensions,
    inputMode: o.input === 'ndjson' ? 'ndjson' : 'files',
    concurrency,
    maxBytes: Math.round(maxMb * 1e6),
    quiet: Boolean(o.quiet),
    verbose: Boolean(o.verbose),
    color: wantsColor(io.stdout.isTTY, io.env, o.color),
    colorErr: wantsColor(io.stderr.isTTY, io.env, o.color),
    progress: Boolean(io.stderr.isTTY) && !o.quiet,
    width: io.stdout.columns && io.stdout.columns > 40 ? io.stdout.columns : 100,
    corpus: Boolean(o.corpus),
    showSources: Boolean(o.showSources),
    shard: o.shard !== undefined ? parseShard(o.shard) : undefined,
  };
}
