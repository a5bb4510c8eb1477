// The library API: `import { analyze } from 'khabar'` returns the same Analysis the CLI
// prints as JSON (one document).
import type { Document, DocumentAnalysis } from './core/types.js';
import { analyzeDocument, type AnalyzeOptions } from './core/pipeline.js';

export * from './core/types.js';
export { analyzeDocument, type AnalyzeOptions, type Part } from './core/pipeline.js';
export { detectLanguage, languagePack } from './lang/detect.js';
export { foldArabic } from './lang/ar/fold.js';

/** Analyses a text (or a Document) and returns its DocumentAnalysis. */
export function analyze(input: string | Document, options: AnalyzeOptions = {}): DocumentAnalysis {
  const doc: Document = typeof input === 'string' ? { id: '-', text: input } : input;
  return analyzeDocument(doc, options);
}
