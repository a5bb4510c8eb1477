// `khabar tokens`: the text layer itself — sentences, tokens, folded forms and the
// preferred clitic reading — for debugging and for other tools.
import type { Command } from 'commander';
import type { DocumentAnalysis } from '../core/types.js';
import type { View } from '../render/view.js';
import { FORMATS } from '../render/index.js';
import { addCommonOptions } from './common.js';
import type { CommandContext } from './context.js';

export const tokensView: View = {
  sections(doc: DocumentAnalysis) {
    const rows: string[][] = [];
    for (const [s, sentence] of (doc.sentences ?? []).entries()) {
      for (const [t, token] of sentence.tokens.entries()) rows.push([t === 0 ? String(s + 1) : '', token.text, token.kind, token.folded, token.split, `${token.start}-${token.end}`]);
    }
    return [{ columns: ['sentence', 'token', 'kind', 'folded', 'split', 'offsets'], rows, empty: '(no tokens)' }];
  },
  conll(doc: DocumentAnalysis) {
    return (doc.sentences ?? []).map((s) => s.tokens.map((t) => t.text).join('\n') + '\n').join('\n');
  },
};

export function tokensCommand(program: Command, context: CommandContext): void {
  const cmd = program
    .command('tokens')
    .description('show sentences and tokens with folded forms and clitic splits')
    .argument('<inputs...>', 'files, folders, globs, or - for stdin');
  addCommonOptions(cmd, FORMATS).action((inputs: string[], options) => context.execute(inputs, options, ['tokens'], tokensView, FORMATS));
}
