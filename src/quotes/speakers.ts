// Who said it: turns the words of a speaker phrase into a speaker, using the entity
// rows (name, title and pronoun mentions), titles seen next to names in the text, and
// the speakers of earlier quotes (for «وأضاف» and «المصادر»). An unnamed source stays
// unnamed: it keeps its words and no entity.
import type { Entity, Quote, TextLayer, Token } from '../core/types.js';
import type { Gender, QuoteLexicon } from './lexicon.js';

export type Speaker = NonNullable<Quote['speaker']>;

interface Said {
  speaker: Speaker;
  gender: Gender;
  /** stem of the phrase's head word, for «وأضاف المسؤول» → the last «مسؤول» */
  head: string;
  /** token index of its cue (or of the speaker's name), -1 when unknown */
  at: number;
}

export interface Resolved {
  speaker: Speaker;
  head: string;
}

// how far back (tokens) a pronoun looks for a person named as a subject
const PRONOUN_REACH = 120;
const COMMA_LIKE = new Set([',', '،', ';', '؛']);

export class SpeakerResolver {
  /** token index → index of the entity with a mention over it, -1 for none */
  private readonly mentionAt: Int32Array;
  /** per entity: stems of the title words seen around its names (and in its `titles`) */
  private readonly titleStems: Array<Set<string>>;
  /** per entity: token indexes of its mentions, ascending */
  private readonly mentionTokens: number[][];
  /** first word of a name (stem) → entities whose names start with it: «المعلم»، «المنظمة» */
  private readonly nameHeads = new Map<string, number[]>();
  /** a place name without its ending (تركيا → ترك) → the place, for «الحكومة التركية» */
  private readonly placeRoots = new Map<string, number>();
  private readonly history: Said[] = [];
  /** entity id → the gender its latest speech told (so a long text never rescans its history) */
  private readonly toldGender = new Map<string, Gender>();
  /** entity id → its index in `entities` */
  private readonly entityIndex = new Map<string, number>();
  /** per entity: the gender a title before one of its names tells (Mr Blair → m), '' when none */
  private readonly genders: Gender[];
  private readonly neuter: boolean;

  constructor(
    private readonly layer: TextLayer,
    private readonly entities: Entity[],
    private readonly lex: QuoteLexicon,
    private readonly fold: (s: string) => string,
    private readonly isCue: (t: Token) => boolean,
  ) {
    const tokens = layer.tokens;
    this.mentionAt = new Int32Array(tokens.length).fill(-1);
    this.mentionTokens = entities.map(() => []);
    this.titleStems = entities.map((e) => {
      const stems = new Set<string>();
      for (const title of e.titles) for (const w of fold(title).split(/\s+/)) if (w) stems.add(stripArticle(w));
      return stems;
    });
    const all: Array<{ start: number; end: number; entity: number; name: boolean }> = [];
    entities.forEach((e, k) => {
      for (const m of e.mentions) all.push({ start: m.start, end: m.end, entity: k, name: m.kind === 'name' });
    });
    all.sort((a, b) => a.start - b.start);
    // one pass: tokens and mentions are both in text order
    let t = 0;
    for (const m of all) {
      while (t < tokens.length && tokens[t].end <= m.start) t++;
      for (let j = t; j < tokens.length && tokens[j].start < m.end; j++) {
        if (this.mentionAt[j] < 0 || m.name) this.mentionAt[j] = m.entity;
        const list = this.mentionTokens[m.entity];
        if (list[list.length - 1] !== j) list.push(j);
      }
    }
    this.neuter = [...lex.pronouns.values()].includes('n');
    entities.forEach((e, k) => this.entityIndex.set(e.id, k));
    this.genders = entities.map((e, k) => {
      // «Mr Straw» is a man even where the entity stage took the name for a body
      for (const j of this.mentionTokens[k]) {
        const g = j > 0 && this.mentionAt[j - 1] !== k ? lex.genderTitles.get(tokens[j - 1].folded) : undefined;
        if (g) return g;
      }
      if (e.type !== 'PERSON') return '';
      // no title: a given name that tells it (Louise Christian → f)
      for (const m of e.mentions) {
        if (m.kind !== 'name') continue;
        const g = lex.givenNames.get(fold(m.text.split(/\s+/)[0] ?? ''));
        if (g) return g;
      }
      return '';
    });
    entities.forEach((e, k) => {
      for (const m of e.mentions) {
        if (m.kind !== 'name') continue;
        const words = fold(m.text).split(/\s+/).filter(Boolean);
        if (words.length === 0) continue;
        const head = stripArticle(words[0]);
        if (head.length >= 3) {
          const list = this.nameHeads.get(head) ?? [];
          if (!list.includes(k)) list.push(k);
          this.nameHeads.set(head, list);
        }
        if (e.type === 'LOC' && words.length === 1) {
          for (const ending of lex.placeEndings) {
            if (head.endsWith(ending) && head.length - ending.length >= 3) {
              this.placeRoots.set(head.slice(0, head.length - ending.length), k);
              break;
            }
          }
        }
      }
    });
    // titles around PERSON names in this text: «وزير الخارجية الأمريكي جون كيري», «ميدينسكى رئيس الوفد الروسى»
    entities.forEach((e, k) => {
      if (e.type !== 'PERSON') return;
      const list = this.mentionTokens[k];
      for (let x = 0; x < list.length; x++) {
        const first = list[x];
        let last = first;
        while (x + 1 < list.length && list[x + 1] === last + 1) last = list[++x];
        if (lex.headLast) {
          this.collectTitlesHeadLast(k, first, last);
          continue;
        }
        // up to six plain words each side; names of bodies, brackets and commas in between are free
        for (let j = first - 1, n = 0; j >= 0 && n < 6 && this.titleWord(j) && !tokens[j].lineEnd; j--) {
          if (tokens[j].kind === 'word') this.titleStems[k].add(tokens[j].stem);
          if (this.mentionAt[j] < 0 && tokens[j].kind === 'word') n++;
        }
        for (let j = last + 1, n = 0; j < tokens.length && n < 6 && this.titleWord(j) && !tokens[j - 1].lineEnd; j++) {
          if (tokens[j].kind === 'word') this.titleStems[k].add(tokens[j].stem);
          if (this.mentionAt[j] < 0 && tokens[j].kind === 'word') n++;
        }
      }
    });
  }

