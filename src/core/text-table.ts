// A read-only look-up table whose keys stay inside one text (a TSV file as read): an
// open-addressing hash over key spans in typed arrays, with no string or Map entry per
// line. Building one over 100,000 lines takes a few milliseconds, where a Map of the same
// lines takes tens and holds several times the memory; values live in the caller's
// typed arrays, indexed by the row number the table hands out.

const OFFSET = 0x811c9dc5;
const PRIME = 0x01000193;

function hashSpan(s: string, start: number, end: number): number {
  let h = OFFSET;
  for (let i = start; i < end; i++) h = Math.imul(h ^ s.charCodeAt(i), PRIME);
  // FNV's low bits are weak for short keys: fold the high half in before masking
  return (h ^ (h >>> 15)) >>> 0;
}

export class TextKeyTable {
  private keyStart: Int32Array<ArrayBuffer>;
  private keyEnd: Int32Array<ArrayBuffer>;
  /** row + 1 per slot (0 = empty) */
  private slots: Int32Array;
  private mask: number;
  private count = 0;

  constructor(
    readonly text: string,
    expected = 1024,
  ) {
    let size = 1024;
    while (size < expected * 2) size *= 2;
    this.slots = new Int32Array(size);
    this.mask = size - 1;
    this.keyStart = new Int32Array(Math.max(16, expected));
    this.keyEnd = new Int32Array(Math.max(16, expected));
  }

  get size(): number {
    return this.count;
  }

  /** The row of text[start, end) as a key: a new row, or the existing one when the key is already there (so a later line can overwrite its value, as Map.set would). */
  add(start: number, end: number): number {
    if ((this.count + 1) * 2 > this.slots.length) this.grow();
    const text = this.text;
    const len = end - start;
    let slot = hashSpan(text, start, end) & this.mask;
    for (;;) {
      const r = this.slots[slot];
      if (r === 0) break;
      const s = this.keyStart[r - 1];
      if (this.keyEnd[r - 1] - s === len && this.sameSpan(s, start, len)) return r - 1;
      slot = (slot + 1) & this.mask;
    }
    const row = this.count++;
    if (row === this.keyStart.length) {
      this.keyStart = grown(this.keyStart);
      this.keyEnd = grown(this.keyEnd);
    }
    this.keyStart[row] = start;
    this.keyEnd[row] = end;
    this.slots[slot] = row + 1;
    return row;
  }

  /** The row of a key, -1 when absent. */
  get(key: string): number {
    const text = this.text;
    const len = key.length;
    let slot = hashSpan(key, 0, len) & this.mask;
    for (;;) {
      const r = this.slots[slot];
      if (r === 0) return -1;
      const s = this.keyStart[r - 1];
      if (this.keyEnd[r - 1] - s === len) {
        let k = 0;
        while (k < len && text.charCodeAt(s + k) === key.charCodeAt(k)) k++;
        if (k === len) return r - 1;
      }
      slot = (slot + 1) & this.mask;
    }
  }

  /** The key of a row, as a string. */
  key(row: number): string {
    return this.text.slice(this.keyStart[row], this.keyEnd[row]);
  }

  private sameSpan(a: number, b: number, len: number): boolean {
    const text = this.text;
    for (let k = 0; k < len; k++) if (text.charCodeAt(a + k) !== text.charCodeAt(b + k)) return false;
    return true;
  }

  private grow(): void {
    const size = this.slots.length * 2;
    const slots = new Int32Array(size);
    const mask = size - 1;
    for (let row = 0; row < this.count; row++) {
      let slot = hashSpan(this.text, this.keyStart[row], this.keyEnd[row]) & mask;
      while (slots[slot] !== 0) slot = (slot + 1) & mask;
      slots[slot] = row + 1;
    }
    this.slots = slots;
    this.mask = mask;
  }
}

function grown(a: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const b = new Int32Array(a.length * 2);
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
