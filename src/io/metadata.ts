// Document metadata: reference date, title and language from YAML front matter, a
// sidecar NAME.json, or the headline. Front matter is blanked out (replaced by spaces,
// newlines kept) rather than cut, so offsets stay those of the file.
import type { LangCode } from '../core/types.js';

export interface Metadata {
  date?: string;
  title?: string;
  lang?: LangCode;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar date in YYYY-MM-DD form. */
export function isIsoDate(value: string): boolean {
  const m = DATE.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

function unquote(v: string): string {
  const t = v.trim();
  if ((t.startsWith('"') && t.endsWith('"')) || (t.startsWith("'") && t.endsWith("'"))) return t.slice(1, -1);
  return t;
}

/** Normalises a metadata date (2022-02-27, 2022-02-27T10:00:00Z, 2022/02/27) to YYYY-MM-DD. */
export function normaliseDate(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const m = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})/.exec(value.trim());
  if (!m) return undefined;
  const iso = `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : undefined;
}

function asLang(value: unknown): LangCode | undefined {
  return value === 'ar' || value === 'en' ? value : undefined;
}

export function fromRecord(record: Record<string, unknown>): Metadata {
  return {
    date: normaliseDate(record.date ?? record.referenceDate),
    title: typeof record.title === 'string' && record.title.trim() ? record.title.trim() : undefined,
    lang: asLang(record.lang),
  };
}

/** Reads and blanks YAML front matter (--- … ---) at the top of a text. */
export function takeFrontMatter(text: string): { text: string; meta: Metadata } {
  const m = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(\r?\n|$)/.exec(text);
  if (!m) return { text, meta: {} };
  const fields: Record<string, string> = {};
  for (const line of m[1].split(/\r?\n/)) {
    const kv = /^([A-Za-z_][\w-]*)\s*:\s*(.*)$/.exec(line);
    if (kv) fields[kv[1].toLowerCase()] = unquote(kv[2]);
  }
  const blanked = m[0].replace(/[^\n]/g, ' ');
  return { text: blanked + text.slice(m[0].length), meta: fromRecord(fields) };
}

/** The first line, when it reads as a headline: short, no final full stop, more text after it. */
export function headline(text: string): string | undefined {
  const start = text.search(/\S/);
  if (start < 0) return undefined;
  const nl = text.indexOf('\n', start);
  if (nl < 0) return undefined;
  const line = text.slice(start, nl).trim();
  if (!line || line.length > 200 || /[.!?؟…:]$/.test(line)) return undefined;
  if (!/\S/.test(text.slice(nl))) return undefined;
  return line;
}
