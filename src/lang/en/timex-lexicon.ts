// The English time lexicon: src/lang/en/data/time/*.json compiled once into Maps and Sets
// (phrases indexed by their first word) for src/lang/en/timex.ts.
import { readDataJson } from '../../core/data-files.js';

interface WordsFile {
  months: Record<string, number>;
  ambiguousMonths: string[];
  weekdays: Record<string, number>;
  units: Record<string, string>;
  clockUnits: string[];
  relativeIsDuration: string[];
  singularNeedsNumber: string[];
  numbers: Record<string, number>;
  vagueQuantities: string[];
  rangeJoiners: string[];
  ordinals: Record<string, number>;
  seasons: Record<string, string>;
  partsOfDay: Record<string, string>;
  deicticDays: Record<string, { days: number; part?: string }>;
  vagueReferences: Record<string, string>;
  setAdverbs: Record<string, string>;
  setQuantifiers: string[];
  relatives: Record<string, number>;
  anaphoricRelatives: string[];
  spanModifiers: string[];
  halves: Record<string, string>;
  fiscal: string[];
  ago: string[];
  timeZones: string[];
}

interface ContextFile {
  futureCues: string[];
  futureSignals: string[];
  pastSignals: string[];
  pastCues: string[];
  reportingVerbs: string[];
  passiveAuxiliaries: string[];
  scheduleWords: string[];
  notPastEd: string[];
  nameContinuations: string[];
  possessiveMarkers: string[];
  numberTrapBefore: string[];
  numberTrapAfter: string[];
  ageWords: string[];
  durationSignals: string[];
  quantityWords: string[];
  setCues: string[];
  monthSignals: string[];
  monthNouns: string[];
  signalsOutsideSpan: string[];
  notTime: string[];
}

export interface TimeLexicon {
  months: Map<string, number>;
  ambiguousMonths: Set<string>;
  weekdays: Map<string, number>;
  units: Map<string, string>;
  clockUnits: Set<string>;
  relativeIsDuration: Set<string>;
  singularNeedsNumber: Set<string>;
  numbers: Map<string, number>;
  vagueQuantities: Set<string>;
  rangeJoiners: Set<string>;
  ordinals: Map<string, number>;
  seasons: Map<string, string>;
  partsOfDay: Map<string, string>;
  deicticDays: Map<string, { days: number; part?: string }>;
  vagueReferences: Map<string, string[][]>;
  vagueValue: Map<string, string>;
  setAdverbs: Map<string, string>;
  setQuantifiers: Set<string>;
  relatives: Map<string, number>;
  anaphoricRelatives: Set<string>;
  spanModifiers: Map<string, string[][]>;
  halves: Map<string, string>;
  fiscal: Set<string>;
  ago: Set<string>;
  timeZones: Set<string>;
  futureCues: Set<string>;
  futureSignals: Set<string>;
  pastSignals: Set<string>;
  pastCues: Set<string>;
  reportingVerbs: Set<string>;
  passiveAuxiliaries: Set<string>;
  scheduleWords: Set<string>;
  notPastEd: Set<string>;
  nameContinuations: Map<string, string[][]>;
  possessiveMarkers: Set<string>;
  numberTrapBefore: Set<string>;
  numberTrapAfter: Set<string>;
  ageWords: Set<string>;
  durationSignals: Set<string>;
  quantityWords: Set<string>;
  setCues: Set<string>;
  monthSignals: Set<string>;
  monthNouns: Set<string>;
  signalsOutsideSpan: Set<string>;
  notTime: Map<string, string[][]>;
}

/** Phrases ("the end of") indexed by their first word, so a look-up costs one Map get. */
function phrases(list: string[]): Map<string, string[][]> {
  const out = new Map<string, string[][]>();
  for (const p of list) {
    const words = p.split(' ');
    const bucket = out.get(words[0]) ?? [];
    bucket.push(words);
    out.set(words[0], bucket);
  }
  return out;
}

let cached: TimeLexicon | undefined;

export function timeLexicon(): TimeLexicon {
  if (cached) return cached;
  const w = readDataJson<WordsFile>('src/lang/en/data/time/words.json');
  const c = readDataJson<ContextFile>('src/lang/en/data/time/context.json');
  const map = <V>(o: Record<string, V>) => new Map(Object.entries(o));
  cached = {
    months: map(w.months),
    ambiguousMonths: new Set(w.ambiguousMonths),
    weekdays: map(w.weekdays),
    units: map(w.units),
    clockUnits: new Set(w.clockUnits),
    relativeIsDuration: new Set(w.relativeIsDuration),
    singularNeedsNumber: new Set(w.singularNeedsNumber),
    numbers: map(w.numbers),
    vagueQuantities: new Set(w.vagueQuantities),
    rangeJoiners: new Set(w.rangeJoiners),
    ordinals: map(w.ordinals),
    seasons: map(w.seasons),
    partsOfDay: map(w.partsOfDay),
    deicticDays: map(w.deicticDays),
    vagueReferences: phrases(Object.keys(w.vagueReferences)),
    vagueValue: map(w.vagueReferences),
    setAdverbs: map(w.setAdverbs),
    setQuantifiers: new Set(w.setQuantifiers),
    relatives: map(w.relatives),
    anaphoricRelatives: new Set(w.anaphoricRelatives),
    spanModifiers: phrases(w.spanModifiers),
    halves: map(w.halves),
    fiscal: new Set(w.fiscal),
    ago: new Set(w.ago),
    timeZones: new Set(w.timeZones),
    futureCues: new Set(c.futureCues),
    futureSignals: new Set(c.futureSignals),
    pastSignals: new Set(c.pastSignals),
    pastCues: new Set(c.pastCues),
    reportingVerbs: new Set(c.reportingVerbs),
    passiveAuxiliaries: new Set(c.passiveAuxiliaries),
    scheduleWords: new Set(c.scheduleWords),
    notPastEd: new Set(c.notPastEd),
    nameContinuations: phrases(c.nameContinuations),
    possessiveMarkers: new Set(c.possessiveMarkers),
    numberTrapBefore: new Set(c.numberTrapBefore),
    numberTrapAfter: new Set(c.numberTrapAfter),
    ageWords: new Set(c.ageWords),
    durationSignals: new Set(c.durationSignals),
    quantityWords: new Set(c.quantityWords),
    setCues: new Set(c.setCues),
    monthSignals: new Set(c.monthSignals),
    monthNouns: new Set(c.monthNouns),
    signalsOutsideSpan: new Set(c.signalsOutsideSpan),
    notTime: phrases(c.notTime),
  };
  return cached;
}
