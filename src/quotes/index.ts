// Quotes: direct speech (in quotation marks, after a colon, the headline form
// «SPEAKER: …») and reported speech (قال إن …، أكد أن …، أشار إلى أن …), each with its
// cue and its speaker. Language-neutral: the words come from the language's quote
// lexicon (src/lang/<code>/data/quotes). Work happens only around cues, quotation
// marks, colons and attribution words; everything else is one map look-up per token.
import type { Entity, Quote, TextLayer, Token } from '../core/types.js';
import type { LanguagePack } from '../lang/pack.js';
import { quoteLexicon, type CueEntry, type Gender, type QuoteLexicon } from './lexicon.js';
import { SpeakerResolver, type Speaker } from './speakers.js';
import { addPronounMentions } from './pronoun-mentions.js';
import { DialogueTurns } from './dialogue.js';

export { quoteLexicon } from './lexicon.js';

/** Every quote of the text, in text order (UTF-16 offsets into layer.text). */
export function findQuotes(layer: TextLayer, entities: Entity[], pack: LanguagePack): Quote[] {
  const lex = quoteLexicon(pack);
  if (!lex || layer.tokens.length === 0) return [];
  const quotes = new QuoteFinder(layer, entities, pack, lex).run();
  if (lex.pronouns.size) addPronounMentions(quotes, entities, (text) => lex.pronouns.has(pack.fold(text)));
  return quotes;
}

interface CueHit {
  entry: CueEntry;
  /** the word carries a conjunction (وقال، فقال): it starts a new clause */
  conj: boolean;
}

/** a content span: character offsets and its first and after-last token */
type Span = { start: number; end: number; first: number; last: number };

type Intro = { kind: 'comp' | 'colon' | 'mark' | 'object'; at: number };

const OPENERS = new Map([['«', '»'], ['“', '”'], ['„', '”'], ['‹', '›'], ['"', '"']]);
const CLOSERS = new Set(['»', '”', '›']);
const COMMAS = new Set(['،', ',', '؛', ';']);
const HANDOVERS = new Set(['?', '!', '؟']);
const LETTER = /\p{L}/u;
const SPACE = /\s/;
// punctuation that belongs to the words before it (5%, (Natwest))
const KEPT_AT_END = new Set([')', '%']);
const cueCache = new WeakMap<QuoteLexicon, Map<string, CueHit | null>>();
const CUE_CACHE_LIMIT = 100_000;
// how far a cue may be from what introduces its content («وقال وزير … في … ، " …»)
const WINDOW = 30;

class QuoteFinder {
  private readonly tokens: Token[];
  private readonly text: string;
  private readonly cueOf: Array<CueHit | null>;
  /** for an opening quotation mark: the index of its closing mark, -1 when it never closes */
  private readonly closeOf: Int32Array;
  private readonly isOpen: Uint8Array;
  /** an opening mark that continues an earlier quote (a reopened paragraph) */
  private readonly inner: Uint8Array;
  private readonly speakers: SpeakerResolver;
  private readonly dialogue: DialogueTurns;
  private readonly personIds: Set<string>;
  private readonly quotes: Quote[] = [];
  /** tokens before this index belong to a quote or its introduction already */
  private consumed = 0;
  /** the token after the last quote */
  private lastEnd = 0;
  /** the speaker of a cue whose words a nested verbal noun took («نفى الوزير قول النواب إن») */
  private outer: { speaker: Speaker; gender: Gender; head: string } | null = null;

  constructor(
    private readonly layer: TextLayer,
    entities: Entity[],
    pack: LanguagePack,
    private readonly lex: QuoteLexicon,
  ) {
    this.tokens = layer.tokens;
    this.text = layer.text;
    this.cueOf = this.tokens.map((t) => this.lookUpCue(t));
    this.closeOf = new Int32Array(this.tokens.length).fill(-1);
    this.isOpen = new Uint8Array(this.tokens.length);
    this.inner = new Uint8Array(this.tokens.length);
    this.pairQuoteMarks();
    this.personIds = new Set(entities.filter((e) => e.type === 'PERSON').map((e) => e.id));
    this.speakers = new SpeakerResolver(layer, entities, lex, pack.fold, (t) => this.cueOf[t.index] !== null);
    this.dialogue = new DialogueTurns(layer, lex, this.speakers, (j) => this.cueOf[j] !== null, this.closeOf);
  }

  run(): Quote[] {
    if (this.lex.subjectFirst) return this.runSubjectFirst();
    const n = this.tokens.length;
    for (let i = 0; i < n; i++) {
      if (i < this.consumed) continue;
      const t = this.tokens[i];
      const hit = this.cueOf[i];
      if (hit && this.fromCue(i, hit)) continue;
      if (t.kind === 'punct' && this.lex.colons.has(t.text)) this.fromHeadline(i);
      else if (t.kind === 'word' && this.isAttribution(t)) this.fromAttribution(i);
    }
    return this.quotes.sort((a, b) => a.start - b.start);
  }

  // ---- look-ups ----------------------------------------------------------------

  private lookUpCue(t: Token): CueHit | null {
    if (t.kind !== 'word') return null;
    // a word's cue depends on its folded form alone (its clitic reading comes from it): news
    // repeats its words, so each is read once per lexicon (shared, never mutated)
    let cache = cueCache.get(this.lex);
    if (!cache) cueCache.set(this.lex, (cache = new Map()));
    let hit = cache.get(t.folded);
    if (hit === undefined) {
      if (cache.size >= CUE_CACHE_LIMIT) cache.clear();
      hit = this.readCue(t);
      cache.set(t.folded, hit);
    }
    return hit;
  }

  private readCue(t: Token): CueHit | null {
    const f = t.folded;
    let entries = this.lex.cues.get(f);
    if (entries) return { entry: entries[0], conj: false };
    const conj = f.length > 3 && this.lex.conjunctions.has(f[0]);
    const rest = conj ? f.slice(1) : f;
    if (conj && (entries = this.lex.cues.get(rest))) return { entry: entries[0], conj: true };
    // verbal nouns take a preposition: «بقوله:»، «لتأكيد الوزير … أن»
    if (rest.length > 3 && this.lex.masdarPrepositions.has(rest[0])) {
      entries = this.lex.cues.get(rest.slice(1));
      const masdar = entries?.find((e) => e.form === 'masdar');
      if (masdar) return { entry: masdar, conj };
    }
    // the clitic reading: a verb with its object pronoun («بما اعتبرته «…»»), a verbal noun
    // with the article («جدد التأكيد على أن»)
    const split = t.splits[0];
    if (split && split.stem !== f && (split.enclitic || split.article)) {
      const found = this.lex.cues.get(split.stem)?.find((e) => (split.article ? e.form === 'masdar' : e.form === 'verb'));
      if (found) return { entry: found, conj: split.proclitics.some((p) => this.lex.conjunctions.has(p)) };
    }
    return null;
  }

