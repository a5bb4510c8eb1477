// The real binary, spawned: worker threads, pipes, signals.
import { describe, expect, it } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES, tempDir } from '../helpers.js';

const BIN = join(import.meta.dirname, '..', '..', 'bin', 'khabar.js');
const SAMPLE = join(FIXTURES, 'ar-talks-belarus.txt');

function khabar(args: string[], input?: string) {
  return spawnSync(process.execPath, [BIN, ...args], { input, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, env: { ...process.env, NO_COLOR: '1' } });
}

describe('bin/khabar.js', () => {
  it('runs the sample and reads stdin only for -', () => {
    const r = khabar(['tokens', SAMPLE, '--format', 'ndjson']);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).lang).toBe('ar');
    const stdin = khabar(['tokens', '-', '--format', 'ndjson'], 'قال الوزير.');
    expect(JSON.parse(stdin.stdout).source).toBe('-');
  });

  it('keeps input order on several workers and reports failures', () => {
    const dir = tempDir();
    const names: string[] = [];
    for (let i = 0; i < 24; i++) {
      const name = join(dir, `doc${String(i).padStart(2, '0')}.txt`);
      if (i === 7) writeFileSync(name, Buffer.from([1, 0, 2]));
      else copyFileSync(SAMPLE, name);
      names.push(name);
    }
    const r = khabar(['tokens', dir, '--format', 'ndjson', '--concurrency', '2', '--quiet']);
    expect(r.status).toBe(1);
    const sources = r.stdout.trim().split('\n').map((l) => JSON.parse(l).source);
    expect(sources).toEqual(names.filter((_, i) => i !== 7));
    expect(r.stderr).toBe(`khabar: ${names[7]}: binary file (contains NUL bytes)\n`);
  });

  it('exits 0 quietly when the reader closes the pipe (| head -1)', () => {
    const dir = tempDir();
    for (let i = 0; i < 30; i++) copyFileSync(SAMPLE, join(dir, `d${i}.txt`));
    const r = spawnSync('bash', ['-c', `set -o pipefail; node ${JSON.stringify(BIN)} tokens ${JSON.stringify(dir)} --format ndjson | head -1 > /dev/null`], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it('leaves only whole NDJSON lines when interrupted', async () => {
    const dir = tempDir();
    for (let i = 0; i < 400; i++) copyFileSync(SAMPLE, join(dir, `d${String(i).padStart(3, '0')}.txt`));
    const child = spawn(process.execPath, [BIN, 'tokens', dir, '--format', 'ndjson', '--concurrency', '2']);
    let out = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString('utf8');
      if (out.length > 200000 && !child.killed) child.kill('SIGINT');
    });
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    const lines = out.split('\n');
    expect(lines.pop()).toBe('');
    for (const line of lines) expect(() => JSON.parse(line)).not.toThrow();
    expect(lines.length).toBeLessThan(400);
    expect(code).toBe(130);
  });
});
