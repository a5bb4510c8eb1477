// The corpus entity table: rows merged across documents when they share type and folded
// canonical name, or a full-name spelling (two words or more); document counts beside
// mention counts, and the sources each entity appears in.
import type { DocumentAnalysis, Entity, EntityType } from '../../core/types.js';
import { isNationalityEntity } from '../../entities/nationality.js';
import { foldArabic } from '../../lang/ar/fold.js';
import { languagePack } from '../../lang/detect.js';
import type { Section } from '../../render/view.js';
import type { CorpusView, SectionStyle } from './view.js';
import { sourceNames } from './source-names.js';

export interface CorpusEntity {
  id: string;
  type: EntityType;
  name: string;
  variants: string[];
  titles: string[];
  mentions: number;
  documents: number;
  sources: string[];
}

interface Row {
  type: EntityType;
  names: Map<string, number>; // spelling → mentions by that canonical name
  variants: Set<string>;
  titles: Set<string>;
  mentions: number;
  sources: string[];
  lastSource: string;
  /** every entity merged in is a nationality word ("German"): in the JSON, not in the table */
  nationality: boolean;
}

function key(type: EntityType, name: string): string {
  return `${type}\u0000${foldArabic(name).replace(/\s+/g, ' ').trim()}`;
}

export class EntityCorpus implements CorpusView {
  private readonly rows: Row[] = [];
  private readonly index = new Map<string, Row>();
  private docs = 0;

  constructor(private readonly options: { showSources: boolean; minMentions?: number; types?: Set<EntityType> }) {}

  add(doc: DocumentAnalysis): void {
    this.docs++;
    for (const e of doc.entities ?? []) {
      if (this.options.types && !this.options.types.has(e.type)) continue;
      this.addEntity(e, doc.source, isNationalityEntity(e, languagePack(doc.lang)));
    }
  }

  private addEntity(e: Entity, source: string, nationality: boolean): void {
    const keys = [key(e.type, e.name), ...e.variants.filter((v) => /\S\s+\S/.test(v)).map((v) => key(e.type, v))];
    let row: Row | undefined;
    for (const k of keys) if ((row = this.index.get(k))) break;
    if (!row) {
      row = { type: e.type, names: new Map(), variants: new Set(), titles: new Set(), mentions: 0, sources: [], lastSource: '', nationality };
      this.rows.push(row);
    }
    for (const k of keys) if (!this.index.has(k)) this.index.set(k, row);
    row.nationality &&= nationality;
    row.names.set(e.name, (row.names.get(e.name) ?? 0) + e.mentions.length);
    for (const v of e.variants) row.variants.add(v);
    for (const t of e.titles) row.titles.add(t);
    row.mentions += e.mentions.length;
    if (row.lastSource !== source) {
      row.lastSource = source;
      row.sources.push(source);
    }
  }

  entities(table = false): CorpusEntity[] {
    const min = this.options.minMentions ?? 1;
    return this.rows
      .filter((r) => r.mentions >= min && !(table && r.nationality))
      .map((r) => {
        // canonical: the most words, then the most mentions
        const name = [...r.names].sort((a, b) => b[0].split(/\s+/).length - a[0].split(/\s+/).length || b[1] - a[1])[0][0];
        return { type: r.type, name, variants: [...r.variants], titles: [...r.titles], mentions: r.mentions, documents: r.sources.length, sources: r.sources };
      })
      .sort((a, b) => b.documents - a.documents || b.mentions - a.mentions || a.name.localeCompare(b.name))
      .map((e, i) => ({ id: `c${i + 1}`, ...e }));
  }

  sections(style: SectionStyle = {}): Section[] {
    const columns = ['name', 'type', 'documents', 'mentions', 'spellings', 'titles'];
    if (this.options.showSources) columns.push('sources');
    const entities = this.entities(true);
    const names = sourceNames(this.options.showSources ? entities.flatMap((e) => e.sources) : [], style.wholePaths);
    const rows = entities.map((e) => {
      const row = [e.name, e.type, String(e.documents), String(e.mentions), e.variants.filter((v) => v !== e.name).join(' / '), e.titles.join(' / ')];
      if (this.options.showSources) row.push(e.sources.map(names.short).join(' '));
      return row;
    });
    return [{ title: `Entities across ${this.docs} documents${names.note}`, columns, rows, wrap: this.options.showSources ? [4, 5, 6] : [4, 5], empty: '(no entities)' }];
  }

  json(): Record<string, unknown> {
    return { entities: this.entities().map((e) => (this.options.showSources ? e : { ...e, sources: undefined })) };
  }
}