  private has(set: ReadonlySet<string>, t: Token): boolean {
    if (set.has(t.folded)) return true;
    const f = t.folded;
    return f.length > 3 && this.lex.conjunctions.has(f[0]) && set.has(f.slice(1));
  }

  private isComp(t: Token): boolean {
    return t.kind === 'word' && this.has(this.lex.complementisers, t);
  }

  private isAttribution(t: Token): boolean {
    return this.has(this.lex.attributions, t);
  }

  private isAdjunct(t: Token): boolean {
    return t.kind === 'word' && (this.has(this.lex.adjuncts, t) || this.lex.adjuncts.has(t.stem));
  }

  private isVerbCue(j: number): boolean {
    const hit = this.cueOf[j];
    return hit !== null && hit.entry.form === 'verb';
  }

  /**
   * A straight mark's side from its spacing: glued to the word after it it opens, glued
   * to the word before it closes; between two letters it is an apostrophe (Opec"s).
   */
  private straightSide(t: Token): 'open' | 'close' | 'none' | 'either' {
    const before = t.start > 0 ? this.text[t.start - 1] : ' ';
    const after = t.end < this.text.length ? this.text[t.end] : ' ';
    const spaceBefore = SPACE.test(before) || before === '(' || before === '[';
    const spaceAfter = SPACE.test(after);
    if (LETTER.test(before) && LETTER.test(after)) return 'none';
    if (spaceBefore && !spaceAfter) return 'open';
    if (!spaceBefore && spaceAfter) return 'close';
    return 'either';
  }

  /** pairs « » “ ” " " within each line; a mark that never closes keeps -1 */
  private pairQuoteMarks(): void {
    const stack: Array<{ at: number; close: string }> = [];
    const bySpacing = this.lex.subjectFirst;
    for (const t of this.tokens) {
      if (t.kind === 'quote') {
        const ch = t.text;
        const side = bySpacing && ch === '"' ? this.straightSide(t) : 'either';
        const straightOpen = ch === '"' && side !== 'open' ? stack.findIndex((s) => s.close === '"') : -1;
        if (side === 'none') {
          // an apostrophe written as a quotation mark
        } else if (ch === '"' && straightOpen >= 0) {
          this.closeOf[stack[straightOpen].at] = t.index;
          stack.length = straightOpen;
        } else if (OPENERS.has(ch) && side !== 'close') {
          stack.push({ at: t.index, close: OPENERS.get(ch)! });
          this.isOpen[t.index] = 1;
        } else if (CLOSERS.has(ch)) {
          let k = stack.length - 1;
          while (k >= 0 && stack[k].close !== ch) k--;
          if (k >= 0) {
            this.closeOf[stack[k].at] = t.index;
            stack.length = k;
          }
        }
      }
      if (t.lineEnd) stack.length = 0;
    }
    if (bySpacing) this.continueQuotes();
  }

  /**
   * A quote that does not close before its paragraph or sentence ends and is reopened
   * right after it (the news style for a quote over several paragraphs: no closing mark,
   * a new opening mark) runs on to where the last part closes.
   */
  private continueQuotes(): void {
    const tokens = this.tokens;
    for (let o = tokens.length - 1; o >= 0; o--) {
      if (!this.isOpen[o] || this.closeOf[o] >= 0) continue;
      let j = o + 1;
      // nested marks (' ') may come in between; a mark that closes something may not
      while (j < tokens.length && !this.isOpen[j] && !(tokens[j].kind === 'quote' && OPENERS.has(tokens[j].text))) j++;
      if (j >= tokens.length || !this.isOpen[j]) continue;
      const prev = tokens[j - 1];
      const reopened = prev.lineEnd || (prev.kind === 'punct' && this.lex.sentenceEnds.has(prev.text));
      if (!reopened || this.closeOf[j] < 0) continue;
      this.closeOf[o] = this.closeOf[j];
      this.inner[j] = 1;
    }
  }

  // ---- clause edges --------------------------------------------------------------

  /** token j starts something new: another cue, an attribution, «وذلك»، «لكنه أكد» … */
  private breaksAt(j: number, afterComma: boolean): boolean {
    const t = this.tokens[j];
    if (t.kind !== 'word') return false;
    const hit = this.cueOf[j];
    if (hit) {
      if (hit.entry.form === 'participle') return true;
      if (hit.entry.form === 'verb' && (hit.conj || afterComma)) return true;
    }
    if (this.has(this.lex.breakers, t) || this.isAttribution(t)) return true;
    if (this.has(this.lex.connectors, t)) {
      for (let k = j + 1; k <= j + 2 && k < this.tokens.length; k++) if (this.isVerbCue(k)) return true;
    }
    return false;
  }

  /** the clause ends right before token j */
  private endsBefore(j: number): boolean {
    if (j >= this.tokens.length || this.tokens[j - 1].lineEnd) return true;
    const t = this.tokens[j];
    if (t.kind === 'punct') {
      if (COMMAS.has(t.text)) return j + 1 >= this.tokens.length || t.lineEnd || this.breaksAt(j + 1, true);
      return this.lex.sentenceEnds.has(t.text) || this.lex.colons.has(t.text);
    }
    return this.breaksAt(j, false);
  }

  /** the end (exclusive token index) of the reported clause that starts at s */
  private clauseEnd(s: number): number {
    const n = this.tokens.length;
    for (let j = s; j < n; j++) {
      const t = this.tokens[j];
      if (this.isOpen[j] && this.closeOf[j] > j) {
        j = this.closeOf[j];
        if (this.tokens[j].lineEnd) return j + 1;
        continue;
      }
      if (t.kind === 'punct') {
        if (this.lex.sentenceEnds.has(t.text)) return j;
        if (COMMAS.has(t.text) && j + 1 < n && this.breaksAt(j + 1, true)) return j;
      } else if (j > s && this.breaksAt(j, false)) {
        return j;
      }
      if (t.lineEnd) return j + 1;
    }
    return n;
  }

  // ---- constructions -----------------------------------------------------------

