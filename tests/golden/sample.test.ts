// Golden test: the founding sample against its hand annotation (a copy of the project's gold
// in tests/fixtures), counted the way the official scorer counts: every name span, the entity
// table, every quote with its speaker, every time expression with its value, and the traps.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES, runCli } from '../helpers.js';
import type { DocumentAnalysis } from '../../src/core/types.js';

interface GoldSpan { start: number; end: number; text: string }
interface Gold {
  reference_date: string;
  entities: Array<{ id: string; type: string; mentions: GoldSpan[] }>;
  quotes: Array<GoldSpan & { kind: string; speaker: string | null }>;
  optional_quotes: GoldSpan[];
  timex: Array<GoldSpan & { type: string; value: string }>;
  not_timex: GoldSpan[];
}

const gold = JSON.parse(readFileSync(join(FIXTURES, 'ar-talks-belarus.gold.json'), 'utf8')) as Gold;
const SAMPLE = join(FIXTURES, 'ar-talks-belarus.txt');
const overlap = (a: { start: number; end: number }, b: { start: number; end: number }) => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
const TYPE: Record<string, string> = { PERSON: 'PER', ORG: 'ORG', LOC: 'LOC', MISC: 'MISC' };

async function analysis(): Promise<DocumentAnalysis> {
  const r = await runCli(['analyze', SAMPLE, '--json', '--date', gold.reference_date]);
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout).documents[0];
}

describe('the Arabic sample against its gold', () => {
  it('finds the names with exact spans and types (F1 ≥ 95) and one row per entity', async () => {
    const doc = await analysis();
    const key = (s: number, e: number, t: string) => `${s}:${e}:${t}`;
    const goldNames = new Set(gold.entities.filter((e) => e.type !== 'MISC').flatMap((e) => e.mentions.map((m) => key(m.start, m.end, TYPE[e.type]))));
    const sysNames = new Set(
      (doc.entities ?? []).filter((e) => e.type !== 'MISC').flatMap((e) => e.mentions.filter((m) => m.kind === 'name').map((m) => key(m.start, m.end, TYPE[e.type]))),
    );
    const tp = [...sysNames].filter((k) => goldNames.has(k)).length;
    const f1 = (2 * tp) / (goldNames.size + sysNames.size);
    expect(f1).toBeGreaterThanOrEqual(0.95);
    // the table: each gold entity in exactly one row, no row holding two gold entities
    const rowsOf = new Map<string, Set<string>>();
    for (const e of doc.entities ?? []) {
      for (const m of e.mentions.filter((x) => x.kind === 'name')) {
        for (const g of gold.entities) if (g.mentions.some((gm) => overlap(gm, m))) (rowsOf.get(g.id) ?? rowsOf.set(g.id, new Set()).get(g.id)!).add(e.id);
      }
    }
    for (const g of gold.entities) expect(rowsOf.get(g.id)?.size, g.id).toBe(1);
    const rowIds = [...rowsOf.values()].map((s) => [...s][0]);
    expect(new Set(rowIds).size).toBe(gold.entities.length);
  });

  it('keeps the traps: three men called فلاديمير apart, روسيا اليوم an organisation', async () => {
    const doc = await analysis();
    const persons = (doc.entities ?? []).filter((e) => e.type === 'PERSON' && e.variants.some((v) => /فلاديمير|فولوديمير|فلوديمير/.test(v)));
    expect(persons).toHaveLength(3);
    expect((doc.entities ?? []).find((e) => e.name === 'روسيا اليوم')?.type).toBe('ORG');
  });

  it('finds all twelve quotes with their speakers, and nothing else', async () => {
    const doc = await analysis();
    const quotes = doc.quotes ?? [];
    const byId = new Map((doc.entities ?? []).map((e) => [e.id, e]));
    const goldMentions = new Map(gold.entities.map((e) => [e.id, e.mentions]));
    for (const g of gold.quotes) {
      const q = quotes.find((s) => overlap(s, g) >= 0.5 * (g.end - g.start) && overlap(s, g) >= 0.5 * (s.end - s.start));
      expect(q, g.text).toBeDefined();
      expect(q!.kind, g.text).toBe(g.kind);
      const entity = q!.speaker?.entity ? byId.get(q!.speaker.entity) : undefined;
      if (g.speaker) {
        expect(entity?.mentions.some((m) => goldMentions.get(g.speaker!)!.some((gm) => overlap(gm, m))), g.text).toBe(true);
      } else {
        // an unnamed source is never pinned on a named entity
        expect(entity, g.text).toBeUndefined();
      }
    }
    const extra = quotes.filter((q) => !gold.quotes.some((g) => overlap(q, g)) && !gold.optional_quotes.some((o) => overlap(q, o)));
    expect(extra).toEqual([]);
  });

  it('normalises the six time expressions exactly and falls into no trap', async () => {
    const doc = await analysis();
    const timeline = doc.timeline ?? [];
    for (const g of gold.timex) {
      const t = timeline.find((s) => overlap(s, g));
      expect(t, g.text).toBeDefined();
      expect([t!.type, t!.value], g.text).toEqual([g.type, g.value]);
    }
    for (const trap of gold.not_timex) expect(timeline.filter((s) => overlap(s, trap)), trap.text).toEqual([]);
    // chronological: Friday before Sunday
    const friday = timeline.findIndex((t) => t.value === '2022-02-25');
    const sunday = timeline.findIndex((t) => t.value === '2022-02-27');
    expect(friday).toBeGreaterThanOrEqual(0);
    expect(friday).toBeLessThan(sunday);
  });

  it('without a date keeps values relative and still orders Friday before Sunday', async () => {
    const r = await runCli(['timeline', '-', '--json'], { stdin: readFileSync(SAMPLE, 'utf8') });
    const doc = JSON.parse(r.stdout).documents[0] as DocumentAnalysis;
    expect(doc.referenceDate).toBeNull();
    const values = (doc.timeline ?? []).map((t) => t.value);
    expect(values).toContain('XXXX-WXX-5');
    expect(values.indexOf('XXXX-WXX-5')).toBeLessThan(values.findIndex((v) => v === 'PRESENT_REF' || v.startsWith('XXXX-WXX-7')));
  });
});
