// The quote lexicon of a language, compiled once from its data files
// (src/lang/<code>/data/quotes/): every inflected form of every speech verb, generated
// from the lemma columns by the language's inflection patterns, plus the word sets the
// quote finder looks tokens up in. The finder itself knows no words.
import { existsSync } from 'node:fs';
import { dataPath, readDataJson, readDataText } from '../core/data-files.js';
import type { LangCode } from '../core/types.js';
import type { LanguagePack } from '../lang/pack.js';
import { entityLexicon } from '../entities/lexicon.js';

export type CueRole = 'say' | 'continue' | 'relay' | 'weak' | 'quoted';
export type CueForm = 'verb' | 'participle' | 'masdar';
/** m, f, n (a thing or body: «it»), '' unknown */
export type Gender = 'm' | 'f' | 'n' | '';

export interface CueEntry {
  lemma: string;
  role: CueRole;
  form: CueForm;
  gender: Gender;
  number: string;
  /** extra words that may introduce the content (a noun phrase after عن) */
  objects: ReadonlySet<string>;
}

interface Inflection {
  strip?: number;
  /** repeat the base's last letter before the suffix (admit → admitted) */
  double?: boolean;
  prefix?: string;
  suffix: string;
  gender?: Gender;
  number?: string;
}

interface LexiconFile {
  inflections: {
    past: Record<string, Inflection[]>;
    present: Record<string, Inflection[]>;
    /** one list for every class, or one list per class */
    participle: Inflection[] | Record<string, Inflection[]>;
    masdar: Inflection[] | Record<string, Inflection[]>;
  };
  /** 'verb-subject' (Arabic: قال الوزير) or 'subject-verb' (English: the minister said) */
  wordOrder?: 'verb-subject' | 'subject-verb';
  /** 'first' (Arabic: وزير الخارجية) or 'last' (English: the foreign minister) */
  phraseHead?: 'first' | 'last';
  /** determiners before a noun phrase's words (English: the, a); Arabic has its article as a clitic */
  determiners?: { definite: string[]; indefinite: string[] };
  /** subject pronouns and the gender they carry (he → m) */
  pronouns?: Record<string, Gender>;
  /** first-person subject pronouns (I, we): the narrator or the speaker's own side, never someone named before */
  firstPerson?: string[];
  /** possessive pronouns and the gender of their owner (her → f): «Her eyes met his» is about her */
  possessivePronouns?: Record<string, Gender>;
  /** words before a name that tell its gender (Mr → m, Mrs → f) */
  genderTitles?: Record<string, Gender>;
  /** source nouns that stand for a named work or body of one type (the book → MISC, the paper → ORG) */
  containerTypes?: Record<string, string>;
  /** a headline may give a title before the name comes (OPEC PRESIDENT SAYS …) */
  headlineTitles?: boolean;
  /** words that make a different role of a title (deputy, former): a title without them is not that role */
  titleQualifiers?: string[];
  /** relative pronouns that stand for the phrase before them (who, which) */
  relativePronouns?: string[];
  /** conjunctions that join noun phrases too (and, or): a name after one need not open a clause */
  coordinators?: string[];
  /** possessive markers after a name (Moazzam Begg's lawyer): the name is not the phrase's head */
  possessives?: string[];
  /** auxiliaries and modals that make a clause of the words they are in (should, was): no speaker phrase holds one */
  finiteVerbs?: string[];
  /** words that start a post-modifier after a phrase's head (one source *close to* Opec) */
  postModifiers?: string[];
  /** words after which a cue's form is a noun (the claims, Opec's report) */
  nounMarkers?: string[];
  /** relay markers that hold the source as a pronoun (عنه): the speaker is carried */
  relayPronouns?: string[];
  /** proclitics that make a title after the subject the addressee (لوزير الخارجية) */
  recipientProclitics?: string[];
  /** words skipped between an attribution word and its source (according *to*, حسب*ما*) */
  attributionFillers?: string[];
  /** cues that may take their content right after them, with no complementiser (he said the war …) */
  bareContent?: boolean;
  conjunctions: string[];
  masdarPrepositions: string[];
  complementiser: { bases: string[]; prefixes: string[]; pronouns: string[] };
  /** words that make a complementiser after them adverbial (before that, without that) */
  adverbialComplementisers?: { words: string[] };
  objectMarkers: string[];
  relayMarkers: string[];
  adjunctStarters: string[];
  timeWords: string[];
  personSources: string[];
  containerSources: string[];
  titleWords: string[];
  auxiliaries: string[];
  clauseConnectors: string[];
  clauseBreakers: string[];
  attributions: { words: string[] };
  colon: string[];
  sentenceEnds: string[];
  governmentWords: string[];
  nisba: { adjectiveEndings: string[]; placeEndings: string[] };
}