  /** a speech cue: find what introduces the content, then the speaker, then the content */
  private fromCue(i: number, hit: CueHit): boolean {
    const { entry } = hit;
    const tokens = this.tokens;
    const n = tokens.length;
    let intro: Intro | null = null;
    let subjectEnd = -1;
    let relayAt = -1;
    const limit = entry.form === 'masdar' ? 6 : WINDOW;
    for (let j = i + 1; j < n && j <= i + limit; j++) {
      if (tokens[j - 1].lineEnd) break;
      const t = tokens[j];
      if (t.kind === 'punct') {
        if (this.lex.colons.has(t.text)) {
          intro = { kind: 'colon', at: j };
          break;
        }
        if (this.lex.sentenceEnds.has(t.text)) break;
        continue;
      }
      if (t.kind === 'quote') {
        if (!this.isOpen[j]) continue;
        const c = this.closeOf[j];
        // a quoted name or title in the subject or an adjunct, and a colon after it:
        // «في كلمة ألقاها خلال «المؤتمر …» الذي عقد في دمشق: «…»», «"إسماعيل ولد الشيخ أحمد"؛ عن»
        if (c > j && (this.colonAhead(c + 1) || (c - j <= 6 && this.allNames(j + 1, c)))) {
          j = c;
          continue;
        }
        // «واضاف "ستستخدم في اطار محدد"، بدون …»: a continuation has no subject, the words follow it
        if (entry.role === 'continue' && j === i + 1) {
          intro = { kind: 'mark', at: j };
          break;
        }
        // a quoted name inside the subject or an adjunct: لـ"الاقتصادية"، "ولد الشيخ أحمد":
        if (c > j && c - j <= 5 && !this.endsBefore(c + 1)) {
          j = c;
          continue;
        }
        if (c > j && c - j <= 5 && c + 1 < n && this.lex.colons.has(tokens[c + 1].text)) {
          j = c;
          continue;
        }
        intro = { kind: 'mark', at: j };
        break;
      }
      if (this.isComp(t)) {
        // «… قبل أن يتم إلحاقها»: a clause of time or manner, not what was said
        if (this.lex.adverbialBefore.has(tokens[j - 1].folded)) continue;
        intro = { kind: 'comp', at: j };
        break;
      }
      const other = this.cueOf[j];
      // the nearest cue owns what follows: «وتابع مؤكدا أنه»، «نفى الوزير قول النواب إن»
      if (other && !(entry.role === 'relay' && other.entry.form === 'masdar')) {
        // the outer speaker is the one a later «وأضاف» goes back to
        if (other.entry.form === 'masdar') {
          const outer = this.speakers.phrase(i + 1, subjectEnd >= 0 ? subjectEnd : j);
          if (outer?.speaker.entity) this.outer = { speaker: outer.speaker, gender: entry.gender, head: outer.head };
        }
        break;
      }
      if (entry.form === 'verb' && entry.objects.has(t.folded)) {
        intro = { kind: 'object', at: j };
        break;
      }
      if (entry.role === 'relay' && relayAt < 0 && this.lex.relayMarkers.has(t.folded)) relayAt = j;
      if (subjectEnd < 0 && (this.isAdjunct(t) || (other && other.entry.form === 'masdar'))) subjectEnd = j;
    }
    if (!intro) {
      // «…، كما قال المرصد السوري»: the cue names the source of the clause before it
      const before = i > 0 ? tokens[i - 1] : null;
      if (entry.form === 'verb' && entry.role !== 'relay' && before && this.has(this.lex.connectors, before) && this.isAttributionConnector(before)) {
        return this.afterClause(i - 1, i + 1, true);
      }
      this.introduces(i, hit, subjectEnd >= 0 ? subjectEnd : Math.min(n, i + 1));
      return false;
    }
    if (entry.role === 'weak' && intro.kind !== 'mark') return false;
    if (entry.form === 'masdar' && intro.kind === 'mark') return false;
    // «وقال: قال …»: the inner cue speaks for itself
    if (intro.kind === 'colon' && intro.at + 1 < n && this.isVerbCue(intro.at + 1)) return false;

    // the content
    let kind: Quote['kind'] = 'indirect';
    let s: number;
    let e: number;
    let after: number; // first token after the quote
    let at = intro.at;
    if (intro.kind === 'colon' && at + 1 < n && this.isComp(tokens[at + 1])) at = at + 1;
    const introKind = at !== intro.at ? 'comp' : intro.kind;
    s = at + 1;
    if (introKind === 'mark') s = at;
    while (s < n && tokens[s].kind === 'punct' && !tokens[s - 1].lineEnd) s++;
    if (s >= n || (s > at + 1 && tokens[s - 1].lineEnd && introKind !== 'colon')) return false;
    const close = this.closeOf[s];
    const shortMark = close > s && close - s <= 4 && !this.endsBefore(close + 1);
    if (this.isOpen[s] && !shortMark && (introKind !== 'comp' || close < 0 || this.endsBefore(close + 1))) {
      kind = 'direct';
      const c = this.closeOf[s];
      if (c > s) {
        e = c;
        after = c + 1;
        s = s + 1;
      } else {
        s = s + 1;
        e = this.clauseEnd(s);
        after = e;
      }
    } else {
      if (introKind === 'colon') kind = 'direct';
      e = this.clauseEnd(s);
      after = e;
    }
    const span = this.trim(s, e);
    if (!span) return false;

    // the speaker
    let speaker: Speaker | null = null;
    let head = '';
    let a = i + 1;
    let b = subjectEnd >= 0 && subjectEnd < intro.at ? subjectEnd : intro.at;
    let carried = false;
    if (relayAt >= 0) {
      a = relayAt + 1;
      b = intro.at;
      for (let j = a; j < intro.at; j++) if (this.cueOf[j]?.entry.form === 'masdar') b = Math.min(b, j);
      if (this.lex.relayPronouns.has(tokens[relayAt].folded)) a = b; // «عنه»: a pronoun
    }
    const subject = this.speakers.phrase(a, b, false, intro.at);
    let objectNoun = false;
    if (subject && !subject.speaker.entity && introKind === 'comp' && intro.kind === 'comp' && b === intro.at && b - a <= 2 && !this.lex.personSources.has(subject.head) && !this.lex.titleWords.has(subject.head)) {
      // «وأكد ضرورة أن …»: a noun that takes the clause is part of what was said
      objectNoun = true;
      span.start = tokens[a].start;
      span.first = a;
    }
    if (subject && !objectNoun) {
      speaker = subject.speaker;
      head = subject.head;
      // «كشف المبعوث الدولي … "إسماعيل ولد الشيخ أحمد"؛ عن»: the name may come after an adjunct
      const titleHead = this.lex.titleWords.has(head) || this.lex.titleWords.has(tokens[a].folded);
      // «وقالت سفيرة الولايات المتحدة لدى الأمم المتحدة سامنتا باور»: a title's own name after the adjunct
      const titleOnly = titleHead && !this.speakers.firstPersonIn(a, b);
      if (subjectEnd >= 0 && !this.lex.personSources.has(head) && (!speaker.entity || (titleHead && !this.isPerson(speaker)) || titleOnly)) {
        const later = titleHead ? this.speakers.firstPersonIn(subjectEnd, intro.at) : this.speakers.subjectPersonIn(subjectEnd, intro.at);
        if (later) speaker = later;
      }
    } else if (entry.form === 'verb' && !hit.conj && relayAt < 0) {
      const pre = this.subjectBefore(i);
      if (pre) {
        speaker = pre.speaker;
        head = pre.head;
      }
    }
    if (!speaker) {
      // «وظلت تركيا … وتقول إن»: a coordinated verb shares the subject its sentence opened with
      const first = this.layer.sentences[tokens[i].sentence].first;
      const shared = hit.conj && entry.form === 'verb' && first >= this.lastEnd ? this.speakers.sentenceSubject(first, i) : null;
      speaker = this.speakers.subjectPersonIn(Math.max(this.lastEnd, i - 80), i) ?? shared ?? this.speakers.carried(entry.gender);
      carried = true;
    }
    // «…، حسب ما جاء على لسان فيدريكا موغيريني»: a named source after the clause
    const attributed = this.attributionAfter(after);
    // («وأشار البعض منهم إلى أن …، حسب ما جاء على لسان فيدريكا موغيريني»), even with no entity row
    if (attributed?.speaker && (attributed.speaker.entity ? !speaker?.entity || carried : !speaker?.entity && attributed.named)) speaker = attributed.speaker;

    this.push(span, kind, tokens[i], speaker, entry.role === 'relay' ? '' : entry.gender, head);
    if (entry.form === 'masdar' && this.outer) this.speakers.said(this.outer.speaker, this.outer.gender, this.outer.head);
    this.outer = null;
    this.consumed = Math.max(after, attributed ? attributed.end : 0);
    return true;
  }