  /**
   * Titles where the head comes last (English): the title words right before a name
   * («Deputy Prime Minister John Prescott», «Tory leader Michael Howard») and an
   * apposition after a comma («Gordon Brown, the chancellor,»).
   */
  private collectTitlesHeadLast(k: number, first: number, last: number): void {
    const tokens = this.layer.tokens;
    const text = this.layer.text;
    const capital = (j: number) => { const c = text[tokens[j].start]; return c !== c.toLowerCase(); };
    for (let j = first - 1, n = 0; j >= 0 && n < 6 && !tokens[j].lineEnd; j--) {
      const t = tokens[j];
      const own = this.lex.titleWords.has(t.folded);
      if (t.kind !== 'word' || this.isCue(t) || (!own && !capital(j) && this.mentionAt[j] < 0)) break;
      this.titleStems[k].add(t.stem);
      n++;
    }
    if (last + 2 < tokens.length && tokens[last + 1].kind === 'punct' && tokens[last + 1].text === ',') {
      for (let j = last + 2, n = 0; j < tokens.length && n < 6 && tokens[j].kind === 'word' && !this.isCue(tokens[j]) && !tokens[j - 1].lineEnd; j++, n++) {
        if (this.mentionAt[j] >= 0 && this.entities[this.mentionAt[j]].type === 'PERSON') break;
        this.titleStems[k].add(tokens[j].stem);
      }
    }
  }

  /** a token that can be part of a title phrase next to a name */
  private titleWord(j: number): boolean {
    const t = this.layer.tokens[j];
    const k = this.mentionAt[j];
    // names of places and bodies belong to titles («الأمين العام لمنظمة (أوبك)»); other people do not
    if (k >= 0) return this.entities[k].type !== 'PERSON';
    if (t.kind === 'punct') return t.text === '(' || t.text === ')' || t.text === '،' || t.text === ',';
    if (t.kind === 'quote') return true;
    // «accused the prime minister and Mr Brown»: a title does not reach across a conjunction
    return t.kind === 'word' && !this.isCue(t) && !this.lex.complementisers.has(t.folded) && !(this.lex.subjectFirst && this.lex.connectors.has(t.folded));
  }

  /** token j lies in a mention of a name */
  isName(j: number): boolean {
    return this.mentionAt[j] >= 0;
  }