export interface QuoteLexicon {
  /** folded word form (no conjunction) → the cue readings it has */
  cues: Map<string, CueEntry[]>;
  conjunctions: ReadonlySet<string>;
  masdarPrepositions: ReadonlySet<string>;
  complementisers: ReadonlySet<string>;
  /** «قبل أن»، «دون أن»: the complementiser after these opens no reported content */
  adverbialBefore: ReadonlySet<string>;
  relayMarkers: ReadonlySet<string>;
  adjuncts: ReadonlySet<string>;
  personSources: ReadonlySet<string>;
  containerSources: ReadonlySet<string>;
  titleWords: ReadonlySet<string>;
  /** the role words of the language's titles (titles.tsv, head and part): «Oxfam senior policy
   *  adviser Max Lawson» is all one subject */
  roleWords: ReadonlySet<string>;
  auxiliaries: ReadonlySet<string>;
  connectors: ReadonlySet<string>;
  breakers: ReadonlySet<string>;
  attributions: ReadonlySet<string>;
  colons: ReadonlySet<string>;
  sentenceEnds: ReadonlySet<string>;
  governmentWords: ReadonlySet<string>;
  /** endings of nationality adjectives and of the place names they come from, longest first */
  adjectiveEndings: string[];
  placeEndings: string[];
  subjectFirst: boolean;
  headLast: boolean;
  definite: ReadonlySet<string>;
  indefinite: ReadonlySet<string>;
  pronouns: ReadonlyMap<string, Gender>;
  firstPerson: ReadonlySet<string>;
  possessivePronouns: ReadonlyMap<string, Gender>;
  genderTitles: ReadonlyMap<string, Gender>;
  attributionFillers: ReadonlySet<string>;
  relayPronouns: ReadonlySet<string>;
  nounMarkers: ReadonlySet<string>;
  postModifiers: ReadonlySet<string>;
  relativePronouns: ReadonlySet<string>;
  finiteVerbs: ReadonlySet<string>;
  possessives: ReadonlySet<string>;
  coordinators: ReadonlySet<string>;
  /** given name → the gender it tells (Louise → f), from given-names.tsv when the language has one */
  givenNames: ReadonlyMap<string, Gender>;
  titleQualifiers: string[];
  headlineTitles: boolean;
  containerTypes: ReadonlyMap<string, string>;
  recipientProclitics: string[];
  bareContent: boolean;
}

const cache = new Map<LangCode, QuoteLexicon | null>();

/** The compiled quote lexicon of a language, or null when the language has none. */
export function quoteLexicon(pack: LanguagePack): QuoteLexicon | null {
  if (cache.has(pack.code)) return cache.get(pack.code)!;
  const dir = `src/lang/${pack.code}/data/quotes`;
  const lexicon = existsSync(dataPath(`${dir}/lexicon.json`)) ? compile(pack, dir) : null;
  cache.set(pack.code, lexicon);
  return lexicon;
}

function inflect(base: string, rule: Inflection): string {
  let word = rule.strip ? base.slice(0, -rule.strip) : base;
  if (rule.double) word += word[word.length - 1];
  if (rule.prefix) word = rule.prefix + word.slice(1);
  return word + rule.suffix;
}

function byClass(rules: Inflection[] | Record<string, Inflection[]>, cls: string): Inflection[] {
  return Array.isArray(rules) ? rules : (rules[cls] ?? []);
}

function readGivenNames(file: string, fold: (w: string) => string): Map<string, Gender> {
  const names = new Map<string, Gender>();
  if (!existsSync(dataPath(file))) return names;
  for (const line of readDataText(file).split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    const [name, gender] = line.split('\t');
    names.set(fold(name), gender.trim() as Gender);
  }
  return names;
}