  /**
   * A say verb whose words are not quoted still makes its subject the one speaking:
   * «لكن الناطقة باسم الخارجية مرضية أفخم أكدت مجددا على …. وقالت …» goes on with her.
   * Only a subject before the verb (the verb after it has no subject of its own here).
   */
  private introduces(i: number, hit: CueHit, subjectEnd: number): void {
    const { entry } = hit;
    if (entry.form !== 'verb' || entry.role !== 'say' || hit.conj) return;
    // a subject after the verb would make it a verb-first clause: «أكد الوزير على …»
    if (subjectEnd > i + 1) return;
    const pre = this.subjectBefore(i);
    if (!pre) return;
    let titled = false;
    for (let j = i - 1; j >= 0 && j >= i - 12 && this.tokens[j].end > pre.speaker.start; j--) {
      titled ||= this.lex.titleWords.has(this.tokens[j].stem) || this.lex.titleWords.has(this.tokens[j].folded);
    }
    if (pre.speaker.entity ? this.isPerson(pre.speaker) : titled) {
      this.speakers.said(pre.speaker, entry.gender, pre.head, i);
    }
  }

  private isPerson(speaker: Speaker): boolean {
    return speaker.entity !== null && this.personIds.has(speaker.entity);
  }

  /** a colon comes before the sentence ends, a few words on: the quote is after it */
  private colonAhead(j: number): boolean {
    for (let k = j; k < this.tokens.length && k < j + 10; k++) {
      const t = this.tokens[k];
      if (this.lex.colons.has(t.text)) return true;
      if ((t.kind === 'punct' && this.lex.sentenceEnds.has(t.text)) || t.kind === 'quote' || this.isComp(t) || t.lineEnd) return false;
    }
    return false;
  }

  /** what follows a cue at j introduces its content at once: «أن …», «: …», «إلى أن …» */
  private introNext(j: number): boolean {
    for (let k = j; k < this.tokens.length && k <= j + 1; k++) {
      const t = this.tokens[k];
      if (this.isComp(t) || this.lex.colons.has(t.text)) return true;
      if (t.kind !== 'word' || !this.isAdjunct(t)) return false;
    }
    return false;
  }

  /** tokens [a, b) are all inside name mentions */
  private allNames(a: number, b: number): boolean {
    if (a >= b) return false;
    for (let j = a; j < b; j++) if (!this.speakers.isName(j)) return false;
    return true;
  }

  /** «كما» / «حسبما» right before a cue make it an attribution of what came before */
  private isAttributionConnector(t: Token): boolean {
    return this.isAttribution(t) || this.lex.connectors.has(t.folded) || this.lex.connectors.has(t.folded.slice(1));
  }

  /** a subject before its verb: «لكن طهران تقول إنه»، «وكان مسؤول في الخارجية صرح أن» */
  private subjectBefore(i: number): { speaker: Speaker; head: string } | null {
    const tokens = this.tokens;
    let end = i;
    while (end > 0 && this.has(this.lex.auxiliaries, tokens[end - 1]) && !tokens[end - 1].lineEnd) end--;
    // «…، فيدريكا موغيريني منسقة السياسة الخارجية، التي أضافت أن»: the phrase the relative stands for
    if (end < i && this.lex.relativePronouns.has(tokens[end].folded) && end > 1 && tokens[end - 1].kind === 'punct' && COMMAS.has(tokens[end - 1].text)) {
      end--;
      // the source just named by an attribution: «…، حسب ما جاء على لسان X، التي أضافت»
      const last = this.quotes[this.quotes.length - 1]?.speaker;
      if (last && last.end === tokens[end - 1].end) return { speaker: last, head: tokens[end - 1].stem };
    }
    let start = end;
    while (start > 0 && end - start < 10) {
      const t = tokens[start - 1];
      if (t.lineEnd || (t.kind === 'punct' && t.text !== '(' && t.text !== ')')) break;
      if (this.cueOf[start - 1] || this.has(this.lex.connectors, t)) break;
      start--;
    }
    while (start < end && this.has(this.lex.auxiliaries, tokens[start])) start++;
    // «وعن اليمن قال إنهم»: a fronted prepositional phrase, not a subject
    if (start >= end || this.isAdjunct(tokens[start])) return null;
    return this.speakers.phrase(start, end, true) ?? null;
  }

  /** the headline form «SPEAKER: quote» (and «الصليب الأحمر:» after «رابط الخبر:») */
  private fromHeadline(c: number): boolean {
    const tokens = this.tokens;
    const n = tokens.length;
    const sentence = this.layer.sentences[tokens[c].sentence];
    let from = sentence.first;
    for (let j = c - 1; j >= from; j--) {
      if (this.lex.colons.has(tokens[j].text) || tokens[j].lineEnd) {
        from = j + 1;
        break;
      }
    }
    if (from < this.consumed) return false;
    let words = 0;
    for (let j = from; j < c; j++) {
      if (this.cueOf[j]) return false;
      if (tokens[j].kind === 'word' || tokens[j].kind === 'latin') words++;
    }
    if (words === 0 || words > 6 || tokens[c].lineEnd || c + 1 >= n) return false;
    // a later colon close by speaks instead: «رابط الخبر: الصليب الأحمر: …»
    for (let j = c + 1; j < n && j <= c + 7 && !tokens[j - 1].lineEnd; j++) if (this.lex.colons.has(tokens[j].text)) return false;
    if (this.cueOf[c + 1] || this.isComp(tokens[c + 1])) return false;
    const who = this.speakers.phrase(from, c, true);
    if (!who) return false;
    let s = c + 1;
    let e: number;
    let after: number;
    const close = this.closeOf[s];
    if (this.isOpen[s] && close > s && !(close - s <= 4 && !this.endsBefore(close + 1))) {
      e = close;
      after = e + 1;
      s++;
    } else {
      e = this.clauseEnd(s);
      after = e;
    }
    const span = this.trim(s, e);
    if (!span) return false;
    this.push(span, 'direct', tokens[c], who.speaker, '', who.head);
    this.consumed = after;
    return true;
  }