  /** the first PERSON named in tokens [a, b): «وقالت سفيرة الولايات المتحدة لدى الأمم المتحدة سامنتا باور» */
  firstPersonIn(a: number, b: number): Speaker | null {
    for (let j = a; j < b; j++) {
      const k = this.mentionAt[j];
      if (k >= 0 && this.entities[k].type === 'PERSON') return this.named(j);
    }
    return null;
  }

  /**
   * The subject of a sentence that opens with a verb and a name, for a later verb of the
   * same sentence with no subject of its own: «وظلت تركيا شريكا … وتقول إن …».
   */
  sentenceSubject(first: number, i: number): Speaker | null {
    const tokens = this.layer.tokens;
    if (first + 1 >= i || this.mentionAt[first] >= 0 || this.mentionAt[first + 1] < 0 || tokens[first].kind !== 'word') return null;
    const verb = tokens[first].splits[0];
    if (!verb || verb.proclitics.length !== 1 || !this.lex.conjunctions.has(verb.proclitics[0]) || this.lex.adjuncts.has(verb.stem)) return null;
    return this.named(first + 1);
  }

  /** remember who spoke, for dropped subjects and anaphoric sources later on */
  said(speaker: Speaker | null, gender: Gender, head: string, at = -1): void {
    if (!speaker) return;
    // a relay («نقلت الوكالة عن غابريال») tells no gender: the one his own «وقال» told
    if (!gender && speaker.entity) gender = this.toldGender.get(speaker.entity) ?? '';
    if (!gender && speaker.entity) {
      const k = this.entityIndex.get(speaker.entity) ?? -1;
      // bodies and works are «it» where the language has a pronoun for them
      if (k >= 0) gender = this.genders[k] || (this.entities[k].type !== 'PERSON' && this.neuter ? 'n' : '');
    }
    // an unresolved «she» is still a she: a later «he» must not go back to her
    if (!gender && !speaker.entity) gender = this.lex.pronouns.get(this.fold(speaker.text)) ?? '';
    if (gender && speaker.entity) this.toldGender.set(speaker.entity, gender);
    this.history.push({ speaker, gender, head, at });
  }

  /** the last speaker whose gender agrees (a dropped subject: «وأضاف»، «وأضافت»، «متابعا») */
  carried(gender: Gender, strict = false): Speaker | null {
    for (let k = this.history.length - 1; k >= 0; k--) {
      const h = this.history[k];
      if (!gender || !h.gender || h.gender === gender) return h.speaker;
    }
    return this.history.length && !strict ? this.history[this.history.length - 1].speaker : null;
  }

  /**
   * Who a pronoun at token j (he, she) stands for: the last speaker of that gender, unless
   * a person of that gender was named as the subject of a clause since («The shadow foreign
   * secretary, Michael Ancram, welcomed it. But he said …»). Only in languages whose phrases
   * end in their head (English); elsewhere the pronoun is a dropped subject's and the last
   * speaker stands.
   */
  private pronounSpeaker(j: number, gender: Gender): Speaker | null {
    let last = -1;
    let before: Speaker | null = null;
    for (let k = this.history.length - 1; k >= 0; k--) {
      const h = this.history[k];
      if (h.at >= j) continue;
      if (!gender || !h.gender || h.gender === gender) {
        before = h.speaker;
        last = h.at;
        break;
      }
    }
    if (this.lex.headLast && (gender === 'm' || gender === 'f')) {
      const tokens = this.layer.tokens;
      for (let p = j - 1; p > last && p >= j - PRONOUN_REACH; p--) {
        const k = this.mentionAt[p];
        if (k < 0 || (p + 1 < tokens.length && this.mentionAt[p + 1] === k)) continue;
        const g = this.genders[k];
        if ((this.entities[k].type !== 'PERSON' && !g) || (g && g !== gender)) continue;
        if (this.isSubjectMention(p)) return this.named(p);
      }
    }
    return before;
  }

  /** who a pronoun of that gender at token j stands for, or the pronoun itself when nobody fits */
  pronounAt(j: number, gender: Gender): Speaker {
    const t = this.layer.tokens[j];
    const before = this.pronounSpeaker(j, gender);
    if (!before) return { entity: null, name: null, start: t.start, end: t.end, text: t.text };
    return before.entity ? { ...before, start: t.start, end: t.end, text: t.text } : { ...before };
  }

