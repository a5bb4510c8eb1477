// Reads one input into a Document: bytes → text (decode), metadata (flag, front matter,
// sidecar, headline). Failures come back as a reason, never as an exception.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import type { Document, LangCode } from '../core/types.js';
import { decodeBytes } from './decode.js';
import { fromRecord, headline, takeFrontMatter, type Metadata } from './metadata.js';

export interface ReadOptions {
  encoding?: string;
  /** files larger than this are refused (bytes) */
  maxBytes: number;
}

export type ReadResult = { ok: true; doc: Document; note?: string } | { ok: false; reason: string };

const ERRNO_REASONS: Record<string, string> = {
  ENOENT: 'no such file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'is a folder, not a file',
  ELOOP: 'symbolic link loop',
  ENAMETOOLONG: 'file name too long',
  EIO: 'input/output error',
};

export function reasonOf(err: unknown): string {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  return (code && ERRNO_REASONS[code]) || (err instanceof Error ? err.message : String(err));
}

function sidecar(path: string): Metadata {
  const dir = dirname(path);
  const stem = basename(path, extname(path));
  for (const candidate of [join(dir, stem + '.json'), path + '.json']) {
    // a missing sidecar is the usual case: asking first is far cheaper than a thrown ENOENT
    if (candidate === path || !existsSync(candidate)) continue;
    try {
      return fromRecord(JSON.parse(readFileSync(candidate, 'utf8')) as Record<string, unknown>);
    } catch {
      // no sidecar, or not one of ours
    }
  }
  return {};
}

/** Builds a Document from decoded text and what is known about it, most specific first. */
export function documentFromText(id: string, raw: string, known: Metadata, path?: string): Document {
  const { text, meta: front } = takeFrontMatter(raw);
  const side = path ? sidecar(path) : {};
  return {
    id,
    path,
    text,
    lang: known.lang ?? front.lang ?? side.lang,
    referenceDate: known.date ?? front.date ?? side.date,
    title: known.title ?? front.title ?? side.title ?? headline(text),
  };
}

export function readDocumentFile(path: string, options: ReadOptions, lang?: LangCode): ReadResult {
  let bytes: Buffer;
  try {
    const st = statSync(path);
    if (st.isDirectory()) return { ok: false, reason: 'is a folder, not a file' };
    if (st.size > options.maxBytes) return { ok: false, reason: `too large (${(st.size / 1e6).toFixed(1)} MB; the limit is ${(options.maxBytes / 1e6).toFixed(1)} MB, see --max-size)` };
    bytes = readFileSync(path);
  } catch (err) {
    return { ok: false, reason: reasonOf(err) };
  }
  return documentFromBytes(path, bytes, options, lang, path);
}

export function documentFromBytes(id: string, bytes: Uint8Array, options: ReadOptions, lang?: LangCode, path?: string): ReadResult {
  const decoded = decodeBytes(bytes, options.encoding);
  if (!decoded.ok) return { ok: false, reason: decoded.reason };
  return { ok: true, doc: documentFromText(id, decoded.text, { lang }, path), note: decoded.note };
}