  /** an attribution word: before the clause («وبحسب نص القرار، …») or after it («…، حسب مصدر طبي») */
  private fromAttribution(i: number): boolean {
    const tokens = this.tokens;
    const sentence = this.layer.sentences[tokens[i].sentence];
    if (i === sentence.first) {
      let comma = -1;
      for (let j = i + 1; j < tokens.length && j <= i + 8; j++) {
        if (tokens[j - 1].lineEnd) break;
        if (tokens[j].kind === 'punct') {
          if (COMMAS.has(tokens[j].text)) comma = j;
          break;
        }
      }
      if (comma < 0) return false;
      let a = i + 1;
      while (a < comma && this.lex.attributionFillers.has(tokens[a].folded)) a++;
      const who = this.speakers.phrase(a, comma);
      if (!who) return false;
      const s = comma + 1;
      let kind: Quote['kind'] = 'indirect';
      let e: number;
      a = s;
      if (this.isOpen[s] && this.closeOf[s] > s && this.endsBefore(this.closeOf[s] + 1)) {
        kind = 'direct';
        a = s + 1;
        e = this.closeOf[s];
      } else e = this.clauseEnd(s);
      const span = this.trim(a, e);
      if (!span) return false;
      this.push(span, kind, tokens[i], who.speaker, '', who.head);
      this.consumed = kind === 'direct' ? e + 1 : e;
      return true;
    }
    return this.afterClause(i, i + 1, false);
  }

  /**
   * An attribution after its clause: «…، حسب مصدر طبي»، «…، كما ذكر دبلوماسي». The
   * clause is the quoted words right before it, or the sentence up to it.
   */
  private afterClause(at: number, npFrom: number, viaCue: boolean): boolean {
    const tokens = this.tokens;
    const np = this.attributionPhrase(npFrom);
    if (!np) return false;
    // «حسبما نقلت وكالة X»: a medium that carried the news, not a source that said it
    if (!viaCue && this.cueOf[npFrom]?.entry.role === 'relay') return false;
    let e = at;
    while (e > 0 && tokens[e - 1].kind === 'punct' && COMMAS.has(tokens[e - 1].text)) e--;
    let s: number;
    let kind: Quote['kind'] = 'indirect';
    let end = e;
    const last = e > 0 ? tokens[e - 1] : null;
    if (last && last.kind === 'quote' && !this.isOpen[e - 1]) {
      let o = e - 2;
      while (o >= 0 && this.closeOf[o] !== e - 1) o--;
      if (o < this.consumed || o < 0) return false;
      kind = 'direct';
      s = o + 1;
      end = e - 1;
    } else {
      s = this.layer.sentences[tokens[at].sentence].first;
      while (s < e && (tokens[s].kind === 'punct' || this.has(this.lex.connectors, tokens[s]))) s++;
      if (s < this.consumed || e - s < 4) return false;
    }
    const span = this.trim(s, end);
    if (!span) return false;
    this.push(span, kind, tokens[at], np.speaker, '', np.head);
    this.consumed = np.end;
    return true;
  }

  /** the source named after an attribution word (or «كما قال»), up to the next punctuation */
  private attributionPhrase(from: number): { speaker: Speaker; head: string; end: number } | null {
    const tokens = this.tokens;
    let a = from;
    while (a < tokens.length && (this.cueOf[a] || this.lex.attributionFillers.has(tokens[a].folded))) a++;
    let b = a;
    while (b < tokens.length && b < a + 12 && tokens[b].kind !== 'punct' && !(b > a && tokens[b - 1].lineEnd)) b++;
    const who = this.speakers.phrase(a, b);
    return who ? { ...who, end: b } : null;
  }

  /** right after a quote: «، حسب X» / «، كما قال X» naming its source */
  private attributionAfter(j: number): { speaker: Speaker | null; end: number; named: boolean } | null {
    const tokens = this.tokens;
    let k = j;
    while (k < tokens.length && k < j + 2 && (tokens[k].kind === 'punct' || (tokens[k].kind === 'quote' && !this.isOpen[k]))) {
      if (this.lex.sentenceEnds.has(tokens[k].text)) return null;
      k++;
    }
    if (k >= tokens.length || (k > 0 && tokens[k - 1].lineEnd)) return null;
    let np = -1;
    if (this.isAttribution(tokens[k])) np = k + 1;
    // «…، كما قال X»; in a subject-first language «… and said he …» is a new clause of the same subject
    // not «…، كما أكد أن …»: a cue that takes its own clause starts a new quote of the same speaker
    else if (!this.lex.subjectFirst && this.has(this.lex.connectors, tokens[k]) && this.isVerbCue(k + 1) && this.cueOf[k + 1]!.entry.role !== 'relay' && !this.introNext(k + 2)) np = k + 2;
    if (np < 0) return null;
    const who = this.attributionPhrase(np);
    if (!who) return null;
    // a source with a title is one person even when the entity stage has no row for the name
    let named = who.speaker.entity !== null;
    for (let t = np; t < who.end && !named; t++) named = this.lex.titleWords.has(tokens[t].stem) || this.lex.titleWords.has(tokens[t].folded);
    return { speaker: who.speaker, end: who.end, named };
  }


  // ---- subject-first languages (English) ------------------------------------------

  /**
   * Subject–verb order: the speaker stands before the cue («Mr Blair said that …»), or
   * the words come first and the cue after them («"…," he said», «…, said Mr Blair»).
   * Quoted sentences with no cue of their own belong to the last speaker.
   */
  private runSubjectFirst(): Quote[] {
    const n = this.tokens.length;
    for (let i = 0; i < n; i++) {
      if (i < this.consumed) continue;
      const t = this.tokens[i];
      const hit = this.cueOf[i];
      const noun = i > 0 && this.lex.nounMarkers.has(this.tokens[i - 1].folded);
      if (hit && !noun && hit.entry.form !== 'masdar' && this.fromCueAfterSubject(i, hit)) continue;
      if (t.kind === 'quote' && this.isOpen[i] && !this.inner[i]) {
        // a cue after the quote takes it: cues inside the quote are the speaker's own words
        if (this.fromQuoteAlone(i) === 'deferred') i = this.closeOf[i];
      }
      else if (t.kind === 'word' && this.isAttribution(t)) this.fromAttribution(i);
      else if (t.kind === 'punct' && this.lex.colons.has(t.text)) this.fromHeadline(i);
    }
    return this.quotes.sort((a, b) => a.start - b.start);
  }

