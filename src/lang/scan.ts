// The character scanner shared by the language packs: one pass over the text that cuts
// it into raw tokens (word, number, punctuation, quote mark) with UTF-16 offsets.
// Language packs decide what is a word's script kind and which dots belong to a word.
import { isArabicLetter, isArabicMark } from './ar/fold.js';
import type { TokenKind } from '../core/types.js';

export interface RawToken {
  start: number;
  end: number;
  kind: TokenKind;
  /** 'ar' for Arabic-script words, 'latin' for Latin-script words, '' otherwise */
  script: 'ar' | 'latin' | '';
  lineEnd: boolean;
}

export interface ScanOptions {
  /** split English contractions and possessives ('s, n't, 're …) off the word, as CoNLL does */
  splitContractions: boolean;
  /** Latin tokens (lower-cased, without their final dot) that keep their dot: "mr", "corp" */
  dottedAbbreviations: ReadonlySet<string>;
}

const QUOTES = new Set([0x22, 0x27, 0xab, 0xbb, 0x201c, 0x201d, 0x201e, 0x201f, 0x2018, 0x2019, 0x201a, 0x2039, 0x203a, 0x60]);

export function isQuoteMark(code: number): boolean {
  return QUOTES.has(code);
}

function isDigit(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 0x0660 && c <= 0x0669) || (c >= 0x06f0 && c <= 0x06f9);
}

function isLatinLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x2028 || c === 0x2029 || c === 0x200f || c === 0x200e || c === 0xfeff || (c >= 0x2000 && c <= 0x200b) || c === 0x202f || c === 0x3000 || c === 12 || c === 11;
}

function isNumberJoiner(c: number): boolean {
  // 3.2  1,000  10:30  27/2/2022  ٣٫٢  ١٬٠٠٠
  return c === 46 || c === 44 || c === 58 || c === 47 || c === 0x066b || c === 0x066c;
}

const CONTRACTIONS = ["'s", "'re", "'ve", "'ll", "'d", "'m", "n't", '’s', '’re', '’ve', '’ll', '’d', '’m', 'n’t'];

export function scan(text: string, options: ScanOptions): RawToken[] {
  const out: RawToken[] = [];
  const n = text.length;
  let i = 0;
  const push = (start: number, end: number, kind: TokenKind, script: RawToken['script']) => {
    out.push({ start, end, kind, script, lineEnd: false });
  };
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      if ((c === 10 || c === 0x2028 || c === 0x2029) && out.length) out[out.length - 1].lineEnd = true;
      i++;
      continue;
    }
    const start = i;
    if (isArabicLetter(c) || (isArabicMark(c) && c !== 0x0640)) {
      i++;
      while (i < n) {
        const d = text.charCodeAt(i);
        if (isArabicLetter(d) || isArabicMark(d) || d === 0x200c || d === 0x200d) i++;
        else break;
      }
      push(start, i, 'word', 'ar');
      continue;
    }
    if (isDigit(c)) {
      i++;
      while (i < n) {
        const d = text.charCodeAt(i);
        if (isDigit(d)) i++;
        else if (isNumberJoiner(d) && i + 1 < n && isDigit(text.charCodeAt(i + 1))) i += 2;
        else break;
      }
      // 5th, 1990s, 10am: Latin letters glued to digits stay with the number
      while (i < n && isLatinLetter(text.charCodeAt(i))) i++;
      push(start, i, 'number', '');
      continue;
    }
    if (isLatinLetter(c)) {
      i++;
      for (;;) {
        while (i < n && (isLatinLetter(text.charCodeAt(i)) || isDigit(text.charCodeAt(i)))) i++;
        const d = text.charCodeAt(i);
        // internal hyphen or apostrophe: well-known, O'Brien (contractions are cut below)
        if ((d === 45 || d === 39 || d === 0x2019 || d === 0x2010) && i + 1 < n && isLatinLetter(text.charCodeAt(i + 1))) {
          i++;
          continue;
        }
        break;
      }
      let end = i;
      if (options.splitContractions) {
        const word = text.slice(start, end).toLowerCase();
        for (const suffix of CONTRACTIONS) {
          if (word.length > suffix.length && word.endsWith(suffix)) {
            end -= suffix.length;
            break;
          }
        }
      }
      // U.S., U.N., e.g.: single letters joined by dots keep their dots
      if (text.charCodeAt(i) === 46 && end === i && i - start === 1 && i + 2 < n && isLatinLetter(text.charCodeAt(i + 1)) && text.charCodeAt(i + 2) === 46) {
        let j = i;
        while (j + 2 < n && text.charCodeAt(j) === 46 && isLatinLetter(text.charCodeAt(j + 1)) && text.charCodeAt(j + 2) === 46) j += 2;
        i = end = j + 1;
      } else if (text.charCodeAt(i) === 46 && end === i && options.dottedAbbreviations.has(text.slice(start, end).toLowerCase())) {
        i = end = i + 1;
      }
      push(start, end, 'latin', 'latin');
      if (end < i) push(end, i, 'latin', 'latin');
      continue;
    }
    if (QUOTES.has(c)) {
      i++;
      push(start, i, 'quote', '');
      continue;
    }
    // punctuation: runs of the same mark (... !! ؟؟) stay one token
    i++;
    if (c === 46 || c === 33 || c === 63 || c === 0x061f || c === 45) {
      while (i < n && (text.charCodeAt(i) === c || (c !== 46 && c !== 45 && (text.charCodeAt(i) === 33 || text.charCodeAt(i) === 0x061f || text.charCodeAt(i) === 63)))) i++;
    } else if (c >= 0xd800 && c <= 0xdbff && i < n) {
      i++; // keep a surrogate pair together
    }
    push(start, i, 'punct', '');
  }
  return out;
}
