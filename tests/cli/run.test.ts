// The CLI in-process: formats, inputs, metadata and exit codes.
import { describe, expect, it } from 'vitest';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { FIXTURES, runCli, tempDir } from '../helpers.js';

const SAMPLE = join(FIXTURES, 'ar-talks-belarus.txt');

describe('khabar tokens', () => {
  it('prints the JSON contract with code-point offsets that give the text back', async () => {
    const r = await runCli(['tokens', SAMPLE, '--format', 'json']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const out = JSON.parse(r.stdout);
    expect(out.version).toBe(1);
    expect(out.errors).toEqual([]);
    const doc = out.documents[0];
    expect(doc).toMatchObject({ source: SAMPLE, lang: 'ar', title: null });
    const text = await import('node:fs').then((fs) => fs.readFileSync(SAMPLE, 'utf8'));
    const tokens = doc.sentences.flatMap((s: { tokens: unknown[] }) => s.tokens);
    expect(tokens.length).toBeGreaterThan(400);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    const wbr = tokens.find((t: { text: string }) => t.text === 'بمدينة');
    expect(wbr.split).toBe('ب+مدينه');
  });

  it('counts offsets in code points when the text has astral characters', async () => {
    const r = await runCli(['tokens', '-', '--json'], { stdin: '😀 قال الوزير' });
    const tokens = JSON.parse(r.stdout).documents[0].sentences[0].tokens;
    const qal = tokens.find((t: { text: string }) => t.text === 'قال');
    expect([qal.start, qal.end]).toEqual([2, 5]);
  });

  it('writes one NDJSON line per document, in input order', async () => {
    const dir = tempDir();
    for (const n of ['b', 'a', 'c']) writeFileSync(join(dir, `${n}.txt`), `خبر ${n}.`);
    const r = await runCli(['tokens', dir, '--format', 'ndjson']);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.source)).toEqual(['a', 'b', 'c'].map((n) => join(dir, `${n}.txt`)));
    expect(lines[0].version).toBeUndefined();
  });

  it('prints CSV, Markdown and CoNLL', async () => {
    const csv = await runCli(['tokens', '-', '--format', 'csv'], { stdin: 'قال، "نعم".' });
    expect(csv.stdout.split('\n')[0]).toBe('source,sentence,token,kind,folded,split,offsets');
    expect(csv.stdout).toContain('-,,"""",quote');
    const md = await runCli(['tokens', '-', '--format', 'md'], { stdin: 'قال نعم.' });
    expect(md.stdout).toContain('| sentence | token | kind | folded | split | offsets |');
    const conll = await runCli(['tokens', '-', '--format', 'conll'], { stdin: 'قال نعم. ثم ذهب.' });
    expect(conll.stdout).toBe('# -\nقال\nنعم\n.\n\nثم\nذهب\n.\n\n');
  });

  it('reads NDJSON records and keeps their ids as source', async () => {
    const records = [
      JSON.stringify({ id: 'r1', text: 'قال الوزير.', date: '2022-02-27' }),
      '{not json',
      JSON.stringify({ id: 'r3', text: 'Hello there.' }),
    ].join('\n');
    const r = await runCli(['tokens', '-', '--input', 'ndjson', '--format', 'ndjson', '--quiet'], { stdin: records });
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => [l.source, l.lang, l.referenceDate])).toEqual([
      ['r1', 'ar', '2022-02-27'],
      ['r3', 'en', null],
    ]);
    expect(r.stderr).toBe('khabar: -:2: not valid JSON\n');
    expect(r.code).toBe(1);
  });

  it('reports each bad input in one line and goes on; exit code 1', async () => {
    const dir = tempDir();
    copyFileSync(SAMPLE, join(dir, 'good.txt'));
    writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x10]));
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'latin1.txt'), Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0xe0, 0x20]));
    mkdirSync(join(dir, 'folder.txt'));
    const r = await runCli(['tokens', join(dir, 'good.txt'), join(dir, 'missing.txt'), join(dir, 'binary.txt'), join(dir, 'empty.txt'), join(dir, 'latin1.txt'), join(dir, 'folder.txt', 'nope'), '--format', 'ndjson']);
    expect(r.code).toBe(1);
    const lines = r.stderr.trim().split('\n');
    // the summary closes a batch run
    expect(lines.pop()).toMatch(/^khabar: 4 inputs: 1 analysed, 3 failed, [\d.]+ s$/);
    expect(lines).toEqual([
      `khabar: ${join(dir, 'missing.txt')}: no such file or folder`,
      `khabar: ${join(dir, 'folder.txt', 'nope')}: no such file or folder`,
      `khabar: ${join(dir, 'binary.txt')}: binary file (contains NUL bytes)`,
      `khabar: ${join(dir, 'empty.txt')}: empty file`,
      expect.stringMatching(/latin1\.txt: not valid UTF-8/),
    ]);
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
  });

  it('decodes Windows-1256 with a note, and --encoding forces one', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'old.txt'), iconv.encode('قال الوزير إن الاتفاق قريب.', 'windows-1256'));
    const r = await runCli(['tokens', join(dir, 'old.txt'), '--json']);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/old\.txt: not valid UTF-8; decoded as Windows-1256/);
    expect(JSON.parse(r.stdout).documents[0].sentences[0].text).toBe('قال الوزير إن الاتفاق قريب.');
    const forced = await runCli(['tokens', join(dir, 'old.txt'), '--json', '--encoding', 'windows-1256']);
    expect(forced.stderr).toBe('');
  });

  it('expands globs and folders with --ext', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'a.txt'), 'نص أ.');
    writeFileSync(join(dir, 'sub', 'b.md'), 'نص ب.');
    writeFileSync(join(dir, 'sub', 'c.text'), 'نص ج.');
    const folder = await runCli(['tokens', dir, '--format', 'ndjson']);
    expect(folder.stdout.trim().split('\n')).toHaveLength(2);
    const ext = await runCli(['tokens', dir, '--ext', 'text', '--format', 'ndjson']);
    expect(JSON.parse(ext.stdout).source).toBe(join(dir, 'sub', 'c.text'));
    const glob = await runCli(['tokens', `${dir}/**/*.md`, '--format', 'ndjson']);
    expect(JSON.parse(glob.stdout).source).toBe(join(dir, 'sub', 'b.md'));
    const none = await runCli(['tokens', `${dir}/*.pdf`]);
    expect(none.stderr).toBe(`khabar: ${dir}/*.pdf: no files match this pattern\n`);
    expect(none.code).toBe(1);
  });

  it('leaves project files of a folder (README.md) out, says so, and reads them when named', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.txt'), 'نص أ.');
    writeFileSync(join(dir, 'README.md'), '# About this archive');
    writeFileSync(join(dir, 'readme-notes.txt'), 'نص ب.');
    const folder = await runCli(['tokens', dir, '--format', 'ndjson']);
    expect(folder.stdout.trim().split('\n').map((l) => JSON.parse(l).source)).toEqual([join(dir, 'a.txt'), join(dir, 'readme-notes.txt')]);
    expect(folder.stderr).toContain(`${join(dir, 'README.md')}: skipped, a project file`);
    expect(folder.code).toBe(0);
    const named = await runCli(['tokens', join(dir, 'README.md'), '--format', 'ndjson']);
    expect(JSON.parse(named.stdout).source).toBe(join(dir, 'README.md'));
  });

  it('takes the reference date from --date, front matter or sidecar', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.md'), '---\ndate: 2024-03-14\n---\nنص.');
    writeFileSync(join(dir, 'b.txt'), 'نص.');
    writeFileSync(join(dir, 'b.json'), '{"date": "2022-02-27"}');
    const r = await runCli(['tokens', dir, '--format', 'ndjson']);
    expect(r.stdout.trim().split('\n').map((l) => JSON.parse(l).referenceDate)).toEqual(['2024-03-14', '2022-02-27']);
    const forced = await runCli(['tokens', dir, '--format', 'ndjson', '--date', '2020-01-01']);
    expect(forced.stdout.trim().split('\n').map((l) => JSON.parse(l).referenceDate)).toEqual(['2020-01-01', '2020-01-01']);
  });

  it('detects the language, and --lang forces it', async () => {
    const en = await runCli(['tokens', '-', '--json'], { stdin: 'The minister said so.' });
    expect(JSON.parse(en.stdout).documents[0].lang).toBe('en');
    const forced = await runCli(['tokens', '-', '--json', '--lang', 'ar'], { stdin: 'The minister said so.' });
    expect(JSON.parse(forced.stdout).documents[0].lang).toBe('ar');
  });
});

