// The benchmark: builds a corpus from the samples (and ../shared/data/articles when it is
// there), repeated up to a size, runs `khabar <command> --format ndjson` over it with one
// worker, with two and (on a bigger machine) with all cores, and prints documents/s,
// tokens/s, MB/s and peak RSS, beside a floor (a plain Node script that only reads the
// files and splits them into words), the wall time of one article from the command line, and
// the speed on one long document.
// usage: node dist/scripts/bench.js [--command tokens|analyze|entities|quotes|timeline] [--mb 20]
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { packageRoot } from '../src/core/data-files.js';
import { arabic } from '../src/lang/ar/index.js';
import { english } from '../src/lang/en/index.js';
import { detectLanguage } from '../src/lang/detect.js';

const args = process.argv.slice(2);
const opt = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const command = opt('command', 'tokens');
const targetMb = Number(opt('mb', command === 'tokens' ? '20' : '50'));
const root = packageRoot();
const bin = join(root, 'bin', 'khabar.js');

function sourceTexts(): Array<{ name: string; text: string }> {
  const out: Array<{ name: string; text: string }> = [];
  const dirs = [join(root, 'samples'), join(root, '..', 'shared', 'data', 'articles', 'ar'), join(root, '..', 'shared', 'data', 'articles', 'en')];
  for (const dir of dirs) {
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir)) if (/\.(txt|md)$/.test(f)) out.push({ name: f, text: readFileSync(join(dir, f), 'utf8') });
  }
  return out;
}