  /** the name ending at token j is followed by a possessive marker (Moazzam Begg's lawyer) */
  private possessor(j: number): boolean {
    const k = this.mentionAt[j];
    const tokens = this.layer.tokens;
    let e = j;
    while (e + 1 < tokens.length && this.mentionAt[e + 1] === k) e++;
    return e + 1 < tokens.length && this.lex.possessives.has(tokens[e + 1].folded);
  }

  /**
   * The name whose mention ends at token e opens its clause (head-last languages): only
   * its modifiers stand between it and the start of the sentence, a comma or a
   * conjunction (titles, other names, «'s», capitalised words, determiners), and no
   * possessive marker follows it.
   */
  private isSubjectMention(e: number): boolean {
    const tokens = this.layer.tokens;
    const k = this.mentionAt[e];
    // «Begg's lawyer» is the lawyer; «Begg and Abbasi have …» are they, not he
    if (e + 1 < tokens.length && (this.lex.possessives.has(tokens[e + 1].folded) || this.lex.coordinators.has(tokens[e + 1].folded))) return false;
    let p = e;
    while (p > 0 && this.mentionAt[p - 1] === k && !tokens[p - 1].lineEnd) p--;
    for (let n = 0; n < 10; n++, p--) {
      if (p === 0 || tokens[p - 1].lineEnd || tokens[p - 1].sentence !== tokens[e].sentence) return true;
      const t = tokens[p - 1];
      if (t.kind === 'punct') return COMMA_LIKE.has(t.text) || this.lex.sentenceEnds.has(t.text);
      if (t.kind === 'quote') return true;
      // «But he …», «…, while Mr Brown …»; not «Mr Begg and Mr Abbasi have been held»
      if (this.lex.connectors.has(t.folded)) return !this.lex.coordinators.has(t.folded);
      const modifier = this.mentionAt[p - 1] >= 0 || this.lex.titleWords.has(t.folded) || this.lex.roleWords.has(t.folded) || this.lex.possessives.has(t.folded) || this.lex.definite.has(t.folded) || this.lex.indefinite.has(t.folded) || (t.kind === 'word' && t.text[0] !== t.folded[0] && !this.isCue(t));
      if (!modifier) return false;
    }
    return false;
  }

  /**
   * A person named as the subject of a clause in tokens [from, to), the last one:
   * «لكن الناطقة باسم الخارجية الإيرانية مرضية أفخم …. وقالت …» speaks although no
   * quote of hers came before. Subject position: only title words between the name
   * and the start of its clause.
   */
  subjectPersonIn(from: number, to: number): Speaker | null {
    const tokens = this.layer.tokens;
    if (this.lex.headLast) {
      // «Moazzam Begg's Labour MP Roger Godsiff welcomed his release, but said …»
      for (let j = to - 1; j >= from; j--) {
        const k = this.mentionAt[j];
        if (k >= 0 && this.entities[k].type === 'PERSON' && (j + 1 >= tokens.length || this.mentionAt[j + 1] !== k) && this.isSubjectMention(j)) return this.named(j);
      }
      return null;
    }
    for (let j = to - 1; j >= from; j--) {
      const k = this.mentionAt[j];
      if (k < 0 || this.entities[k].type !== 'PERSON') continue;
      let a = j;
      while (a > from && this.mentionAt[a - 1] === k) a--;
      let p = a - 1;
      let n = 0;
      while (p >= 0 && n < 8 && !tokens[p].lineEnd && tokens[p].kind === 'word' && this.mentionAt[p] < 0 && !this.isCue(tokens[p]) && !this.lex.connectors.has(tokens[p].folded)) {
        p--;
        n++;
      }
      const clauseStart = p < 0 || tokens[p].lineEnd || tokens[p].kind === 'punct' || this.lex.connectors.has(tokens[p].folded);
      const first = tokens[p + 1];
      // «ورحب كيري …»: a verb with its conjunction right before the name
      // «جدد الرئيس المصري عبد الفتاح السيسي …»: a verb, then the title of the name
      const second = n >= 2 ? tokens[p + 2] : null;
      const verbFirst = (n === 1 && first.splits[0]?.proclitics.length === 1 && this.lex.conjunctions.has(first.splits[0].proclitics[0])) ||
        (second !== null && (this.lex.titleWords.has(second.stem) || this.lex.titleWords.has(second.folded)) && !this.lex.adjuncts.has(first.folded) && !this.lex.adjuncts.has(first.stem));
      if (clauseStart && (n === 0 || verbFirst || this.lex.titleWords.has(first.stem) || this.lex.titleWords.has(first.folded))) return this.named(j);
      j = a;
    }
    return null;
  }

