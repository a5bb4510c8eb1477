// A batch over a folder that mixes many good articles with every kind of bad input:
// every good one analysed, every bad one named once with its reason, nothing lost.
import { describe, expect, it } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { FIXTURES, tempDir } from '../helpers.js';

const BIN = join(import.meta.dirname, '..', '..', 'bin', 'khabar.js');
const SAMPLE = join(FIXTURES, 'ar-talks-belarus.txt');
// root reads every file whatever its mode: as root, the CLI runs as nobody, so a file it may
// not read is really unreadable
const asUser = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};

describe('a folder of 1,000 good articles and bad ones', () => {
  it('analyses every good one, names every bad one, exit code 1', () => {
    const dir = tempDir();
    const sample = readFileSync(SAMPLE, 'utf8');
    const sentences = sample.split(/(?<=\.)\s+/);
    for (let i = 0; i < 1000; i++) {
      const sub = join(dir, `part${i % 10}`);
      if (i < 10) mkdirSync(sub);
      // different texts, so no cache makes the run look better than it is
      writeFileSync(join(sub, `a${String(i).padStart(4, '0')}.txt`), sentences.slice(i % sentences.length).concat(sentences.slice(0, i % sentences.length)).join(' '));
    }
    const bad: Record<string, RegExp> = {};
    const add = (name: string, reason: RegExp, make: (path: string) => void) => {
      make(join(dir, name));
      bad[join(dir, name)] = reason;
    };
    add('empty.txt', /empty file/, (p) => writeFileSync(p, ''));
    add('blank.txt', /empty file/, (p) => writeFileSync(p, '\n \n'));
    add('binary.txt', /binary file/, (p) => writeFileSync(p, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00])));
    add('invalid.txt', /not valid UTF-8/, (p) => writeFileSync(p, Buffer.from([0x41, 0xe9, 0xe8, 0x20, 0xe0, 0xf1])));
    add('huge.txt', /too large/, (p) => writeFileSync(p, Buffer.alloc(50 * 1024 * 1024, 'خبر '.repeat(1))));
    add('loop-a.txt', /symbolic link loop/, (p) => symlinkSync('loop-b.txt', p));
    add('loop-b.txt', /symbolic link loop/, (p) => symlinkSync('loop-a.txt', p));
    add('dangling.txt', /no such file/, (p) => symlinkSync('nowhere.txt', p));
    add('secret.txt', /permission denied/, (p) => (writeFileSync(p, 'نص.'), chmodSync(p, 0)));
    chmodSync(dir, 0o755);
    symlinkSync('..', join(dir, 'part0', 'up')); // a folder loop: not followed
    copyFileSync(SAMPLE, join(dir, 'خبر مع مسافات.txt'));
    writeFileSync(join(dir, 'قديم.txt'), iconv.encode('قال الوزير إن الاتفاق قريب.', 'windows-1256'));

    const r = spawnSync(process.execPath, [BIN, 'analyze', dir, '--format', 'ndjson', '--date', '2022-02-27'], { encoding: 'utf8', maxBuffer: 1 << 30, ...asUser });
    expect(r.status).toBe(1);
    const lines = r.stdout.split('\n').filter(Boolean);
    expect(lines).toHaveLength(1002);
    const sources = new Set(lines.map((l) => JSON.parse(l).source));
    expect(sources.has(join(dir, 'خبر مع مسافات.txt'))).toBe(true);
    expect(sources.has(join(dir, 'part3', 'a0003.txt'))).toBe(true);
    const stderr = r.stderr.split('\n').filter(Boolean);
    for (const [path, reason] of Object.entries(bad)) {
      const mentions = stderr.filter((l) => l.startsWith(`khabar: ${path}: `));
      expect(mentions, path).toHaveLength(1);
      expect(mentions[0]).toMatch(reason);
    }
    expect(stderr.filter((l) => l.includes('قديم.txt'))).toEqual([expect.stringMatching(/decoded as Windows-1256/)]);
    expect(stderr.some((l) => /\n\s+at /.test(l))).toBe(false);
  });
});

describe('memory', () => {
  const corpora = new Map<number, string>();
  function corpus(files: number): string {
    const made = corpora.get(files);
    if (made) return made;
    const dir = tempDir();
    const sample = readFileSync(SAMPLE, 'utf8');
    for (let i = 0; i < files; i++) {
      const sub = join(dir, String(Math.floor(i / 1000)));
      if (i % 1000 === 0) mkdirSync(sub);
      writeFileSync(join(sub, `${i}.txt`), sample.slice(0, 600 + (i % 400)));
    }
    corpora.set(files, dir);
    return dir;
  }
  function peakRss(files: number, concurrency: number): Promise<number> {
    const dir = corpus(files);
    // the CLI runs in-process in a small wrapper that reports its own peak RSS (worker threads included)
    const runUrl = new URL('../../dist/src/cli/run.js', import.meta.url).href;
    const script = `import { run } from ${JSON.stringify(runUrl)};
      const code = await run(process.argv.slice(1), { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: {} });
      process.stderr.write('maxrss ' + process.resourceUsage().maxRSS + '\\n'); process.exitCode = code;`;
    return new Promise((resolve) => {
      const child = spawn(process.execPath, ['--input-type=module', '-e', script, 'analyze', dir, '--format', 'ndjson', '--quiet', '--concurrency', String(concurrency)], { stdio: ['ignore', 'ignore', 'pipe'] });
      let err = '';
      child.stderr.on('data', (d: Buffer) => (err += d.toString()));
      child.on('close', () => resolve(Number(/maxrss (\d+)/.exec(err)?.[1] ?? 0)));
    });
  }
  // peak RSS moves with the timing of garbage collection from run to run: the median of three
  // runs compares what each corpus size needs, not when a collection happened to fall
  async function medianPeak(files: number, concurrency: number): Promise<number> {
    const runs = [await peakRss(files, concurrency), await peakRss(files, concurrency), await peakRss(files, concurrency)].sort((a, b) => a - b);
    return runs[1];
  }
  // Streaming is checked on one thread: anything kept per document (results, corpus rows,
  // caches) would grow there just the same. With worker threads each V8 heap also grows to
  // its working size over the first thousands of documents (1.4-1.5x from 1,000 to 10,000
  // articles, then flat), which says nothing about streaming; the pool gets an absolute bound.
  it('stays flat: 10,000 articles need no more than 1.5x the memory of 1,000', async () => {
    const small = await medianPeak(1000, 1);
    const large = await medianPeak(10000, 1);
    expect(small).toBeGreaterThan(0);
    expect(large / small).toBeLessThan(1.5);
  }, 300_000);
  it('keeps two workers under 400 MB for 10,000 articles', async () => {
    expect(await peakRss(10000, 2)).toBeLessThan(400 * 1024);
  }, 300_000);
});
