// The English language pack: lower-case folding, CoNLL-style tokens (possessives and
// contractions split off, dotted abbreviations kept whole), sentences.
import type { TextLayer } from '../../core/types.js';
import { readDataText } from '../../core/data-files.js';
import { buildTextLayer, type LayerRules } from '../layer.js';
import type { LanguagePack } from '../pack.js';
import { foldArabic } from '../ar/fold.js';
import { findEnglishTimex } from './timex.js';

let rules: LayerRules | undefined;

function englishRules(): LayerRules {
  const abbreviations = new Set<string>();
  for (const line of readDataText('src/lang/en/data/abbreviations.txt').split('\n')) {
    const w = line.trim();
    if (w && !w.startsWith('#')) abbreviations.add(w);
  }
  return {
    lang: 'en',
    // foldArabic lower-cases Latin and folds any Arabic words that turn up
    fold: foldArabic,
    splitContractions: true,
    dottedAbbreviations: abbreviations,
    wordKind: (script) => (script === 'latin' ? 'word' : 'latin'),
    splits: (folded) => [{ proclitics: [], article: false, stem: folded, enclitic: '' }],
    isAbbreviation(word) {
      const w = word.toLowerCase().replace(/\.$/, '');
      return abbreviations.has(w) || w.length === 1;
    },
  };
}

export const english: LanguagePack = {
  code: 'en',
  fold: foldArabic,
  textLayer(text: string): TextLayer {
    rules ??= englishRules();
    return buildTextLayer(text, rules);
  },
  recogniseTimex: findEnglishTimex,
  showSplit: (split) => split.stem,
};
