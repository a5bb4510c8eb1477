// The name tagger's public face: names (PERSON, ORG, LOC, MISC) in a text layer, found by
// the language's trained sequence model (see tagger/ and models/ner-<lang>.md). The
// model loads lazily, once per language; a language without a model finds no names.
import { existsSync } from 'node:fs';
import type { LangCode, TextLayer } from '../core/types.js';
import { dataPath } from '../core/data-files.js';
import { languagePack } from '../lang/detect.js';
import { wordFrequency } from '../lang/ar/lexicon.js';
import { TaggerModel } from './tagger/model.js';
import type { FeatureContext } from './tagger/features.js';
import { mentionsFromLabels, type NameMention } from './tagger/mentions.js';
import { postprocess } from './tagger/postprocess.js';

export type { NameMention } from './tagger/mentions.js';

/** Where each language's model lives and the word frequencies its features read. */
const MODELS: Partial<Record<LangCode, { file: string } & Pick<FeatureContext, 'frequency' | 'definiteFrequency'>>> = {
  // names seldom take the Arabic article ال, so how often a stem does is a feature
  ar: { file: 'models/ner-ar.bin', frequency: wordFrequency, definiteFrequency: (stem) => wordFrequency('\u0627\u0644' + stem) },
  en: { file: 'models/ner-en.bin' },
};

const loaded = new Map<LangCode, TaggerModel | null>();

export function taggerModel(lang: LangCode): TaggerModel | null {
  let model = loaded.get(lang);
  if (model === undefined) {
    const entry = MODELS[lang];
    model = entry && existsSync(dataPath(entry.file)) ? TaggerModel.load(entry.file, languagePack(lang).fold, entry) : null;
    loaded.set(lang, model);
  }
  return model;
}

/** Name mentions of a text layer, in text order. */
export function tagNames(layer: TextLayer): NameMention[] {
  const model = taggerModel(layer.lang);
  if (!model) return [];
  const fold = languagePack(layer.lang).fold;
  const labels = postprocess(layer, model.tag(layer), model);
  return mentionsFromLabels(layer, labels, fold);
}