function buildCorpus(): { dir: string; files: number; bytes: number; tokens: number } {
  const dir = join(root, '.bench', `corpus-${targetMb}mb`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const texts = sourceTexts();
  const tokensOf = texts.map((t) => (detectLanguage(t.text) === 'ar' ? arabic : english).textLayer(t.text).tokens.length);
  let bytes = 0;
  let tokens = 0;
  let files = 0;
  while (bytes < targetMb * 1e6) {
    const i = files % texts.length;
    const sub = join(dir, String(Math.floor(files / 1000)).padStart(3, '0'));
    if (files % 1000 === 0) mkdirSync(sub, { recursive: true });
    writeFileSync(join(sub, `${files}-${texts[i].name}`), texts[i].text);
    bytes += Buffer.byteLength(texts[i].text);
    tokens += tokensOf[i];
    files++;
  }
  return { dir, files, bytes, tokens };
}

/** Runs a command, polling /proc for its peak resident memory (VmHWM) and the CPU time of all its threads (on a shared machine the wall time says little). */
async function measure(argv: string[]): Promise<{ secs: number; cpuSecs: number; peakMb: number; code: number | null }> {
  const t0 = performance.now();
  const child = spawn(process.execPath, argv, { stdio: ['ignore', 'ignore', 'inherit'] });
  let peak = 0;
  let ticks = 0;
  const poll = setInterval(() => {
    try {
      const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
      if (m) peak = Math.max(peak, Number(m[1]) / 1024);
      // fields 14 and 15 of /proc/PID/stat (after the command name in parentheses): user and system clock ticks
      const stat = readFileSync(`/proc/${child.pid}/stat`, 'utf8');
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      ticks = Math.max(ticks, Number(f[11]) + Number(f[12]));
    } catch {
      // the process has just exited
    }
  }, 20);
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  clearInterval(poll);
  return { secs: (performance.now() - t0) / 1000, cpuSecs: ticks / 100, peakMb: peak, code };
}

const FLOOR = `
const fs = require('fs'), path = require('path');
let words = 0;
function walk(d) { for (const f of fs.readdirSync(d)) { const p = path.join(d, f);
  if (fs.statSync(p).isDirectory()) walk(p); else words += fs.readFileSync(p, 'utf8').split(/\\s+/).length; } }
walk(process.argv[1]);`;

function row(label: string, r: { secs: number; cpuSecs: number; peakMb: number }, corpus: { files: number; bytes: number; tokens: number }): string {
  const f = (n: number) => Math.round(n).toLocaleString('en-US');
  const cpu = r.cpuSecs ? `  ${r.cpuSecs.toFixed(2).padStart(6)} CPU s  ${f(corpus.tokens / r.cpuSecs).padStart(9)} tokens/CPU s` : '';
  return `${label.padEnd(26)} ${r.secs.toFixed(2).padStart(7)} s  ${f(corpus.files / r.secs).padStart(8)} docs/s  ${f(corpus.tokens / r.secs).padStart(10)} tokens/s  ${(corpus.bytes / 1e6 / r.secs).toFixed(2).padStart(6)} MB/s  ${r.peakMb.toFixed(0).padStart(5)} MB peak RSS${cpu}`;
}

const corpus = buildCorpus();
const cores = availableParallelism();
console.log(`khabar ${command}: corpus of ${corpus.files} files, ${(corpus.bytes / 1e6).toFixed(1)} MB, ${corpus.tokens.toLocaleString('en-US')} tokens; ${cores} cores; node ${process.version}`);
const floor = await measure(['-e', FLOOR, corpus.dir]);
console.log(row('floor (read + split)', floor, corpus));
const one = await measure([bin, command, corpus.dir, '--format', 'ndjson', '--concurrency', '1', '--quiet']);
console.log(row(`${command}, 1 worker`, one, corpus));
// 2 workers (the figure) and, on a bigger machine, all cores as well
const counts = cores > 2 ? [2, cores] : [Math.max(2, cores)];
const many: Array<Awaited<ReturnType<typeof measure>>> = [];
for (const n of counts) {
  const r = await measure([bin, command, corpus.dir, '--format', 'ndjson', '--concurrency', String(n), '--quiet']);
  console.log(row(`${command}, ${n} workers`, r, corpus));
  many.push(r);
}
console.log(counts.map((n, i) => `scaling ${n} workers / 1: ${(one.secs / many[i].secs).toFixed(2)}x`).join('; ') + `; 1 worker vs floor: ${(one.secs / floor.secs).toFixed(1)}x the time`);
const sample = join(root, 'samples', 'ar-talks-belarus.txt');
const runs: Array<{ secs: number; cpuSecs: number }> = [];
for (let i = 0; i < 5; i++) runs.push(await measure([bin, command, sample, '--format', 'json']));
const median = (xs: number[]) => xs.sort((a, b) => a - b)[2];
console.log(`one article (samples/ar-talks-belarus.txt): median ${(median(runs.map((r) => r.secs)) * 1000).toFixed(0)} ms wall, ${(median(runs.map((r) => r.cpuSecs)) * 1000).toFixed(0)} ms CPU over 5 runs`);
// one long document (the source texts joined, a million characters a language): work that grows faster
// than the text (a scan per expression or per quote) shows here as a drop in tokens/s
for (const lang of ['ar', 'en'] as const) {
  const pack = lang === 'ar' ? arabic : english;
  const texts = sourceTexts().filter((t) => detectLanguage(t.text) === lang);
  if (!texts.length) continue;
  let long = '';
  for (let i = 0; long.length < 1e6; i++) long += texts[i % texts.length].text + '\n\n';
  const file = join(root, '.bench', `long-${lang}.txt`);
  writeFileSync(file, long);
  const r = await measure([bin, command, file, '--format', 'ndjson', '--lang', lang]);
  const tokens = pack.textLayer(long).tokens.length;
  console.log(`one long ${lang} document (${(Buffer.byteLength(long) / 1e6).toFixed(1)} MB, ${tokens.toLocaleString('en-US')} tokens): ${r.secs.toFixed(2)} s wall, ${Math.round(tokens / r.secs).toLocaleString('en-US')} tokens/s, ${r.peakMb.toFixed(0)} MB peak RSS`);
  rmSync(file, { force: true });
}
if ([one, ...many].some((r) => r.code !== 0)) console.log('warning: a run exited non-zero');
if (statSync(corpus.dir).isDirectory()) rmSync(corpus.dir, { recursive: true, force: true });