  /** the first token of the sentence that token j is in, past its opening punctuation and conjunctions */
  private sentenceStart(j: number): number {
    const tokens = this.tokens;
    let s = this.layer.sentences[tokens[j].sentence].first;
    for (let k = j - 1; k >= s; k--) {
      if (tokens[k].lineEnd || (tokens[k].kind === 'punct' && (this.lex.sentenceEnds.has(tokens[k].text) || this.lex.colons.has(tokens[k].text)))) {
        s = k + 1;
        break;
      }
    }
    while (s < j && (tokens[s].kind === 'punct' || this.has(this.lex.connectors, tokens[s]))) s++;
    return s;
  }

  /** the opening mark whose quote closes at c, or -1 */
  private openerOf(c: number): number {
    for (let o = c - 1; o >= 0 && o >= c - 400; o--) if (this.closeOf[o] === c) return o;
    return -1;
  }

  /** the last token of the paragraph that token j is in */
  private paragraphEnd(j: number): number {
    while (j < this.tokens.length - 1 && !this.tokens[j].lineEnd) j++;
    return j;
  }

  /**
   * Tokens before a cue that name its subject: [start, end) with the auxiliaries
   * («has also said») left out; start === end when there is none.
   */
  private subjectSpan(i: number): { start: number; end: number } {
    const tokens = this.tokens;
    let end = i;
    while (end > 0 && tokens[end - 1].kind === 'word' && this.lex.auxiliaries.has(tokens[end - 1].folded) && !tokens[end - 1].lineEnd) end--;
    let start = end;
    while (start > 0 && end - start < 8) {
      const t = tokens[start - 1];
      if (t.lineEnd || t.kind === 'punct' || t.kind === 'quote' || this.cueOf[start - 1] || this.lex.connectors.has(t.folded) || this.isComp(t)) break;
      start--;
      // «reports he told»: a pronoun right before the verb is the whole subject
      if (start === end - 1 && this.lex.pronouns.has(t.folded)) break;
    }
    return { start, end };
  }

  /** a cue in a subject-first language: the content before it, or after it */
  private fromCueAfterSubject(i: number, hit: CueHit): boolean {
    const tokens = this.tokens;
    const n = tokens.length;
    const { entry } = hit;
    const subj = entry.form === 'verb' ? this.subjectSpan(i) : { start: i, end: i };
    // the words came first: «"…," he said» / «…, Mr Straw said.» / «"…," said the minister»
    let p = subj.start - 1;
    if (p >= 0 && entry.role !== 'weak') {
      let s = -1;
      let e = -1;
      let kind: Quote['kind'] = 'indirect';
      let aside: ReturnType<QuoteFinder['subjectAroundAside']> = null;
      if (tokens[p].kind === 'punct' && COMMAS.has(tokens[p].text) && p > 0 && tokens[p - 1].kind === 'quote' && !this.isOpen[p - 1]) p--;
      // a quote that ends its paragraph is not told by the next paragraph's cue
      if (tokens[p].kind === 'quote' && !this.isOpen[p] && !tokens[p].lineEnd && !tokens[subj.start - 1].lineEnd) {
        const o = this.openerOf(p);
        if (o >= this.consumed && o >= 0) {
          s = o + 1;
          e = p;
          kind = 'direct';
          // «The bill stood "no chance of becoming law," he added»: a quotation inside the
          // reported sentence makes the whole sentence the words, reported
          const first = this.sentenceStart(o);
          if (first < o && first >= this.consumed && tokens[o - 1].kind === 'word') {
            s = first;
            e = p + 1;
            kind = 'indirect';
          }
        }
      } else if (tokens[p].kind === 'punct' && COMMAS.has(tokens[p].text) && this.endsSoon(i + 1) && (subj.start < subj.end || (!(aside = this.subjectAroundAside(p))?.atStart && !this.clauseFollows(i + 1)))) {
        // not «Lawyer Jane Doe, who represents them, said …» (the subject split off by an
        // aside) nor «…, said the government should …» (a clause after the cue is its content)
        s = this.layer.sentences[tokens[p].sentence].first;
        while (s < p && (tokens[s].kind === 'punct' || this.has(this.lex.connectors, tokens[s]))) s++;
        e = p;
        // «…, Mr Hale, who runs the bank, said»: the words end before the subject
        if (aside?.who && aside.from - 1 > s) e = aside.from - 1;
        else aside = null;
        if (s < this.consumed || e - s < 3) s = -1;
        // a quote reported before: «… that "…", he said» belongs to that quote
      }
      // a verb of dialogue only («…," he muttered) takes words in quotation marks
      if (entry.role === 'quoted' && kind !== 'direct') s = -1;
      if (s >= 0) {
        const span = this.trim(s, e);
        if (span) {
          let who = subj.start < subj.end ? this.speakers.phrase(subj.start, subj.end, true) : (aside?.who ?? undefined);
          let to = i + 1;
          // «"…," Mr Blair said on Tuesday»: a name with no entity row is still the subject
          if (!who && subj.start < subj.end && (i + 1 >= n || tokens[i + 1].kind !== 'word' || this.isAdjunct(tokens[i + 1]))) {
            who = this.speakers.phrase(subj.start, subj.end);
          }
          if (!who) {
            // «said Mr Blair» / «said the minister, adding …»
            while (to < n && to < i + 10 && tokens[to].kind !== 'punct' && tokens[to].kind !== 'quote' && !this.cueOf[to] && !tokens[to - 1].lineEnd) to++;
            who = this.speakers.phrase(i + 1, to);
          }
          this.push(span, kind, tokens[i], who?.speaker ?? this.speakers.carried(''), '', who?.head ?? '');
          this.consumed = Math.max(i + 1, who && subj.start >= subj.end && !aside ? to : i + 1);
          return true;
        }
      }
    }
    // the words follow: find what introduces them
    const recipient = entry.objects.has('recipient');
    let intro: Intro | null = null;
    let zoneAdjunct = true;
    for (let j = i + 1; j < n && j <= i + 12; j++) {
      if (tokens[j - 1].lineEnd) break;
      const t = tokens[j];
      if (t.kind === 'punct') {
        // «adding, "…"», «He said, "…"»: a comma before the quotation mark
        if (j === i + 1 && COMMAS.has(t.text) && j + 1 < n && this.isOpen[j + 1] && !t.lineEnd) continue;
        if (this.lex.colons.has(t.text)) intro = { kind: 'colon', at: j };
        else if (!COMMAS.has(t.text) || j === i + 1) {
          if (!this.lex.sentenceEnds.has(t.text) && !COMMAS.has(t.text)) continue;
        }
        if (!intro && COMMAS.has(t.text) && j > i + 1) continue;
        break;
      }
      if (t.kind === 'quote') {
        if (this.isOpen[j] && (j === i + 1 || entry.role === 'weak' || zoneAdjunct || recipient)) intro = { kind: 'mark', at: j };
        break;
      }
      if (this.isComp(t)) {
        if (j === i + 1 || zoneAdjunct || recipient) intro = { kind: 'comp', at: j };
        break;
      }
      if (this.cueOf[j]) break;
      if (j === i + 1 && !this.isAdjunct(t)) zoneAdjunct = false;
    }
    if (entry.role === 'weak' || entry.role === 'quoted') {
      // «called it "a bribes budget"», «accused … of "squabbling like schoolboys"»
      if (!intro || intro.kind !== 'mark') return false;
    }
    let s: number;
    if (intro) s = intro.at + (intro.kind === 'mark' ? 0 : 1);
    else {
      // «he said the claims were …»: the content right after the cue (after whom it was told)
      if (!this.lex.bareContent || entry.form !== 'verb' || i + 1 >= n || tokens[i].lineEnd) return false;
      s = i + 1;
      if (recipient) s = this.afterRecipient(s);
      const next = tokens[s];
      if (!next || next.kind !== 'word' || this.isAdjunct(next) || this.cueOf[s] || tokens[s - 1].lineEnd) return false;
      if (this.endsBefore(s + 1) || this.endsBefore(s + 2)) return false;
    }
    if (intro?.kind === 'colon' && s < n && this.isComp(tokens[s])) s++;
    let kind: Quote['kind'] = 'indirect';
    let e: number;
    let after: number;
    const close = s < n ? this.closeOf[s] : -1;
    if (s < n && this.isOpen[s] && (close < 0 || this.quoteEndsClause(close) || (intro?.kind === 'mark' && entry.role === 'weak'))) {
      kind = 'direct';
      if (close > s) {
        e = close;
        after = close + 1;
      } else {
        e = this.paragraphEnd(s) + 1;
        after = e;
      }
      s++;
    } else {
      if (intro?.kind === 'colon') kind = 'direct';
      e = this.clauseEnd(s);
      after = e;
    }
    if (entry.role === 'quoted' && kind !== 'direct') return false;
    const span = this.trim(s, e);
    if (!span) return false;
    let speaker: Speaker | null = null;
    let head = '';
    if (subj.start < subj.end) {
      // a short subject with no entity row still names the speaker as written («Mr Blair said»)
      const short = subj.end - subj.start <= 3 && !this.isAdjunct(tokens[subj.start]);
      const relative = subj.end - subj.start === 1 && this.lex.relativePronouns.has(tokens[subj.start].folded);
      const who = relative ? this.antecedent(subj.start) : (this.speakers.phrase(subj.start, subj.end, true) ?? (short ? this.speakers.phrase(subj.start, subj.end) : null));
      // «Jack Straw, who said …, left»: the relative clause closes at its comma
      if (relative && kind === 'indirect' && subj.start > 0 && COMMAS.has(tokens[subj.start - 1].text)) {
        for (let j = span.first; j < span.last; j++) {
          if (tokens[j].kind === 'punct' && COMMAS.has(tokens[j].text)) {
            const cut = this.trim(span.first, j);
            if (cut) Object.assign(span, cut);
            after = j;
            break;
          }
        }
      }
      if (who) {
        speaker = who.speaker;
        head = who.head;
      }
    }
    if (!speaker && subj.start === subj.end && subj.end > 0 && this.lex.connectors.has(tokens[subj.end - 1].folded)) {
      // «Tony Blair dismissed questions …, and said …»: the subject of the clause before
      speaker = this.speakers.subjectPersonIn(this.layer.sentences[tokens[i].sentence].first, i);
    }
    if (!speaker && subj.start === subj.end && subj.end > 0 && tokens[subj.end - 1].kind === 'punct' && COMMAS.has(tokens[subj.end - 1].text)) {
      // «The book, by … and serialised in the newspaper, said …»: the subject before the aside
      const who = this.subjectAroundAside(subj.end - 1)?.who;
      if (who) {
        speaker = who.speaker;
        head = who.head;
      }
    }
    speaker ??= this.speakers.carried('');
    const attributed = this.attributionAfter(after);
    if (attributed?.speaker?.entity && !speaker?.entity) speaker = attributed.speaker;
    this.push(span, kind, tokens[i], speaker, '', head);
    this.consumed = Math.max(after, attributed ? attributed.end : 0);
    return true;
  }

