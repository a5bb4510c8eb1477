// Turns a file's bytes into text: UTF-8 (with or without BOM), UTF-16 with a BOM,
// Windows-1256 for legacy Arabic files, or a forced encoding. Binary and empty input
// are refused with a reason a user can act on.
import { createRequire } from 'node:module';

// iconv-lite is loaded on first use: most runs read UTF-8 only, and start-up stays small
type Iconv = typeof import('iconv-lite');
let iconvModule: Iconv | undefined;
function iconv(): Iconv {
  return (iconvModule ??= createRequire(import.meta.url)('iconv-lite') as Iconv);
}

export type Decoded = { ok: true; text: string; encoding: string; note?: string } | { ok: false; reason: string };

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Share of high bytes that are Arabic letters in Windows-1256: the signature of a legacy Arabic file. */
function looksLikeWindows1256(bytes: Uint8Array): boolean {
  let high = 0;
  let arabic = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b < 0x80) continue;
    high++;
    // cp1256 Arabic letters: C1–D6, D8–DF, E1, E3–E4, EC–ED (ا…ي, ى)
    if ((b >= 0xc1 && b <= 0xd6) || (b >= 0xd8 && b <= 0xdf) || b === 0xe1 || b === 0xe3 || b === 0xe4 || b === 0xe5 || b === 0xe6 || b === 0xec || b === 0xed) arabic++;
  }
  return high > 0 && arabic / high >= 0.6;
}

/**
 * Why a forced decoding may be wrong, or undefined: the bytes were valid UTF-8 with
 * non-ASCII text (a forced legacy encoding then gives mojibake), or the text came out
 * mostly in scripts news in Arabic or English never use (UTF-16 forced on UTF-8 gives CJK).
 */
function forcedDoubt(bytes: Uint8Array, text: string, forced: string): string | undefined {
  const name = forced.toLowerCase().replace(/[^a-z0-9]/g, '');
  if (name !== 'utf8') {
    let high = false;
    for (let i = 0; i < bytes.length && !high; i++) high = bytes[i] >= 0x80;
    if (high) {
      try {
        utf8.decode(bytes);
        return `decoded as ${forced} as asked, but the file is valid UTF-8: check --encoding`;
      } catch {
        // not UTF-8: the forced encoding may well be right
      }
    }
  }
  let letters = 0;
  let odd = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c <= 0x20) continue;
    letters++;
    const usual = c < 0x250 || (c >= 0x600 && c < 0x780) || (c >= 0x2000 && c < 0x2070) || (c >= 0xfb50 && c < 0xfe00) || (c >= 0xfe70 && c < 0xff00);
    if (!usual) odd++;
  }
  if (letters && odd / letters > 0.2) return `decoded as ${forced} as asked, but ${Math.round((100 * odd) / letters)}% of its characters are neither Arabic nor Latin: check --encoding`;
  return undefined;
}

function isBlank(text: string): boolean {
  return /^[\s\uFEFF]*$/.test(text);
}

export function encodingExists(name: string): boolean {
  return iconv().encodingExists(name);
}

export function decodeBytes(bytes: Uint8Array, forced?: string): Decoded {
  if (bytes.length === 0) return { ok: false, reason: 'empty file' };
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let result: Decoded;
  if (forced) {
    const text = iconv().decode(buffer, forced);
    result = { ok: true, text, encoding: forced, note: forcedDoubt(bytes, text, forced) };
  } else if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    result = { ok: true, text: iconv().decode(buffer.subarray(2), 'utf-16le'), encoding: 'utf-16le' };
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    result = { ok: true, text: iconv().decode(buffer.subarray(2), 'utf-16be'), encoding: 'utf-16be' };
  } else {
    if (buffer.indexOf(0) >= 0) return { ok: false, reason: 'binary file (contains NUL bytes)' };
    const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
    try {
      result = { ok: true, text: utf8.decode(bom ? bytes.subarray(3) : bytes), encoding: 'utf-8' };
    } catch {
      if (!looksLikeWindows1256(bytes)) return { ok: false, reason: 'not valid UTF-8 and not recognisable Arabic Windows-1256 (try --encoding NAME)' };
      result = { ok: true, text: iconv().decode(buffer, 'windows-1256'), encoding: 'windows-1256', note: 'not valid UTF-8; decoded as Windows-1256' };
    }
  }
  if (result.ok && result.text.includes('\u0000')) return { ok: false, reason: `binary file (NUL characters after decoding as ${result.encoding})` };
  if (result.ok && isBlank(result.text)) return { ok: false, reason: 'empty file (only white space)' };
  return result;
}