describe('usage errors exit 2 with one line', () => {
  for (const [argv, message] of [
    [['tokens', 'x.txt', '--bogus'], "unknown option '--bogus'"],
    [['tokens', 'x.txt', '--date', '2022-02-30'], '--date must be a real date'],
    [['tokens', 'x.txt', '--format', 'xml'], '--format must be one of'],
    [['tokens', 'x.txt', '--concurrency', '0'], '--concurrency must be a whole number'],
    [['entities', 'x.txt', '--type', 'animal'], '--type takes person'],
    [['nosuchcommand'], "unknown command 'nosuchcommand'"],
  ] as const) {
    it(argv.join(' '), async () => {
      const r = await runCli([...argv]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(message);
      expect(r.stderr).not.toMatch(/\n\s+at /);
      expect(r.stdout).toBe('');
    });
  }
  it('no inputs', async () => {
    const r = await runCli(['tokens']);
    expect(r.code).toBe(2);
  });
});

describe('colour', () => {
  it('has no escape codes when not a TTY, and only with FORCE_COLOR otherwise', async () => {
    const plain = await runCli(['tokens', '-'], { stdin: 'قال.' });
    expect(plain.stdout).not.toMatch(/\u001b\[/);
    const tty = await runCli(['tokens', '-'], { stdin: 'قال.', tty: true });
    expect(tty.stdout).toMatch(/\u001b\[/);
    const noColor = await runCli(['tokens', '-'], { stdin: 'قال.', tty: true, env: { NO_COLOR: '1' } });
    expect(noColor.stdout).not.toMatch(/\u001b\[/);
    const flag = await runCli(['tokens', '-', '--no-color'], { stdin: 'قال.', tty: true });
    expect(flag.stdout).not.toMatch(/\u001b\[/);
    const forced = await runCli(['tokens', '-'], { stdin: 'قال.', env: { FORCE_COLOR: '1' } });
    expect(forced.stdout).toMatch(/\u001b\[/);
  });
  it('strips combining marks and bidi controls from table cells only', async () => {
    const table = await runCli(['tokens', '-'], { stdin: 'مُمَثِّل\u200f.' });
    expect(table.stdout).toContain('ممثل');
    expect(table.stdout).not.toContain('مُمَثِّل');
    const json = await runCli(['tokens', '-', '--json'], { stdin: 'مُمَثِّل\u200f.' });
    expect(JSON.parse(json.stdout).documents[0].sentences[0].tokens[0].text).toBe('مُمَثِّل');
  });
});

describe('empty tables', () => {
  // a bug seen on the dev articles: --from/--to left documents saying "no time expressions found"
  it('say when the filters, not the analysis, left nothing', async () => {
    const text = 'وقال الوزير أمس إن الاتفاق قريب.';
    const none = await runCli(['timeline', '-', '--date', '2022-02-27', '--from', '2023-01-01'], { stdin: text });
    expect(none.stdout).toContain('(no time expressions match the filters)');
    const plain = await runCli(['timeline', '-', '--date', '2022-02-27'], { stdin: 'نص بلا تاريخ.' });
    expect(plain.stdout).toContain('(no time expressions found)');
    const quotes = await runCli(['quotes', '-', '--speaker', 'لافروف'], { stdin: text });
    expect(quotes.stdout).toContain('(no quotes match the filters)');
  });
});
