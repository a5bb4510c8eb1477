// JavaScript strings count UTF-16 code units; the JSON contract counts Unicode code
// points. The stages work in code units and the pipeline converts every output span
// once, at the end. Texts without astral characters (nearly all news) need no table.

export type OffsetConverter = (utf16: number) => number;

const SURROGATE = /[\uD800-\uDBFF][\uDC00-\uDFFF]/;

/** The converter for a text, or null when offsets need no change (no astral characters). */
export function codePointOffsets(text: string): OffsetConverter | null {
  if (!SURROGATE.test(text)) return null;
  const table = new Uint32Array(text.length + 1);
  let cp = 0;
  for (let i = 0; i < text.length; i++) {
    table[i] = cp;
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        table[++i] = cp;
      }
    }
    cp++;
  }
  table[text.length] = cp;
  return (o) => table[o];
}

/** Converts, in place, the start/end of every object that has both, anywhere inside value. */
export function convertSpans(value: unknown, convert: OffsetConverter, seen = new Set<object>()): void {
  if (value === null || typeof value !== 'object' || seen.has(value)) return;
  seen.add(value);
  if (Array.isArray(value)) {
    for (const item of value) convertSpans(item, convert, seen);
    return;
  }
  const record = value as Record<string, unknown>;
  if (typeof record.start === 'number' && typeof record.end === 'number') {
    record.start = convert(record.start);
    record.end = convert(record.end);
  }
  for (const key in record) {
    const child = record[key];
    if (child !== null && typeof child === 'object') convertSpans(child, convert, seen);
  }
}