  /** the quote closing at c ends its clause: «… stand down." But he …», «…," he said» */
  private quoteEndsClause(c: number): boolean {
    const before = this.tokens[c - 1];
    return this.endsBefore(c + 1) || (before.kind === 'punct' && this.lex.sentenceEnds.has(before.text));
  }

  /** the clause ends within a few tokens after j («…, he said on Tuesday.») */
  private endsSoon(j: number): boolean {
    for (let k = j; k < this.tokens.length && k < j + 8; k++) {
      const t = this.tokens[k];
      // «…, he said on Tuesday.», «…, he said, adding …»; not «…, he said: "…"»
      if (t.kind === 'punct') return !this.lex.colons.has(t.text);
      if (t.kind === 'quote' || this.isComp(t)) return false;
      if (t.lineEnd) return true;
    }
    return false;
  }

  /** past the one told: «told reporters», «told the BBC», «told Mr Brown» */
  private afterRecipient(s: number): number {
    const tokens = this.tokens;
    if (s >= tokens.length) return s;
    if (this.speakers.isName(s)) {
      let j = s;
      while (j < tokens.length && (this.speakers.isName(j) || tokens[j].folded === "'s")) j++;
      return j;
    }
    let j = s;
    if (this.lex.definite.has(tokens[j].folded) || this.lex.indefinite.has(tokens[j].folded)) j++;
    while (j < tokens.length && this.speakers.isName(j)) j++;
    return j < tokens.length && !this.speakers.isName(j) && j === s ? j + 1 : j;
  }

  /** what a relative pronoun at r stands for: «Jack Straw, who said …», «Iraq, which said …» */
  private antecedent(r: number): { speaker: Speaker; head: string } | null {
    const tokens = this.tokens;
    let b = r;
    if (b > 0 && tokens[b - 1].kind === 'punct' && COMMAS.has(tokens[b - 1].text)) b--;
    let a = b;
    while (a > 0 && b - a < 6 && tokens[a - 1].kind === 'word' && !tokens[a - 1].lineEnd && !this.cueOf[a - 1]) a--;
    return a < b ? (this.speakers.phrase(a, b, true) ?? null) : null;
  }

