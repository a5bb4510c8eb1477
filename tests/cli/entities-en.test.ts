// The English entity table against the JSON: nationality words the tagger tags MISC stay in
// the JSON (CoNLL's MISC includes them) but are not names in the human table.
import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, tempDir } from '../helpers.js';

const TEXT = 'German troops and Iraqi officials met Prime Minister Tony Blair in London on Monday.\n';

describe('khabar entities (English)', () => {
  it('keeps nationality words as MISC rows in the JSON', async () => {
    const r = await runCli(['entities', '-', '--lang', 'en', '--format', 'json'], { stdin: TEXT });
    expect(r.code).toBe(0);
    const rows = JSON.parse(r.stdout).documents[0].entities.map((e: { name: string; type: string }) => `${e.name} ${e.type}`);
    expect(rows).toEqual(expect.arrayContaining(['German MISC', 'Iraqi MISC', 'Tony Blair PERSON', 'London LOC']));
  });

  it('leaves them out of the table, CSV and Markdown views', async () => {
    for (const format of ['table', 'csv', 'md']) {
      const r = await runCli(['entities', '-', '--lang', 'en', '--format', format], { stdin: TEXT });
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('Tony Blair');
      expect(r.stdout).toContain('London');
      expect(r.stdout).not.toContain('German');
      expect(r.stdout).not.toContain('Iraqi');
    }
  });

  it('leaves them out of the analyze table too', async () => {
    const r = await runCli(['analyze', '-', '--lang', 'en'], { stdin: TEXT });
    const table = r.stdout.slice(r.stdout.indexOf('Entities'), r.stdout.indexOf('Quotes'));
    expect(table).toContain('Tony Blair');
    expect(table).not.toContain('Iraqi');
  });

  it('leaves them out of the corpus table, not out of the corpus JSON', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.txt'), TEXT);
    writeFileSync(join(dir, 'b.txt'), 'Iraqi officials met Tony Blair again.\n');
    const table = await runCli(['entities', dir, '--corpus', '--lang', 'en', '--format', 'csv']);
    expect(table.stdout).toContain('Tony Blair');
    expect(table.stdout).not.toContain('Iraqi');
    const json = await runCli(['entities', dir, '--corpus', '--lang', 'en', '--format', 'json']);
    const names = JSON.parse(json.stdout).corpus.entities.map((e: { name: string }) => e.name);
    expect(names).toEqual(expect.arrayContaining(['Iraqi', 'Tony Blair']));
  });
});