function compile(pack: LanguagePack, dir: string): QuoteLexicon {
  const fold = (w: string) => pack.fold(w.trim());
  const data = readDataJson<LexiconFile>(`${dir}/lexicon.json`);
  const set = (words: string[]) => new Set(words.map(fold).filter(Boolean));
  const cues = new Map<string, CueEntry[]>();
  const add = (form: string, entry: CueEntry) => {
    const list = cues.get(form);
    if (!list) cues.set(form, [entry]);
    else if (!list.some((e) => e.lemma === entry.lemma && e.form === entry.form && e.gender === entry.gender && e.number === entry.number)) list.push(entry);
  };
  for (const line of readDataText(`${dir}/speech-verbs.tsv`).split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    const [past, present, participle, masdar, cls, role, objects] = line.split('\t').map(fold);
    const lemma = past;
    const objectSet = new Set(objects && objects !== '-' ? objects.split(',').map(fold) : []);
    const entry = (form: CueForm, r: Inflection): CueEntry => ({ lemma, role: role as CueRole, form, gender: r.gender ?? '', number: r.number ?? '', objects: objectSet });
    for (const r of data.inflections.past[cls] ?? []) add(fold(inflect(past, r)), entry('verb', r));
    if (present && present !== '-') for (const r of data.inflections.present[cls] ?? []) add(fold(inflect(present, r)), entry('verb', r));
    if (participle && participle !== '-') for (const r of byClass(data.inflections.participle, cls)) add(fold(inflect(participle, r)), entry('participle', r));
    if (masdar && masdar !== '-') for (const r of byClass(data.inflections.masdar, cls)) add(fold(inflect(masdar, r)), entry('masdar', r));
  }
  const complementisers = new Set<string>();
  const c = data.complementiser;
  for (const base of c.bases) for (const p of c.prefixes) for (const e of c.pronouns) complementisers.add(fold(p + base + e));
  return {
    cues,
    conjunctions: set(data.conjunctions),
    masdarPrepositions: set(data.masdarPrepositions),
    complementisers,
    adverbialBefore: set(data.adverbialComplementisers?.words ?? []),
    relayMarkers: set(data.relayMarkers),
    adjuncts: new Set([...set(data.adjunctStarters), ...set(data.timeWords)]),
    personSources: set(data.personSources),
    containerSources: set(data.containerSources),
    titleWords: set(data.titleWords),
    roleWords: new Set([...entityLexicon(pack).titleWords].filter(([, cls]) => cls === 'head' || cls === 'part').map(([w]) => w)),
    auxiliaries: set(data.auxiliaries),
    connectors: set(data.clauseConnectors),
    breakers: set(data.clauseBreakers),
    attributions: set(data.attributions.words),
    colons: new Set(data.colon),
    sentenceEnds: new Set(data.sentenceEnds),
    governmentWords: set(data.governmentWords),
    adjectiveEndings: data.nisba.adjectiveEndings.map(fold).sort((x, y) => y.length - x.length),
    placeEndings: data.nisba.placeEndings.map((w) => (w ? fold(w) : '')).sort((x, y) => y.length - x.length),
    subjectFirst: data.wordOrder === 'subject-verb',
    headLast: data.phraseHead === 'last',
    definite: set(data.determiners?.definite ?? []),
    indefinite: set(data.determiners?.indefinite ?? []),
    pronouns: new Map(Object.entries(data.pronouns ?? {}).map(([w, g]) => [fold(w), g])),
    firstPerson: set(data.firstPerson ?? []),
    possessivePronouns: new Map(Object.entries(data.possessivePronouns ?? {}).map(([w, g]) => [fold(w), g])),
    genderTitles: new Map(Object.entries(data.genderTitles ?? {}).map(([w, g]) => [fold(w), g])),
    attributionFillers: set(data.attributionFillers ?? []),
    relayPronouns: set(data.relayPronouns ?? []),
    nounMarkers: set(data.nounMarkers ?? []),
    postModifiers: set(data.postModifiers ?? []),
    relativePronouns: set(data.relativePronouns ?? []),
    finiteVerbs: set(data.finiteVerbs ?? []),
    possessives: set(data.possessives ?? []),
    coordinators: set(data.coordinators ?? []),
    givenNames: readGivenNames(`${dir}/given-names.tsv`, fold),
    titleQualifiers: [...set(data.titleQualifiers ?? [])],
    headlineTitles: data.headlineTitles === true,
    containerTypes: new Map(Object.entries(data.containerTypes ?? {}).map(([w, t]) => [fold(w), t])),
    recipientProclitics: data.recipientProclitics ?? [],
    bareContent: data.bareContent === true,
  };
}