  /**
   * The speaker named by tokens [a, b) (a subject phrase, a headline's «SPEAKER:», an
   * attribution's noun phrase); `reach` may extend the search for a country after
   * «حكومة». `strict`: only return a speaker when the phrase has a name, a title or a
   * source word (used for subjects before the verb). Returns undefined when the phrase
   * holds no word at all.
   */
  phrase(a: number, b: number, strict = false, reach = b): Resolved | null | undefined {
    const tokens = this.layer.tokens;
    while (a < b && tokens[a].kind !== 'word' && tokens[a].kind !== 'latin' && tokens[a].kind !== 'quote') a++;
    while (b > a && tokens[b - 1].kind !== 'word' && tokens[b - 1].kind !== 'latin' && tokens[b - 1].kind !== 'quote') b--;
    if (a >= b) return undefined;
    // «لوزير الخارجية الأميركي جون كيري» after the subject is who was spoken to
    for (let j = a + 1; j < b; j++) {
      const t = tokens[j];
      if (this.mentionAt[j] < 0 && t.kind === 'word' && this.lex.recipientProclitics.some((p) => t.splits[0]?.proclitics.includes(p)) && this.lex.titleWords.has(t.stem)) {
        b = j;
        break;
      }
    }
    const text = this.layer.text;
    // an attached conjunction is not part of the phrase: «ومندوبة واشنطن» is «مندوبة واشنطن»
    const lead = tokens[a].splits[0];
    const from = lead?.proclitics.length === 1 && this.lex.conjunctions.has(lead.proclitics[0]) && this.fold(text[tokens[a].start]) === lead.proclitics[0] ? tokens[a].start + 1 : tokens[a].start;
    const unnamed = (): Speaker => ({ entity: null, name: null, start: from, end: tokens[b - 1].end, text: text.slice(from, tokens[b - 1].end) });
    // «he said»: the last speaker of that gender, or the person last named as a subject
    const pronoun = b - a === 1 ? this.lex.pronouns.get(tokens[a].folded) : undefined;
    if (pronoun !== undefined) {
      // «said I»: the narrator, never the person spoken about before
      if (this.lex.firstPerson.has(tokens[a].folded)) return { speaker: unnamed(), head: tokens[a].folded };
      const before = this.pronounSpeaker(a, pronoun);
      // a named person at the pronoun's own place in the text; an unnamed source keeps the
      // words that describe it («one western diplomat»), which say more than «he»
      if (!before) return { speaker: unnamed(), head: tokens[a].folded };
      return { speaker: before.entity ? { ...before, start: tokens[a].start, end: tokens[a].end, text: tokens[a].text } : { ...before }, head: tokens[a].folded };
    }
    // a determiner first: «the minister» is definite, «a spokesman» is not
    let definite = false;
    let w = a;
    while (w < b - 1 && (this.lex.definite.has(tokens[w].folded) || this.lex.indefinite.has(tokens[w].folded))) {
      if (this.lex.definite.has(tokens[w].folded)) definite = true;
      w++;
    }
    let headAt = tokens[w].kind === 'quote' && w + 1 < b ? w + 1 : w;
    if (this.lex.headLast) {
      // the last word before a post-modifier: «one source close to Opec», «lawyers for Menatep»
      let end = b;
      for (let j = w + 1; j < b; j++) if (this.lex.postModifiers.has(tokens[j].folded)) { end = j; break; }
      headAt = end - 1;
      while (headAt > w && tokens[headAt].kind !== 'word') headAt--;
    }
    const headTok = tokens[headAt];
    const head = headTok.stem;
    definite ||= headTok.splits[0]?.article === true;
    const titled = (k: number): Speaker => ({ ...this.entitySpeaker(k), start: tokens[a].start, end: tokens[b - 1].end, text: text.slice(tokens[a].start, tokens[b - 1].end) });
    const person = this.lex.personSources.has(head) || this.lex.personSources.has(headTok.folded);
    if (person && !definite) return { speaker: unnamed(), head };
    let firstPerson = -1;
    let firstOther = -1;
    let firstOrg = -1;
    let placeInside = false;
    for (let j = a; j < b; j++) {
      const k = this.mentionAt[j];
      if (k < 0 || this.possessor(j)) continue;
      const type = this.entities[k].type;
      // a place speaks only as the phrase's head («قالت أنقرة»); inside an idafa or a
      // prepositional phrase it is not the one speaking («مندوبة واشنطن», «أمن الخليج», «في اليمن»)
      if (type === 'LOC' && this.mentionAt[headAt] !== k) {
        placeInside = true;
        continue;
      }
      if (type === 'PERSON' && firstPerson < 0) firstPerson = j;
      if (type !== 'PERSON' && firstOther < 0) firstOther = j;
      if (type === 'ORG' && firstOrg < 0) firstOrg = j;
    }
    const containerType = this.lex.containerTypes.get(head);
    if (containerType) {
      // «a new book, Brown's Britain», «The paper said» (the newspaper named last before)
      const own = this.mentionOfType(a, b, containerType);
      if (own >= 0) return { speaker: this.named(own), head };
      if (b < tokens.length && tokens[b].kind === 'punct' && b + 1 < tokens.length) {
        const next = this.mentionOfType(b + 1, b + 2, containerType);
        if (next >= 0) return { speaker: this.named(next), head };
      }
      const last = definite ? this.lastOfType(a, containerType) : -1;
      return { speaker: last >= 0 ? this.named(last) : unnamed(), head };
    }
    if (this.lex.containerSources.has(head)) {
      // «بيان مكتب داود أوغلو» is not Davutoglu; «تقرير مكتبة الكونغرس» is the Library of Congress
      return { speaker: firstOrg >= 0 && this.mentionAt[a] < 0 ? this.named(firstOrg) : unnamed(), head };
    }
    if (firstPerson >= 0) return { speaker: this.named(firstPerson), head };
    if (person) {
      // «وذكرت المصادر»، «وأضاف المسؤول»: the source last quoted under that word, or nobody named
      // «بدا المسؤول مطمئنا، وقال»، «وأعربت المسؤولة الأوروبية»: the one last quoted
      const before = this.byHead(head) ?? this.carried('');
      return { speaker: before ?? unnamed(), head };
    }
    if (this.mentionAt[a] < 0 && (this.lex.governmentWords.has(head) || this.lex.governmentWords.has(headTok.folded))) {
      // «الحكومة التركية» speaks for Turkey, «حكومة الثورة في إيران» for Iran
      const country = this.country(a + 1, reach);
      if (country >= 0) return { speaker: titled(country), head };
    }
    // a title before a place or body names a person: «أمين عام أوبك» is Badri, not OPEC
    const byTitle = this.byTitle(w, b, headAt);
    if (byTitle >= 0) return { speaker: titled(byTitle), head };
    const title = this.lex.titleWords.has(head) || this.lex.titleWords.has(headTok.folded);
    if (title && firstOther < 0) {
      const before = this.byHead(head);
      if (before?.entity) return { speaker: before, head };
    }
    // «الناطقة باسم الخارجية الإيرانية مرضية أفخم»: a title speaks for itself, not for the body it serves
    if (title && firstOther >= 0 && this.mentionAt[headAt] < 0) return { speaker: unnamed(), head };
    if (firstOther >= 0) return { speaker: this.named(firstOther), head };
    // «المعلم» for «وليد المعلم», «المنظمة» for «منظمة العفو الدولية»
    if (!title && !person) {
      const k = this.byNameHead(head, a);
      if (k >= 0) return { speaker: titled(k), head };
    }
    // «دول الخليج»: a phrase built on a name is still a subject, left unnamed
    if (strict && !title && !placeInside) return null;
    return { speaker: unnamed(), head };
  }

