// --format table (the default): per document a heading line and the view's sections as
// cli-table3 tables, fitted to the terminal width. cli-table3 gets no colours of its own;
// colour, when on, is chalk's, decided once in the CLI config.
import { createRequire } from 'node:module';
import type TableType from 'cli-table3';

// loaded with the first table, so JSON runs never pay for it
let TableClass: typeof TableType | undefined;
function tableClass(): typeof TableType {
  return (TableClass ??= createRequire(import.meta.url)('cli-table3') as typeof TableType);
}
import { Chalk } from 'chalk';
import type { DocumentAnalysis, InputError } from '../core/types.js';
import type { Renderer, RenderSettings } from './renderer.js';
import type { Section } from './view.js';
import type { CorpusView } from '../batch/corpus/view.js';
import { cellText } from './cells.js';

export class TableRenderer implements Renderer {
  readonly needsObjects = true;
  private readonly chalk: InstanceType<typeof Chalk>;
  private count = 0;

  constructor(private readonly settings: RenderSettings) {
    this.chalk = new Chalk({ level: settings.color ? 1 : 0 });
  }

  async document(doc: DocumentAnalysis): Promise<void> {
    const c = this.chalk;
    const facts = [doc.lang, doc.referenceDate ? `reference date ${doc.referenceDate}` : 'no reference date'];
    let text = (this.count++ ? '\n' : '') + c.bold(doc.source) + c.dim(` (${facts.join(', ')})`) + '\n';
    if (doc.title) text += c.dim(cellText(doc.title)) + '\n';
    for (const section of this.settings.view.sections(doc)) text += this.section(section);
    await this.settings.out.write(text);
  }

  async corpus(heading: string, _documents: number, corpus: CorpusView): Promise<void> {
    let text = this.chalk.bold(heading) + '\n';
    for (const section of corpus.sections()) text += this.section(section);
    await this.settings.out.write(text);
  }

  private section(section: Section): string {
    const c = this.chalk;
    let text = section.title ? c.bold(section.title) + '\n' : '';
    if (!section.rows.length) return text + c.dim(section.empty ?? '(none)') + '\n';
    const widths = fitWidths(section, this.settings.width);
    const Table = tableClass();
    const table = new Table({
      head: section.columns.map((h) => c.bold(h)),
      style: { head: [], border: [] },
      // no rule between rows: long tables stay compact
      chars: { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' },
      colWidths: widths,
      wordWrap: true,
      wrapOnWordBoundary: true,
    });
    for (const row of section.rows) table.push(row.map(cellText));
    return text + table.toString() + '\n';
  }

  async finish(_errors: InputError[]): Promise<void> {}
}

/**
 * Column widths (with padding) that fit the terminal: narrow columns keep their width (up
 * to 32), wrapped columns share what is left in proportion to their text, but each gets
 * its longest word when others can spare the room (a file name cut in the middle tells nothing).
 */
export function fitWidths(section: Section, width: number): number[] {
  const natural = section.columns.map((h, i) => Math.max(h.length, ...section.rows.map((r) => cellText(r[i] ?? '').length)) + 2);
  const borders = section.columns.length + 1;
  const total = natural.reduce((a, b) => a + b, 0) + borders;
  if (total <= width) return natural;
  const wrap = new Set(section.wrap ?? [natural.indexOf(Math.max(...natural))]);
  const fixed = natural.reduce((sum, w, i) => (wrap.has(i) ? sum : sum + Math.min(w, 32)), 0);
  const free = Math.max(width - fixed - borders, wrap.size * 12);
  const wrapNatural = [...wrap].reduce((sum, i) => sum + natural[i], 0);
  const share = (i: number) => Math.max(10, Math.floor((free * natural[i]) / wrapNatural));
  const widths = natural.map((w, i) => (wrap.has(i) ? share(i) : Math.min(w, 32)));
  // give short-changed wrapped columns their longest word, from columns that can spare it
  const floor = natural.map((w, i) => Math.min(w, Math.max(longestWord(section, i) + 2, 12)));
  for (const i of wrap) {
    const need = Math.min(longestWord(section, i) + 2, natural[i], 40);
    for (const j of widths.map((_, k) => k).sort((a, b) => widths[b] - widths[a])) {
      if (widths[i] >= need) break;
      const moved = Math.min(widths[j] - floor[j], need - widths[i]);
      if (j === i || moved <= 0) continue;
      widths[i] += moved;
      widths[j] -= moved;
    }
  }
  return widths;
}

function longestWord(section: Section, column: number): number {
  let longest = 0;
  for (const row of section.rows) for (const word of cellText(row[column] ?? '').split(' ')) longest = Math.max(longest, word.length);
  return longest;
}
