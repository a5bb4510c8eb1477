// Feature hashing: a feature is a template number plus a string (or part of one), hashed
// straight into a bucket without building the "template=value" string. FNV-1a, 32 bits.

const OFFSET = 0x811c9dc5;
const PRIME = 0x01000193;

/** Hash of a template id and str[start, end). */
export function hashFeature(template: number, str: string, start = 0, end = str.length): number {
  let h = Math.imul(OFFSET ^ template, PRIME);
  for (let i = start; i < end; i++) h = Math.imul(h ^ str.charCodeAt(i), PRIME);
  return h >>> 0;
}

/** Hash of a template id and a small integer value (a class, a bucket, a flag set). */
export function hashValue(template: number, value: number): number {
  let h = Math.imul(OFFSET ^ template, PRIME);
  h = Math.imul(h ^ (value & 0xffff), PRIME);
  h = Math.imul(h ^ (value >>> 16), PRIME);
  return h >>> 0;
}

/** Hash of a template id and two strings (a conjunction such as previous word + word). */
export function hashPair(template: number, a: string, b: string): number {
  let h = Math.imul(OFFSET ^ template, PRIME);
  for (let i = 0; i < a.length; i++) h = Math.imul(h ^ a.charCodeAt(i), PRIME);
  h = Math.imul(h ^ 0x1f, PRIME);
  for (let i = 0; i < b.length; i++) h = Math.imul(h ^ b.charCodeAt(i), PRIME);
  return h >>> 0;
}

/** Extends a feature hash with one more small value (no string is built). */
export function extendHash(h: number, value: number): number {
  return Math.imul(h ^ value, PRIME) >>> 0;
}

/** Hash of a template id and str[start, end) where positions outside the string read as a boundary mark. */
export function hashPadded(template: number, str: string, start: number, end: number): number {
  let h = Math.imul(OFFSET ^ template, PRIME);
  for (let i = start; i < end; i++) h = Math.imul(h ^ (i < 0 || i >= str.length ? 2 : str.charCodeAt(i)), PRIME);
  return h >>> 0;
}
