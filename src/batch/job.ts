// One unit of batch work and its outcome. A job is read and analysed wherever it runs
// (main thread or a worker); its result carries the analysis already serialised, so
// NDJSON output costs the main thread no more than a write.
import type { Document, LangCode } from '../core/types.js';
import { analyzeDocument, type Part } from '../core/pipeline.js';
import { readDocumentFile } from '../io/read.js';

export type Job =
  | { index: number; kind: 'file'; path: string }
  | { index: number; kind: 'doc'; doc: Document; note?: string }
  | { index: number; kind: 'error'; source: string; reason: string };

export type JobResult =
  | { index: number; ok: true; source: string; json: SerialisedAnalysis; note?: string }
  | { index: number; ok: false; source: string; reason: string };

/**
 * The analysis as JSON text, or as one NDJSON line of UTF-8 bytes (the JSON and a newline).
 * Workers send the bytes: an ArrayBuffer moves to the main thread without a copy, where a
 * long (two-byte, for Arabic) string would be serialised and copied twice, and a whole line
 * is what stdout wants, so the main thread writes it as it comes.
 */
export type SerialisedAnalysis = string | Uint8Array;

const decoder = new TextDecoder();

/** The JSON text of a serialised analysis (a line's newline is white space to JSON.parse). */
export function analysisText(json: SerialisedAnalysis): string {
  return typeof json === 'string' ? json : decoder.decode(json);
}

export interface JobSettings {
  parts: Part[];
  lang?: LangCode;
  referenceDate?: string;
  encoding?: string;
  maxBytes: number;
  /** print stack traces of internal errors */
  verbose: boolean;
}

export function runJob(job: Job, settings: JobSettings): JobResult {
  if (job.kind === 'error') return { index: job.index, ok: false, source: job.source, reason: job.reason };
  let doc: Document;
  let note: string | undefined;
  const source = job.kind === 'file' ? job.path : job.doc.id;
  if (job.kind === 'file') {
    const read = readDocumentFile(job.path, { encoding: settings.encoding, maxBytes: settings.maxBytes }, settings.lang);
    if (!read.ok) return { index: job.index, ok: false, source, reason: read.reason };
    doc = read.doc;
    note = read.note;
  } else {
    doc = job.doc;
    note = job.note;
  }
  try {
    const analysis = analyzeDocument(doc, { parts: settings.parts, lang: settings.lang, referenceDate: settings.referenceDate });
    return { index: job.index, ok: true, source, json: JSON.stringify(analysis), note };
  } catch (err) {
    // a bug of ours, not the user's: still one line for this input, the batch goes on
    const detail = settings.verbose && err instanceof Error ? `\n${err.stack}` : '';
    return { index: job.index, ok: false, source, reason: `internal error while analysing: ${err instanceof Error ? err.message : String(err)}${detail}` };
  }
}