  /**
   * The subject split off its verb by a comma-bounded aside that ends at the comma c:
   * «Lawyer Jane Doe, who represents them, said» (a relative clause: the phrase before it),
   * «Its chief executive, Jane Doe, told» (an apposition naming a person: that name),
   * «The book, by …, said» (anything else: the phrase before it). `atStart`: that phrase
   * opens its sentence, so no reported words can come before it.
   */
  private subjectAroundAside(c: number): { who: { speaker: Speaker; head: string } | null; atStart: boolean; from: number } | null {
    const tokens = this.tokens;
    const first = this.layer.sentences[tokens[c].sentence].first;
    let k = c - 1;
    while (k >= first && k >= c - 25 && !(tokens[k].kind === 'punct' && COMMAS.has(tokens[k].text))) {
      // a quotation (not an apostrophe: «shareholders' group») ends the search
      if ((tokens[k].kind === 'quote' && (this.isOpen[k] || this.openerOf(k) >= 0)) || tokens[k].lineEnd || this.lex.colons.has(tokens[k].text)) return null;
      k--;
    }
    if (k < first || k >= c - 1 || !(tokens[k].kind === 'punct' && COMMAS.has(tokens[k].text))) return null;
    let a = k;
    while (a > first && tokens[a - 1].kind !== 'punct' && tokens[a - 1].kind !== 'quote' && !tokens[a - 1].lineEnd && k - a < 6) a--;
    let from = a;
    while (from < k && this.has(this.lex.connectors, tokens[from])) from++;
    if (from >= k) return null;
    const atStart = a === first || tokens[a - 1].lineEnd;
    if (!this.lex.relativePronouns.has(tokens[k + 1].folded)) {
      // an apposition: a title phrase, then the name of the one who holds it
      const headOf = tokens[k - 1];
      const titled = this.lex.titleWords.has(headOf.folded) || this.lex.personSources.has(headOf.folded);
      const named = titled && this.speakers.isName(c - 1) ? this.speakers.firstPersonIn(k + 1, c) : null;
      if (named) return { who: { speaker: named, head: headOf.stem }, atStart, from };
    }
    return { who: this.speakers.phrase(from, k, true) ?? null, atStart, from };
  }

  /** the words from j on make a clause (a finite verb or «that» before the next punctuation), not a noun phrase */
  private clauseFollows(j: number): boolean {
    for (let k = j; k < this.tokens.length && k < j + 10; k++) {
      const t = this.tokens[k];
      // «said officials who were there»: a relative clause belongs to the noun phrase
      if (t.kind !== 'word' || (k > j && this.tokens[k - 1].lineEnd) || this.lex.relativePronouns.has(t.folded)) return false;
      if (this.lex.finiteVerbs.has(t.folded) || this.isComp(t)) return true;
    }
    return false;
  }

  /**
   * A quoted sentence with no cue of its own: it belongs to the cue right after it
   * (left to that cue) or to the last speaker. Quoted words inside a sentence with no
   * speaker are scare quotes, not speech.
   */
  private fromQuoteAlone(o: number): boolean | 'deferred' {
    const tokens = this.tokens;
    const n = tokens.length;
    const c = this.closeOf[o];
    const prev = o > 0 ? tokens[o - 1] : null;
    const starts = !prev || prev.lineEnd || (prev.kind === 'punct' && (this.lex.sentenceEnds.has(prev.text) || this.lex.colons.has(prev.text))) || (prev.kind === 'quote' && !this.isOpen[o - 1]);
    // «"Now then," said Tommy, "where shall we go?"»: the quote goes on after its cue
    const resumed = starts ? null : this.dialogue.resumes(o, this.quotes);
    if (!starts && !resumed) return false;
    const e = c > o ? c : this.paragraphEnd(o) + 1;
    let words = 0;
    let sentenceEnd = false;
    for (let j = o + 1; j < e; j++) {
      if (tokens[j].kind === 'word') words++;
      else if (tokens[j].kind === 'punct' && this.lex.sentenceEnds.has(tokens[j].text)) sentenceEnd = true;
    }
    if (words < 4 && !sentenceEnd) return false;
    // «"…," he said»: the cue after it takes it
    if (c > o) {
      let k = c + 1;
      if (k < n && tokens[k].kind === 'punct' && COMMAS.has(tokens[k].text)) k++;
      const commaInside = c > 0 && tokens[c - 1].kind === 'punct' && COMMAS.has(tokens[c - 1].text);
      // «"Where is it?" Anna asked»: a question or an exclamation hands over to a cue right
      // after it (a short subject, a verb that is no noun: not «No answer.», «Mary heard her say»)
      const handover = c > 0 && tokens[c - 1].kind === 'punct' && HANDOVERS.has(tokens[c - 1].text) && !tokens[c].lineEnd;
      if (k > c + 1 || commaInside || handover) {
        const reach = k > c + 1 || commaInside ? 8 : 3;
        for (let j = k; j < n && j < k + reach && tokens[j].kind !== 'punct' && tokens[j].kind !== 'quote'; j++) {
          if (this.cueOf[j] && !(handover && j > 0 && this.lex.nounMarkers.has(tokens[j - 1].folded))) return 'deferred';
        }
      }
    }
    const span = this.trim(o + 1, e);
    if (!span) return false;
    const speaker = resumed ? resumed.speaker : (this.dialogue.speakerOf(o, c > o ? c : e - 1, this.quotes) ?? this.speakers.carried(''));
    this.push(span, 'direct', tokens[o], speaker, '', '');
    const last = this.quotes[this.quotes.length - 1];
    last.cue = resumed?.cue ? { ...resumed.cue } : null;
    this.consumed = c > o ? c + 1 : e;
    return true;
  }

  // ---- output --------------------------------------------------------------------

  /** the content's span without punctuation and unmatched quotation marks at its edges */
  private trim(s: number, e: number): Span | null {
    const tokens = this.tokens;
    while (s < e && (tokens[s].kind === 'punct' || (tokens[s].kind === 'quote' && !(this.isOpen[s] && this.closeOf[s] > s && this.closeOf[s] < e)))) s++;
    while (e > s) {
      const t = tokens[e - 1];
      if (t.kind === 'punct' && !KEPT_AT_END.has(t.text)) e--;
      else if (t.kind === 'quote' && !(e - 1 > s && this.pairedWithin(e - 1, s))) e--;
      else break;
    }
    if (e <= s) return null;
    return { start: tokens[s].start, end: tokens[e - 1].end, first: s, last: e };
  }

  /** the closing mark at c has its opener at or after s */
  private pairedWithin(c: number, s: number): boolean {
    for (let o = c - 1; o >= s; o--) if (this.closeOf[o] === c) return true;
    return false;
  }

  private push(span: Span, kind: Quote['kind'], cue: Token, speaker: Speaker | null, gender: Gender, head: string): void {
    this.quotes.push({
      start: span.start,
      end: span.end,
      text: this.text.slice(span.start, span.end),
      kind,
      cue: { start: cue.start, end: cue.end, text: cue.text },
      speaker,
      sentence: this.tokens[span.first].sentence,
    });
    this.lastEnd = span.last;
    this.speakers.said(speaker, gender, head, cue.index);
  }
}
