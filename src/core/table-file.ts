// Compiled data files: a word list's parsed form (typed arrays and a small JSON header)
// saved as one binary file under dist/tables/, so start-up (and each worker thread) reads
// the arrays in instead of parsing megabytes of text. `npm run build` writes them
// (scripts/compile-tables.ts). A compiled file names the size and modification time of
// the source it came from; when they no longer match, or it is missing, the source is
// parsed as before, so a compiled file can only make loading faster, never different.
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { dataPath } from './data-files.js';

const MAGIC = 'KTAB1\n';

type ArrayKind = 'i32' | 'u16' | 'f64';
export type TableArray = Int32Array | Uint16Array | Float64Array;
export interface Compiled<M> {
  meta: M;
  arrays: Record<string, TableArray>;
}

const KINDS: Record<ArrayKind, { bytes: number; make(buf: ArrayBuffer, offset: number, length: number): TableArray }> = {
  i32: { bytes: 4, make: (b, o, n) => new Int32Array(b, o, n) },
  u16: { bytes: 2, make: (b, o, n) => new Uint16Array(b, o, n) },
  f64: { bytes: 8, make: (b, o, n) => new Float64Array(b, o, n) },
};

function kindOf(a: TableArray): ArrayKind {
  return a instanceof Int32Array ? 'i32' : a instanceof Uint16Array ? 'u16' : 'f64';
}

let writeCompiled = false;

/** Lets the build write compiled files as tables are loaded (scripts/compile-tables.ts). */
export function compileTablesOnLoad(on: boolean): void {
  writeCompiled = on;
}

function compiledPath(source: string): string {
  return dataPath(`dist/tables/${source.replace(/[/\\]/g, '__')}.bin`);
}

function sourceStamp(source: string): string {
  const s = statSync(dataPath(source));
  return `${s.size}:${Math.floor(s.mtimeMs)}`;
}

/**
 * The parsed form of a data file: read from its compiled file when that is current,
 * otherwise built by `parse` from the source (and saved, during the build).
 */
export function loadTable<M>(source: string, version: number, parse: () => Compiled<M>): Compiled<M> {
  const stamp = `${version}:${sourceStamp(source)}`;
  const cached = readCompiled<M>(compiledPath(source), stamp);
  if (cached) return cached;
  const built = parse();
  if (writeCompiled) saveCompiled(compiledPath(source), stamp, built);
  return built;
}

function readCompiled<M>(path: string, stamp: string): Compiled<M> | undefined {
  let buf: Buffer;
  try {
    buf = readFileSync(path);
  } catch {
    return undefined;
  }
  if (buf.length < MAGIC.length + 4 || buf.toString('latin1', 0, MAGIC.length) !== MAGIC) return undefined;
  const headerLength = buf.readUInt32LE(MAGIC.length);
  const start = MAGIC.length + 4;
  const header = JSON.parse(buf.toString('utf8', start, start + headerLength)) as { stamp: string; meta: M; arrays: Array<[string, ArrayKind, number]> };
  if (header.stamp !== stamp) return undefined;
  // the arrays are views into the file's bytes (copied once if they are not 8-byte aligned)
  let body = buf.buffer as ArrayBuffer;
  let offset = buf.byteOffset + start + headerLength;
  if (offset % 8) {
    body = new ArrayBuffer(buf.length - start - headerLength);
    new Uint8Array(body).set(buf.subarray(start + headerLength));
    offset = 0;
  }
  const arrays: Record<string, TableArray> = {};
  for (const [name, kind, length] of header.arrays) {
    arrays[name] = KINDS[kind].make(body, offset, length);
    offset += length * KINDS[kind].bytes;
  }
  return { meta: header.meta, arrays };
}

function saveCompiled<M>(path: string, stamp: string, table: Compiled<M>): void {
  const list = Object.entries(table.arrays);
  // f64 arrays first, then i32, then u16: each starts aligned to its element size
  const order: ArrayKind[] = ['f64', 'i32', 'u16'];
  list.sort((a, b) => order.indexOf(kindOf(a[1])) - order.indexOf(kindOf(b[1])));
  let json = JSON.stringify({ stamp, meta: table.meta, arrays: list.map(([name, a]) => [name, kindOf(a), a.length]) });
  // pad the header so the body starts at a multiple of 8 bytes
  while ((MAGIC.length + 4 + Buffer.byteLength(json)) % 8) json += ' ';
  const length = Buffer.alloc(4);
  length.writeUInt32LE(Buffer.byteLength(json));
  const parts: Buffer[] = [Buffer.from(MAGIC, 'latin1'), length, Buffer.from(json, 'utf8')];
  for (const [, a] of list) parts.push(Buffer.from(a.buffer as ArrayBuffer, a.byteOffset, a.byteLength));
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.${Math.random().toString(36).slice(2)}.tmp`;
  writeFileSync(tmp, Buffer.concat(parts));
  renameSync(tmp, path);
}
