// Sentence splitting over scanned tokens, shared by the language packs: a sentence ends
// at a line break or after . ! ? ؟ … — but not after an abbreviation and not inside an
// open quotation (a quote that never closes is cut at the line break).
import type { RawToken } from './scan.js';

export interface SentenceRules {
  /** the word before a dot is an abbreviation (د. ، Mr.), so the dot ends nothing */
  isAbbreviation(word: string, raw: RawToken): boolean;
}

const OPENING = new Set(['«', '“', '‘', '„', '‹']);
const CLOSING = new Set(['»', '”', '’', '›']);

function isTerminal(mark: string): boolean {
  const c = mark.charCodeAt(0);
  return c === 46 || c === 33 || c === 63 || c === 0x061f || c === 0x2026 || c === 0x3002 || c === 0x06d4;
}

/** Returns the index of the first token of each sentence, plus tokens.length at the end. */
export function sentenceBreaks(text: string, tokens: RawToken[], rules: SentenceRules): number[] {
  const starts: number[] = [0];
  let depth = 0; // open « “ quotes
  let straight = false; // inside "…"
  const n = tokens.length;
  for (let i = 0; i < n; i++) {
    const t = tokens[i];
    let cut = -1;
    if (t.kind === 'quote') {
      const q = text.slice(t.start, t.end);
      if (OPENING.has(q)) depth++;
      else if (CLOSING.has(q)) depth = Math.max(0, depth - 1);
      else if (q === '"') straight = !straight;
    }
    if (t.lineEnd) {
      cut = i + 1;
    } else if (t.kind === 'punct' && isTerminal(text.slice(t.start, t.start + 1))) {
      const prev = i > 0 ? tokens[i - 1] : undefined;
      const dot = text.charCodeAt(t.start) === 46 && t.end - t.start === 1;
      const abbreviation = dot && prev !== undefined && prev.end === t.start && prev.script !== '' && rules.isAbbreviation(text.slice(prev.start, prev.end), prev);
      if (!abbreviation) {
        // closing quotes and brackets right after the mark stay in this sentence
        let j = i + 1;
        while (j < n && (tokens[j].kind === 'quote' || text[tokens[j].start] === ')') && tokens[j].start === tokens[j - 1].end) {
          const q = text[tokens[j].start];
          if (CLOSING.has(q)) depth = Math.max(0, depth - 1);
          else if (q === '"') straight = !straight;
          else if (OPENING.has(q)) break;
          j++;
          if (tokens[j - 1].lineEnd) break;
        }
        const inside = depth > 0 || straight;
        const next = tokens[j];
        const lowerNext = next !== undefined && next.script === 'latin' && /^[a-z]/.test(text[next.start]);
        if (!inside && !lowerNext) cut = j;
        if (cut > i + 1) i = cut - 1;
      }
    }
    if (cut > 0 && cut < n) {
      if (tokens[cut - 1].lineEnd) {
        depth = 0;
        straight = false;
      }
      starts.push(cut);
    } else if (t.lineEnd) {
      depth = 0;
      straight = false;
    }
  }
  starts.push(n);
  // drop repeated breaks
  return starts.filter((s, k) => k === 0 || s > starts[k - 1]);
}
