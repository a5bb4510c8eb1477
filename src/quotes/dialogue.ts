// Dialogue: who speaks a quoted sentence that has no speech verb of its own, the way
// fiction (and interviews) write a conversation. Language-neutral; the words (pronouns,
// connectors, possessive pronouns, titles) come from the quote lexicon.
//
// The conventions, in the order they are trusted:
// - a sentence of narration right before the quote, or right after it, whose subject is a
//   person («Tommy nodded. "Two months ago."», «"Very well." Tuppence helped herself»)
//   tells who speaks: a paragraph of dialogue is about its speaker;
// - two quotes with nothing between them are two turns: the speaker changes, and in a
//   run of such turns the last two speakers alternate (A, B, A, B …);
// - a name set off by punctuation inside the quote («Oh, Tommy!») is the one spoken to,
//   never the speaker;
// - a quote resumed after its cue («"Now then," said Tommy, "where shall we go?"») is
//   the same speaker's.
import type { Quote, TextLayer, Token } from '../core/types.js';
import type { QuoteLexicon } from './lexicon.js';
import { tokenAfter } from '../lang/layer.js';
import type { Speaker, SpeakerResolver } from './speakers.js';

const COMMAS = new Set([',', ';', '،', '؛']);
// how far back a turn looks for the other side of the conversation (quotes)
const PARTICIPANT_REACH = 12;

export class DialogueTurns {
  private readonly tokens: Token[];
  /** token j is a quotation mark that opens or closes a quote (not an apostrophe) */
  private readonly mark: Uint8Array;
  /** opening marks of the quotes whose speaker these conventions found: the turns of a conversation */
  private readonly turns = new Set<number>();

  constructor(
    layer: TextLayer,
    private readonly lex: QuoteLexicon,
    private readonly speakers: SpeakerResolver,
    private readonly isCue: (j: number) => boolean,
    closeOf: Int32Array,
  ) {
    this.tokens = layer.tokens;
    this.mark = new Uint8Array(this.tokens.length);
    closeOf.forEach((c, o) => {
      if (c > o) this.mark[o] = this.mark[c] = 1;
    });
  }

  private isMark(j: number): boolean {
    return this.mark[j] === 1;
  }

  /**
   * The quote that a quote opening at o resumes: the last one, when only its cue clause
   * and a comma stand between them («"…," said Tommy, "…"», «"…," she said; "…"»).
   */
  resumes(o: number, earlier: readonly Quote[]): Quote | null {
    const tokens = this.tokens;
    const last = earlier[earlier.length - 1];
    if (!last?.cue || !last.speaker || o === 0 || !COMMAS.has(tokens[o - 1].text)) return null;
    const cue = this.tokenAt(last.cue.start);
    // the cue comes after the quote's words, and nothing but its clause comes after the cue
    if (cue < 0 || last.cue.start < last.end || cue >= o) return null;
    for (let j = cue + 1; j < o - 1; j++) {
      const t = tokens[j];
      if (t.lineEnd || t.kind === 'quote' || (t.kind === 'punct' && this.lex.sentenceEnds.has(t.text))) return null;
    }
    return last;
  }

  /** who speaks the cue-less quote between the marks o and c (c: its closing mark, or its last token) */
  speakerOf(o: number, c: number, earlier: readonly Quote[]): Speaker | null {
    const prev = this.previous(o, earlier);
    const who = (prev ? this.narrationBefore(o, prev) : null) ?? this.narrationAfter(c) ?? (prev ? this.nextTurn(prev, o, c, earlier) : null);
    if (who) this.turns.add(o);
    return who;
  }

  /**
   * Two quotes with nothing between them, in a conversation: the other side speaks. A
   * conversation is under way when the quote before was itself a turn (its speaker told
   * by narration or by turns), not a quote continued after a colon or a cue before it:
   * news runs one speaker's quotes on in the same way («Mr Peston said: "…" "…"»).
   */
  private nextTurn(prev: Quote, o: number, c: number, earlier: readonly Quote[]): Speaker | null {
    if (!prev.speaker || prev.kind !== 'direct' || !this.adjacent(prev, o)) return null;
    let p = this.tokenAt(prev.start) - 1;
    while (p > 0 && this.tokens[p].kind === 'punct') p--;
    if (!this.turns.has(p)) return null;
    const other = this.otherThan(prev.speaker, earlier);
    if (!other) return null;
    // «Oh, Tommy!» is not said by Tommy
    return this.addressed(other, o, c) ? null : other;
  }

  // ---- the pieces --------------------------------------------------------------

  /** the last quote that ends before token o */
  private previous(o: number, earlier: readonly Quote[]): Quote | null {
    const at = this.tokens[o].start;
    for (let k = earlier.length - 1; k >= 0; k--) if (earlier[k].end <= at) return earlier[k];
    return null;
  }

