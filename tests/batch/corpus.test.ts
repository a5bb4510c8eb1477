// Corpus views, merging saved NDJSON, and sharding.
import { describe, expect, it } from 'vitest';
import { EntityCorpus } from '../../src/batch/corpus/entities.js';
import { TimelineCorpus } from '../../src/batch/corpus/timeline.js';
import { QuoteCorpus } from '../../src/batch/corpus/quotes.js';
import { inShard, stableHash } from '../../src/batch/shard.js';
import { commonFolder, sourceNames } from '../../src/batch/corpus/source-names.js';
import { fitWidths } from '../../src/render/table.js';
import type { DocumentAnalysis, Entity } from '../../src/core/types.js';
import { runCli } from '../helpers.js';

function entity(id: string, name: string, variants: string[], mentions: number, type: Entity['type'] = 'PERSON'): Entity {
  return { id, type, name, variants, titles: [], mentions: Array.from({ length: mentions }, (_, i) => ({ start: i, end: i + 1, text: name, kind: 'name' as const })) };
}

function doc(source: string, parts: Partial<DocumentAnalysis>): DocumentAnalysis {
  return { source, lang: 'ar', title: null, referenceDate: null, ...parts };
}

describe('EntityCorpus', () => {
  it('merges rows by folded name and type or a shared full-name spelling, counting documents', () => {
    const c = new EntityCorpus({ showSources: true });
    c.add(doc('a.txt', { entities: [entity('e1', 'فلاديمير بوتين', ['فلاديمير بوتين', 'بوتين'], 3), entity('e2', 'روسيا', ['روسيا'], 2, 'LOC')] }));
    c.add(doc('b.txt', { entities: [entity('e1', 'بوتين', ['بوتين', 'فلاديمير  بوتين'], 1), entity('e2', 'روسيا', ['روسيا'], 1, 'ORG')] }));
    c.add(doc('c.txt', { entities: [entity('e1', 'فلاديمير بوتين', ['فلاديمير بوتين'], 1)] }));
    const rows = c.entities();
    const putin = rows.find((r) => r.name === 'فلاديمير بوتين')!;
    expect(putin).toMatchObject({ documents: 3, mentions: 5, sources: ['a.txt', 'b.txt', 'c.txt'] });
    // same name, different type: two rows
    expect(rows.filter((r) => r.name === 'روسيا').map((r) => r.type).sort()).toEqual(['LOC', 'ORG']);
  });
  it('applies --min-mentions across documents', () => {
    const c = new EntityCorpus({ showSources: false, minMentions: 2 });
    c.add(doc('a', { entities: [entity('e1', 'كييف', ['كييف'], 1, 'LOC')] }));
    c.add(doc('b', { entities: [entity('e1', 'كييف', ['كييف'], 1, 'LOC'), entity('e2', 'مينسك', ['مينسك'], 1, 'LOC')] }));
    expect(c.entities().map((e) => e.name)).toEqual(['كييف']);
  });
});

describe('TimelineCorpus', () => {
  it('orders across documents and shows one event reported twice once, with both sources', () => {
    const c = new TimelineCorpus();
    const t = (value: string, text: string, event: string) => ({ start: 0, end: 1, text, type: 'DATE' as const, value, event: { start: 0, end: 1, text: event } });
    c.add(doc('a', { timeline: [t('2022-02-27', 'الأحد', 'وصل الوفد الروسي إلى بيلاروسيا'), t('P3D', 'ثلاثة أيام', 'استمرت المفاوضات')] }));
    c.add(doc('b', { timeline: [t('2022-02-25', 'الجمعة', 'تحدث الكرملين عن مفاوضات'), t('2022-02-27', 'اليوم', 'ووصل الوفد الروسي إلى بيلاروسيا صباح اليوم')] }));
    const events = c.events();
    expect(events.map((e) => e.value)).toEqual(['2022-02-25', '2022-02-27', 'P3D']);
    expect(events[1].sources).toEqual(['a', 'b']);
  });
});

describe('QuoteCorpus', () => {
  it('keeps each quote with its source', () => {
    const c = new QuoteCorpus();
    c.add(doc('a', { quotes: [{ start: 0, end: 4, text: 'نعم', kind: 'direct', cue: null, speaker: { entity: 'e1', name: 'لافروف', start: 0, end: 1, text: 'لافروف' } }] }));
    expect(c.json()).toEqual({ quotes: [expect.objectContaining({ source: 'a', text: 'نعم', speaker: { name: 'لافروف', text: 'لافروف' } })] });
  });
});

