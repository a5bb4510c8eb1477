// `khabar entities`: one row per real-world entity — canonical name, type, mentions,
// spellings seen, titles — with type, count and sort options.
import type { Command } from 'commander';
import type { DocumentAnalysis, Entity, EntityType } from '../core/types.js';
import { emptyText, type Section, type View } from '../render/view.js';
import { EntityCorpus } from '../batch/corpus/entities.js';
import { isNationalityEntity } from '../entities/nationality.js';
import { languagePack } from '../lang/detect.js';
import { addCommonOptions } from './common.js';
import { UsageError } from './config.js';
import type { CommandContext } from './context.js';

const TYPES: Record<string, EntityType> = { person: 'PERSON', per: 'PERSON', pers: 'PERSON', org: 'ORG', loc: 'LOC', misc: 'MISC' };
type Sort = 'mentions' | 'name' | 'first';

export interface EntityFilter {
  types?: Set<EntityType>;
  minMentions: number;
  sort: Sort;
}

export function parseEntityFilter(o: { type?: string; minMentions?: string; sort?: string }): EntityFilter {
  let types: Set<EntityType> | undefined;
  if (o.type) {
    types = new Set();
    for (const t of o.type.split(',')) {
      const type = TYPES[t.trim().toLowerCase()];
      if (!type) throw new UsageError(`--type takes person, org, loc, misc; not "${t}"`);
      types.add(type);
    }
  }
  const minMentions = o.minMentions === undefined ? 1 : Number(o.minMentions);
  if (!Number.isInteger(minMentions) || minMentions < 1) throw new UsageError(`--min-mentions must be a whole number of 1 or more, not "${o.minMentions}"`);
  const sort = (o.sort ?? 'mentions') as Sort;
  if (!['mentions', 'name', 'first'].includes(sort)) throw new UsageError(`--sort takes mentions, name or first; not "${o.sort}"`);
  return { types, minMentions, sort };
}

function firstOffset(e: Entity): number {
  return e.mentions.length ? e.mentions[0].start : Infinity;
}

export function filterEntities(entities: Entity[], f: EntityFilter): Entity[] {
  const kept = entities.filter((e) => (!f.types || f.types.has(e.type)) && e.mentions.length >= f.minMentions);
  const byFirst = (a: Entity, b: Entity) => firstOffset(a) - firstOffset(b);
  if (f.sort === 'name') kept.sort((a, b) => a.name.localeCompare(b.name) || byFirst(a, b));
  else if (f.sort === 'first') kept.sort(byFirst);
  else kept.sort((a, b) => b.mentions.length - a.mentions.length || byFirst(a, b));
  return kept;
}

/** The rows of the human entity table: nationality words ("German") are not names there,
 *  though the JSON keeps them as MISC rows. */
export function tableEntities(doc: DocumentAnalysis, entities: Entity[] = doc.entities ?? []): Entity[] {
  const pack = languagePack(doc.lang);
  return entities.filter((e) => !isNationalityEntity(e, pack));
}

export function entitySection(entities: Entity[], filtered = false): Section {
  return {
    title: 'Entities',
    columns: ['name', 'type', 'mentions', 'spellings', 'titles'],
    rows: entities.map((e) => {
      const named = e.mentions.filter((m) => m.kind === 'name').length;
      const count = named === e.mentions.length ? String(named) : `${e.mentions.length} (${named} by name)`;
      return [e.name, e.type, count, e.variants.filter((v) => v !== e.name).join(' / '), e.titles.join(' / ')];
    }),
    wrap: [3, 4],
    empty: emptyText('entities', filtered),
  };
}

export function entitiesView(f: EntityFilter): View {
  // in a corpus run --min-mentions counts across documents, so documents are not cut by it
  let corpusRun = false;
  return {
    filter: (doc: DocumentAnalysis) => ({ ...doc, entities: filterEntities(doc.entities ?? [], corpusRun ? { ...f, minMentions: 1 } : f) }),
    sections: (doc) => [entitySection(tableEntities(doc), Boolean(f.types || f.minMentions > 1))],
    corpus: ({ showSources }) => {
      corpusRun = true;
      return new EntityCorpus({ showSources, minMentions: f.minMentions, types: f.types });
    },
  };
}

export function entitiesCommand(program: Command, context: CommandContext): void {
  const cmd = program
    .command('entities')
    .description('the entity table: people, organisations and places, spellings merged, with their titles')
    .argument('<inputs...>', 'files, folders, globs, or - for stdin')
    .option('--type <list>', 'only these types: person,org,loc,misc')
    .option('--min-mentions <n>', 'only entities mentioned at least n times')
    .option('--sort <key>', 'mentions (most first), name, or first (first mention)', 'mentions');
  addCommonOptions(cmd).action((inputs: string[], options) => context.execute(inputs, options, ['entities'], entitiesView(parseEntityFilter(options))));
}
