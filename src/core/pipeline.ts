// The pipeline: the stages of an analysis, named and ordered in one place. A subcommand
// asks for the parts it needs; the stages those parts depend on run, the others do not.
import type { DocumentAnalysis, Document, LangCode } from './types.js';
import { detectLanguage, languagePack } from '../lang/detect.js';
import { codePointOffsets, convertSpans } from './offsets.js';
import { tokenView } from './token-view.js';
import { findQuotes } from '../quotes/index.js';
import { findTimeline } from '../timeline/index.js';

import { tagNames } from '../entities/tagger.js';
import { resolveEntities } from '../entities/resolve.js';
export type Part = 'tokens' | 'entities' | 'quotes' | 'timeline';
export const ANALYSIS_PARTS: Part[] = ['entities', 'quotes', 'timeline'];

export interface AnalyzeOptions {
  /** which parts of the Analysis to produce (default: entities, quotes, timeline) */
  parts?: Part[];
  /** force a language instead of detecting it */
  lang?: LangCode;
  /** YYYY-MM-DD; overrides the document's own */
  referenceDate?: string;
}

export function analyzeDocument(doc: Document, options: AnalyzeOptions = {}): DocumentAnalysis {
  const parts = new Set(options.parts ?? ANALYSIS_PARTS);
  const lang = options.lang ?? doc.lang ?? detectLanguage(doc.text);
  const pack = languagePack(lang);
  const layer = pack.textLayer(doc.text);
  const referenceDate = options.referenceDate ?? doc.referenceDate ?? null;
  const result: DocumentAnalysis = {
    source: doc.id,
    lang,
    title: doc.title ?? null,
    referenceDate,
  };
  if (parts.has('tokens')) result.sentences = tokenView(layer, pack);
  // ANALYSES-PLUG: the entity, quote and timeline stages are added here by their issues
  if (parts.has('entities')) result.entities = resolveEntities(layer, tagNames(layer), pack);
  if (parts.has('quotes')) result.quotes = findQuotes(layer, result.entities ?? [], pack);
  if (parts.has('timeline')) ({ expressions: result.timeline, referenceDate: result.referenceDate } = findTimeline(layer, pack, referenceDate));
  // nearly every news text has no astral characters: then there is nothing to walk
  const convert = codePointOffsets(doc.text);
  if (convert) convertSpans(result, convert);
  return result;
}