describe('source names in corpus tables', () => {
  it('shows paths under the folder they share, named once in the title; JSON keeps them whole', () => {
    expect(commonFolder(['archive/2024-01/a.txt', 'archive/2024-02/b.txt'])).toBe('archive/');
    expect(commonFolder(['archive/2024-01/a.txt', 'archive/2024-01/b.txt'])).toBe('archive/2024-01/');
    expect(commonFolder(['a.txt', 'b.txt'])).toBe('');
    expect(commonFolder(['مقالات/أ.txt'])).toBe('مقالات/');
    const names = sourceNames(['x/y/one.txt', 'x/y/two.txt']);
    expect([names.short('x/y/one.txt'), names.note]).toEqual(['one.txt', ', sources in x/y/']);
    const c = new EntityCorpus({ showSources: true });
    c.add(doc('/data/news/2024/ar-01.txt', { entities: [entity('e1', 'روسيا', ['روسيا'], 1, 'LOC')] }));
    c.add(doc('/data/news/2025/ar-02.txt', { entities: [entity('e1', 'روسيا', ['روسيا'], 1, 'LOC')] }));
    const [section] = c.sections();
    expect(section.title).toBe('Entities across 2 documents, sources in /data/news/');
    expect(section.rows[0].at(-1)).toBe('2024/ar-01.txt 2025/ar-02.txt');
    expect(c.json()).toEqual({ entities: [expect.objectContaining({ sources: ['/data/news/2024/ar-01.txt', '/data/news/2025/ar-02.txt'] })] });
    // CSV asks for the paths as given
    const [whole] = c.sections({ wholePaths: true });
    expect([whole.title, whole.rows[0].at(-1)]).toEqual(['Entities across 2 documents', '/data/news/2024/ar-01.txt /data/news/2025/ar-02.txt']);
  });
  it('gives a wrapped column of file names room for its longest name when a wide column can spare it', () => {
    const section = { columns: ['name', 'spellings', 'sources'], rows: [['وزير الخارجية الروسي سيرغي لافروف', 'لافروف / سيرغي لافروف / لافروف سيرغي', 'ar-01-almadina-long-name.txt ar-02.txt']], wrap: [1, 2] };
    const widths = fitWidths(section, 60);
    expect(widths[2]).toBeGreaterThanOrEqual('ar-01-almadina-long-name.txt'.length + 2);
    expect(widths.reduce((a, b) => a + b, 0) + 4).toBeLessThanOrEqual(60);
  });
});

describe('sharding', () => {
  it('is stable and splits every input into exactly one part', () => {
    expect(stableHash('archive/a.txt')).toBe(stableHash('archive/a.txt'));
    const paths = Array.from({ length: 200 }, (_, i) => `archive/${i}.txt`);
    const parts = [0, 1, 2].map((index) => paths.filter((p) => inShard(p, { index, count: 3 })));
    expect(parts.flat().sort()).toEqual([...paths].sort());
    for (const part of parts) expect(part.length).toBeGreaterThan(40);
  });
  it('--shard splits a run and merge joins the parts back', async () => {
    const records = Array.from({ length: 30 }, (_, i) => JSON.stringify({ id: `r${i}`, text: `قال الوزير ${i}.` })).join('\n');
    const parts = await Promise.all(['1/2', '2/2'].map((s) => runCli(['tokens', '-', '--input', 'ndjson', '--format', 'ndjson', '--shard', s, '-q'], { stdin: records })));
    const ids = parts.map((p) => p.stdout.trim().split('\n').map((l) => JSON.parse(l).source));
    expect(ids[0].length + ids[1].length).toBe(30);
    expect(new Set([...ids[0], ...ids[1]]).size).toBe(30);
    const merged = await runCli(['merge', '-', '--format', 'ndjson'], { stdin: parts[0].stdout + parts[1].stdout });
    expect(merged.stdout.trim().split('\n')).toHaveLength(30);
    const bad = await runCli(['tokens', '-', '--shard', '3/2']);
    expect(bad.code).toBe(2);
  });
  it('merge names a bad line and goes on', async () => {
    const r = await runCli(['merge', '-', '--corpus', '--json', '--view', 'entities'], { stdin: '{"source":"a","lang":"ar","title":null,"referenceDate":null,"entities":[]}\nnot json\n' });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('khabar: -:2: not valid JSON\n');
    expect(JSON.parse(r.stdout)).toEqual({ version: 1, corpus: { documents: 1, entities: [] }, errors: [{ source: '-:2', message: 'not valid JSON' }] });
  });
});
