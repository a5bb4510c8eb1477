// A read-only string look-up table for the big word lists (word frequencies, clusters,
// wiki types): an open-addressing hash over keys kept as UTF-16 code units in one typed
// array, with no string or Map entry per line. It builds several times faster than a Map
// of the same lines, holds a fraction of the memory, and its arrays can be saved as they
// are (table-file.ts), so a later start-up reads them in without parsing anything.
// Values live in the caller's typed arrays, indexed by the row number the table hands out.

const OFFSET = 0x811c9dc5;
const PRIME = 0x01000193;

function mix(h: number): number {
  // FNV's low bits are weak for short keys: fold the high half in before masking
  return (h ^ (h >>> 15)) >>> 0;
}

/** The arrays a table is made of (what a table file stores). */
export interface KeyTableArrays {
  /** row + 1 per slot (0 = empty); its length is a power of two */
  slots: Int32Array;
  /** row r's key is chars[keyStart[r], keyStart[r + 1]) */
  keyStart: Int32Array;
  chars: Uint16Array;
}

export class KeyTable {
  private slots: Int32Array;
  private keyStart: Int32Array;
  private chars: Uint16Array;
  private mask: number;
  private count: number;

  private constructor(a: KeyTableArrays, count: number) {
    this.slots = a.slots;
    this.keyStart = a.keyStart;
    this.chars = a.chars;
    this.mask = a.slots.length - 1;
    this.count = count;
  }

  static empty(expected = 1024): KeyTable {
    let size = 1024;
    while (size < expected * 2) size *= 2;
    return new KeyTable({ slots: new Int32Array(size), keyStart: new Int32Array(Math.max(16, expected) + 1), chars: new Uint16Array(Math.max(64, expected * 8)) }, 0);
  }

  static fromArrays(a: KeyTableArrays): KeyTable {
    return new KeyTable(a, a.keyStart.length - 1);
  }

  /** The arrays, trimmed to what is used (for a table file). */
  toArrays(): KeyTableArrays {
    const rows = this.count;
    return { slots: this.slots, keyStart: this.keyStart.slice(0, rows + 1), chars: this.chars.slice(0, this.keyStart[rows]) };
  }

  get size(): number {
    return this.count;
  }

  /** The row of text[start, end) as a key: a new row, or the existing one when the key is already there (so a later line can overwrite its value, as Map.set would). */
  add(text: string, start: number, end: number): number {
    const found = this.find(text, start, end);
    if (found >= 0) return found;
    if ((this.count + 1) * 2 > this.slots.length) this.rehash(this.slots.length * 2);
    const row = this.count++;
    const len = end - start;
    if (row + 2 > this.keyStart.length) this.keyStart = grownInt(this.keyStart, row + 2);
    const at = this.keyStart[row];
    if (at + len > this.chars.length) {
      const bigger = new Uint16Array(Math.max(this.chars.length * 2, at + len));
      bigger.set(this.chars);
      this.chars = bigger;
    }
    for (let k = 0; k < len; k++) this.chars[at + k] = text.charCodeAt(start + k);
    this.keyStart[row + 1] = at + len;
    let slot = this.hashChars(at, at + len) & this.mask;
    while (this.slots[slot] !== 0) slot = (slot + 1) & this.mask;
    this.slots[slot] = row + 1;
    return row;
  }

  /** The row of a key, -1 when absent. */
  get(key: string): number {
    return this.find(key, 0, key.length);
  }

  /** The key of a row, as a string. */
  key(row: number): string {
    return String.fromCharCode(...this.chars.subarray(this.keyStart[row], this.keyStart[row + 1]));
  }

  private find(text: string, start: number, end: number): number {
    const { chars, keyStart, slots, mask } = this;
    const len = end - start;
    let h = OFFSET;
    for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), PRIME);
    let slot = mix(h) & mask;
    for (;;) {
      const r = slots[slot];
      if (r === 0) return -1;
      const s = keyStart[r - 1];
      if (keyStart[r] - s === len) {
        let k = 0;
        while (k < len && chars[s + k] === text.charCodeAt(start + k)) k++;
        if (k === len) return r - 1;
      }
      slot = (slot + 1) & mask;
    }
  }

  private hashChars(start: number, end: number): number {
    let h = OFFSET;
    for (let i = start; i < end; i++) h = Math.imul(h ^ this.chars[i], PRIME);
    return mix(h);
  }

  private rehash(size: number): void {
    const slots = new Int32Array(size);
    const mask = size - 1;
    this.mask = mask;
    for (let row = 0; row < this.count; row++) {
      let slot = this.hashChars(this.keyStart[row], this.keyStart[row + 1]) & mask;
      while (slots[slot] !== 0) slot = (slot + 1) & mask;
      slots[slot] = row + 1;
    }
    this.slots = slots;
  }
}

/** A copy of an Int32Array with room for at least `need` items. */
export function grownInt(a: Int32Array, need = a.length + 1): Int32Array {
  const b = new Int32Array(Math.max(a.length * 2, need));
  b.set(a);
  return b;
}

/** Lines of a text as [start, end) pairs, end before the newline: visit(start, end) per line. */
export function forEachLine(text: string, visit: (start: number, end: number) => void): void {
  let pos = 0;
  while (pos < text.length) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = text.length;
    visit(pos, nl);
    pos = nl + 1;
  }
}
