// The Arabic language pack: folding, tokens with clitic readings, sentences.
import type { CliticSplit, TextLayer } from '../../core/types.js';
import { readDataText } from '../../core/data-files.js';
import { buildTextLayer, type LayerRules } from '../layer.js';
import type { LanguagePack } from '../pack.js';
import { foldArabic } from './fold.js';
import { cliticSplits, formatSplit } from './clitics.js';
import { wordFrequency } from './lexicon.js';

function loadList(relative: string): Set<string> {
  const set = new Set<string>();
  for (const line of readDataText(relative).split('\n')) {
    const w = line.trim();
    if (w && !w.startsWith('#')) set.add(foldArabic(w));
  }
  return set;
}

let rules: LayerRules | undefined;

function arabicRules(): LayerRules {
  const abbreviations = loadList('src/lang/ar/data/abbreviations.txt');
  const latinAbbreviations = loadList('src/lang/en/data/abbreviations.txt');
  return {
    lang: 'ar',
    fold: foldArabic,
    splitContractions: false,
    dottedAbbreviations: new Set(),
    wordKind: (script) => (script === 'ar' ? 'word' : 'latin'),
    splits: (folded, script): CliticSplit[] => (script === 'ar' ? cliticSplits(folded) : [{ proclitics: [], article: false, stem: folded, enclitic: '' }]),
    isAbbreviation(word, raw) {
      const f = foldArabic(word);
      if (raw.script === 'ar') return f.length === 1 || abbreviations.has(f);
      return latinAbbreviations.has(f) || f.length === 1;
    },
  };
}

export const arabic: LanguagePack = {
  code: 'ar',
  fold: foldArabic,
  textLayer(text: string): TextLayer {
    rules ??= arabicRules();
    return buildTextLayer(text, rules);
  },
  wordFrequency,
  showSplit: formatSplit,
};
