// NDJSON record input (--input ndjson): one JSON object per line,
// { "id", "text", "date"?, "lang"?, "title"? }. Bad lines become errors naming the line.
import type { Document } from '../core/types.js';
import { fromRecord } from './metadata.js';
import { documentFromText } from './read.js';

export type RecordResult = { ok: true; doc: Document } | { ok: false; source: string; reason: string };

export function parseRecord(line: string, where: string): RecordResult {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return { ok: false, source: where, reason: 'not valid JSON' };
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return { ok: false, source: where, reason: 'a record must be a JSON object' };
  const record = value as Record<string, unknown>;
  const id = typeof record.id === 'string' || typeof record.id === 'number' ? String(record.id) : where;
  if (typeof record.text !== 'string') return { ok: false, source: id, reason: 'record has no "text" string' };
  if (!record.text.trim()) return { ok: false, source: id, reason: 'empty text' };
  if (record.date !== undefined && !fromRecord(record).date) return { ok: false, source: id, reason: `bad "date" ${JSON.stringify(record.date)} (want YYYY-MM-DD)` };
  return { ok: true, doc: documentFromText(id, record.text, fromRecord(record)) };
}