  /** only punctuation and quotation marks between the quote q and the mark at o */
  private adjacent(q: Quote, o: number): boolean {
    for (let j = o - 1; j >= 0 && this.tokens[j].end > q.end; j--) {
      const k = this.tokens[j].kind;
      if (k !== 'punct' && k !== 'quote') return false;
    }
    return true;
  }

  /** the sentence of narration that ends right before the mark at o, after the quote q */
  private narrationBefore(o: number, q: Quote): Speaker | null {
    const tokens = this.tokens;
    let j = o - 1;
    while (j >= 0 && tokens[j].kind === 'punct') j--;
    if (j < 0 || tokens[j].end <= q.end || tokens[j].kind === 'quote') return null;
    let s = j;
    while (s > 0 && tokens[s - 1].end > q.end && !this.boundary(s - 1)) s--;
    // «"…," he said. "…"» is the cue's own clause: the speaker carried on is the same;
    // narration in the paragraph before is about someone else
    for (let k = s; k < o; k++) if (this.isCue(k) || tokens[k].lineEnd) return null;
    return this.subjectAt(s, j + 1);
  }

  /** the sentence of narration that starts right after the closing mark c */
  private narrationAfter(c: number): Speaker | null {
    const tokens = this.tokens;
    if (c <= 0 || c + 1 >= tokens.length || !this.isMark(c)) return null;
    const end = tokens[c - 1];
    if (!(end.kind === 'punct' && this.lex.sentenceEnds.has(end.text))) return null;
    if (end.lineEnd || tokens[c].lineEnd) return null;
    let e = c + 1;
    // a sentence with a cue of its own brings on the next speaker («"…" Neil O'Brien, of …, said»)
    for (; e < tokens.length && !this.boundary(e) && e < c + 40; e++) if (this.isCue(e)) return null;
    return this.subjectAt(c + 1, e);
  }

  /** a token that ends a sentence of narration: . ! ? or a quotation mark */
  private boundary(j: number): boolean {
    const t = this.tokens[j];
    return (t.kind === 'punct' && this.lex.sentenceEnds.has(t.text)) || (t.kind === 'quote' && this.isMark(j));
  }

  /**
   * The person a sentence [s, e) is about: its subject, a name or a pronoun («Tommy
   * nodded», «Then she laughed»), or the owner of its subject («Her grave eyes met his»).
   */
  private subjectAt(s: number, e: number): Speaker | null {
    const tokens = this.tokens;
    while (s < e && (this.lex.connectors.has(tokens[s].folded) || this.lex.adjuncts.has(tokens[s].folded))) s++;
    if (s >= e || tokens[s].kind !== 'word') return null;
    const f = tokens[s].folded;
    const owner = this.lex.possessivePronouns.get(f);
    if (owner) return this.speakers.pronounAt(s, owner);
    if (this.lex.pronouns.has(f)) {
      // a pronoun subject, then its verb: not a cue (that clause was the finder's)
      if (s + 1 < e && this.isCue(s + 1)) return null;
      return this.speakers.phrase(s, s + 1)?.speaker ?? null;
    }
    let b = s;
    while (b < e && this.lex.titleWords.has(tokens[b].folded)) b++;
    if (b >= e || !this.speakers.isName(b)) return null;
    let n = b;
    while (n < e && this.speakers.isName(n)) n++;
    if (n < e && this.isCue(n)) return null;
    return this.speakers.firstPersonIn(b, n);
  }

  /** the last speaker before `last` who is someone else, within a few quotes */
  private otherThan(last: Speaker, earlier: readonly Quote[]): Speaker | null {
    const key = speakerKey(last);
    for (let k = earlier.length - 1; k >= 0 && k >= earlier.length - PARTICIPANT_REACH; k--) {
      const s = earlier[k].speaker;
      if (s && earlier[k].kind === 'direct' && speakerKey(s) !== key) return s;
    }
    return null;
  }

  /** the quote o … c calls `who` by name, set off by punctuation («Oh, Tommy!», «Mary, come here») */
  private addressed(who: Speaker, o: number, c: number): boolean {
    if (!who.entity) return false;
    const tokens = this.tokens;
    for (let j = o + 1; j < c; j++) {
      if (!this.speakers.isName(j)) continue;
      let a = j;
      while (a > o + 1 && this.lex.titleWords.has(tokens[a - 1].folded)) a--;
      let b = j;
      while (b + 1 < c && this.speakers.isName(b + 1)) b++;
      const set = (k: number) => k <= o || k >= c || tokens[k].kind !== 'word';
      if (set(a - 1) && set(b + 1) && this.speakers.firstPersonIn(j, b + 1)?.entity === who.entity) return true;
      j = b;
    }
    return false;
  }

  /** the token that starts at character offset at, -1 when none */
  private tokenAt(at: number): number {
    const i = tokenAfter(this.tokens, at);
    return i < this.tokens.length && this.tokens[i].start === at ? i : -1;
  }
}

/** one key per speaker: its entity, or its words («she», «the stranger») */
function speakerKey(s: Speaker): string {
  return s.entity ?? s.text.toLowerCase();
}