  /** the first token in [a, b) inside a mention of an entity of that type */
  private mentionOfType(a: number, b: number, type: string): number {
    for (let j = a; j < b; j++) if (this.mentionAt[j] >= 0 && this.entities[this.mentionAt[j]].type === type) return j;
    return -1;
  }

  /** the last token before a inside a mention of an entity of that type */
  private lastOfType(a: number, type: string): number {
    for (let j = a - 1; j >= 0; j--) if (this.mentionAt[j] >= 0 && this.entities[this.mentionAt[j]].type === type) return j;
    return -1;
  }

  private byHead(head: string): Speaker | null {
    for (let k = this.history.length - 1; k >= 0; k--) if (this.history[k].head === head) return this.history[k].speaker;
    return null;
  }

  private entitySpeaker(k: number): { entity: string; name: string } {
    return { entity: this.entities[k].id, name: this.entities[k].name };
  }

  /** the speaker for the mention over token j, its span the whole mention */
  private named(j: number): Speaker {
    const k = this.mentionAt[j];
    const tokens = this.layer.tokens;
    let a = j;
    let b = j;
    while (a > 0 && this.mentionAt[a - 1] === k && !tokens[a - 1].lineEnd) a--;
    while (b + 1 < tokens.length && this.mentionAt[b + 1] === k && !tokens[b].lineEnd) b++;
    const m = this.entities[k].mentions.find((x) => x.start < tokens[b].end && tokens[a].start < x.end);
    const start = m ? m.start : tokens[a].start;
    const end = m ? m.end : tokens[b].end;
    return { ...this.entitySpeaker(k), start, end, text: this.layer.text.slice(start, end) };
  }

  /** the entity mentioned last before token a among those whose name starts with `head` */
  private byNameHead(head: string, a: number): number {
    const candidates = this.nameHeads.get(head);
    if (!candidates) return -1;
    let best = -1;
    let bestLast = -1;
    for (const k of candidates) {
      for (const j of this.mentionTokens[k]) if (j < a && j > bestLast) {
        best = k;
        bestLast = j;
      }
    }
    return best;
  }

  /** a country named in tokens [a, b), by name or by its nationality adjective */
  private country(a: number, b: number): number {
    const tokens = this.layer.tokens;
    for (let j = a; j < b && j < a + 8; j++) {
      const k = this.mentionAt[j];
      if (k >= 0 && this.entities[k].type === 'LOC') return k;
      const t = tokens[j];
      if (k >= 0 || t.kind !== 'word') continue;
      for (const ending of this.lex.adjectiveEndings) {
        if (t.stem.endsWith(ending) || t.stem.endsWith(this.fold(ending))) {
          const root = t.stem.slice(0, t.stem.length - ending.length);
          const place = this.placeRoots.get(root);
          if (place !== undefined) return place;
        }
      }
    }
    return -1;
  }

  /**
   * A bare title («الرئيس الأوكراني»، «وزير الخارجية التركي»): the PERSON whose titles
   * share the head word and most other words; ties go to the one mentioned last before.
   */
  private byTitle(a: number, b: number, headAt: number): number {
    const tokens = this.layer.tokens;
    const head = tokens[headAt].stem;
    if (!this.lex.titleWords.has(head) && !this.lex.titleWords.has(tokens[headAt].folded)) return -1;
    const words: string[] = [];
    for (let j = a; j < b && words.length < 5; j++) if (tokens[j].kind === 'word' && !this.lex.definite.has(tokens[j].folded)) words.push(tokens[j].stem);
    let best = -1;
    let bestScore = 0;
    let bestLast = -1;
    // a headline or lead may name the title before the name: «OPEC PRESIDENT SAYS …»
    const ahead = this.lex.headlineTitles && tokens[a].sentence === 0 && !this.entities.some((e, k) => e.type === 'PERSON' && this.titleStems[k].has(head) && this.mentionTokens[k].length > 0 && this.mentionTokens[k][0] < a);
    this.entities.forEach((e, k) => {
      if (e.type !== 'PERSON' || !this.titleStems[k].has(head)) return;
      // «the prime minister» is not the deputy prime minister
      for (const q of this.lex.titleQualifiers) if (this.titleStems[k].has(q) && !words.includes(q)) return;
      let last = -1;
      for (const j of this.mentionTokens[k]) if (j < a) last = j;
      // named only later: the one named first ranks highest
      if (last < 0 && ahead && this.mentionTokens[k].length > 0) last = -this.mentionTokens[k][0];
      if (last < 0 && !ahead) return;
      let score = 0;
      for (const w of words) if (this.titleStems[k].has(w)) score++;
      if (score > bestScore || (score === bestScore && last > bestLast)) {
        best = k;
        bestScore = score;
        bestLast = last;
      }
    });
    // every word of a short title must fit; a longer one may differ in one word
    return best >= 0 && bestScore >= Math.min(words.length, Math.max(1, words.length - 1)) ? best : -1;
  }
}

function stripArticle(w: string): string {
  return w.startsWith('ال') && w.length > 3 ? w.slice(2) : w;
}
