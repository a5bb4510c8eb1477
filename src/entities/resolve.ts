// Entity rows: name mentions merged into one row per real-world entity, with a canonical
// name, the spellings seen, the titles attached to the names, and later bare titles
// resolved to the entity they named (mentions of kind `title`). Language-neutral: the
// words (titles, nationalities, aliases, spelling rules) come from the language's data.
import type { Entity, EntityType, Mention, TextLayer } from '../core/types.js';
import type { LanguagePack } from '../lang/pack.js';
import { entityLexicon, type EntityLexicon } from './lexicon.js';
import { mergeForms } from './merge.js';
import { isDefiniteNationality, nameForm, type NameForm } from './name-forms.js';
import type { NameMention } from './name-mention.js';
import { resolveTitle } from './references.js';
import { settleTypes } from './type-vote.js';
import { counterpartTitle, makePhrase, runForward, titleAfter, titleBefore, unitsForward, type NameIndex, type TitlePhrase } from './titles.js';

interface Row {
  forms: NameForm[];
  titles: Map<string, string>;
}

function canonical(forms: NameForm[], lex: EntityLexicon): string {
  // the usual name of an alias group when the text uses it («إيران», not «الجمهورية الإسلامية»);
  // otherwise the fullest spelling: most words, then most frequent, then first seen
  const usual = forms.filter((f) => lex.aliasHeads.has(f.key.replaceAll(' ', '')));
  const pool = usual.length ? usual : forms;
  const count = new Map<string, number>();
  for (const f of pool) count.set(f.display, (count.get(f.display) ?? 0) + 1);
  let best = pool[0];
  for (const f of pool) {
    const d = f.words.length - best.words.length || count.get(f.display)! - count.get(best.display)!;
    if (d > 0) best = f;
  }
  return best.display;
}

function majorityType(forms: NameForm[]): EntityType {
  const count = new Map<EntityType, number>();
  let best = forms[0].mention.type;
  for (const f of forms) {
    const c = (count.get(f.mention.type) ?? 0) + 1;
    count.set(f.mention.type, c);
    if (c > count.get(best)!) best = f.mention.type;
  }
  return best;
}

/** A nationality word or an ideology standing alone («German», «Iraqis», «Communist») names no
 *  person, place or organisation, whatever the tagger made of it; a person's name is left alone
 *  (Bill English). Tagged MISC it stays a MISC row (CoNLL's MISC includes such words), which the
 *  human entity table leaves out (isNationalityEntity). */
function notAName(f: NameForm, lex: EntityLexicon, layer: TextLayer): boolean {
  if (f.words.length !== 1 || (f.mention.type === 'MISC' && lex.miscNationality)) return false;
  // «الرئيس الأوكراني»: the definite adjective after a title is no person, whatever the tagger says
  if (f.mention.type === 'PERSON') return f.mention.last - f.mention.first === 1 && isDefiniteNationality(layer.tokens[f.mention.first], lex);
  const w = f.words[0];
  const stem = lex.article && w.startsWith(lex.article) ? w.slice(lex.article.length) : w;
  // «السعودية» is a place, though it reads as a nationality adjective too
  return (lex.nationality.has(stem) && !lex.places.has(w)) || lex.common.has(w);
}

/**
 * A short form of a row's full name whose neighbours before it are the full name's words before
 * it is that longer part of the name: «وقال "ولد الشيخ أحمد"» beside «إسماعيل ولد الشيخ أحمد»
 * is «ولد الشيخ أحمد», not «أحمد» with the title «الشيخ».
 */
function extendShortForms(layer: TextLayer, forms: NameForm[], rows: Map<number, Row>, cluster: number[], lex: EntityLexicon, known: Set<string>, ends: Set<string>): void {
  const tokens = layer.tokens;
  const taken = new Set<number>();
  for (const f of forms) for (let t = f.mention.first; t < f.mention.last; t++) taken.add(t);
  // each row's fullest form, found once (a long text repeats its names)
  const fullest = new Map<Row, NameForm>();
  for (const row of rows.values()) {
    let full = row.forms[0];
    for (const g of row.forms) if (g.words.length > full.words.length) full = g;
    fullest.set(row, full);
  }
  forms.forEach((f, i) => {
    const row = rows.get(cluster[i])!;
    const full = fullest.get(row)!;
    const n = f.words.length;
    const m = full.words.length;
    if (n >= m || f.words.join(' ') !== full.words.slice(m - n).join(' ')) return;
    let first = f.mention.first;
    let k = m - n - 1;
    const sentence = tokens[first].sentence;
    while (k >= 0 && first > 0 && !taken.has(first - 1) && tokens[first - 1].sentence === sentence && tokens[first - 1].folded === full.words[k]) {
      first--;
      k--;
    }
    if (first === f.mention.first) return;
    const mention = { ...f.mention, first, start: tokens[first].start };
    const longer = nameForm(layer, mention, lex, known, ends);
    if (longer.words.length <= n) return;
    forms[i] = longer;
    row.forms[row.forms.indexOf(f)] = longer;
    for (let t = first; t < f.mention.first; t++) taken.add(t);
  });
}

export function resolveEntities(layer: TextLayer, names: NameMention[], pack: LanguagePack): Entity[] {
  const lex = entityLexicon(pack);
  const sorted = [...names].sort((a, b) => a.start - b.start || b.end - a.end);
  // a first reading gives the document's name words, which decide the clitics of the second
  const known = new Set<string>();
  const ends = new Set<string>();
  for (const m of sorted) {
    const { words } = nameForm(layer, m, lex);
    for (const w of words) known.add(w);
    if (words.length) ends.add(words[words.length - 1]);
  }
  const read = sorted.map((m) => nameForm(layer, m, lex, known, ends)).filter((f) => f.words.length > 0 && !notAName(f, lex, layer));
  const forms = settleTypes(layer, read, lex);
  const cluster = mergeForms(forms, lex, layer);

  const rows = new Map<number, Row>();
  forms.forEach((f, i) => {
    let row = rows.get(cluster[i]);
    if (!row) rows.set(cluster[i], (row = { forms: [], titles: new Map() }));
    row.forms.push(f);
  });
  extendShortForms(layer, forms, rows, cluster, lex, known, ends);

  // token → name covering it (the first, longest one where names nest)
  const index: NameIndex = new Map();
  for (const f of forms) for (let t = f.mention.first; t < f.mention.last; t++) if (!index.has(t)) index.set(t, f);

  // titles standing before or after a person's name
  const covered = new Set<number>();
  const lastTitleInSentence = new Map<number, { row: Row; phrase: TitlePhrase }>();
  // a row's type, counted once per row (not once per mention: long documents repeat names)
  const rowType = new Map<Row, EntityType>();
  for (const row of rows.values()) rowType.set(row, majorityType(row.forms));
  forms.forEach((f, i) => {
    const row = rows.get(cluster[i])!;
    if (rowType.get(row) !== 'PERSON') return;
    const sentence = layer.tokens[f.mention.first].sentence;
    for (let phrase of [titleBefore(layer, f, index, lex), titleAfter(layer, f, index, lex)]) {
      if (!phrase) continue;
      for (let t = phrase.first; t < phrase.last; t++) covered.add(t);
      if (phrase.units.some((u) => u.cls === 'counterpart')) {
        const antecedent = lastTitleInSentence.get(sentence);
        if (!antecedent || antecedent.row === row) continue;
        phrase = counterpartTitle(layer, phrase, antecedent.phrase, lex);
      }
      // one title per spelling («رئيس بيلاروسيا» and «الرئيس البيلاروسي» both stay)
      const folded = lex.fold(phrase.display);
      if (!row.titles.has(folded)) row.titles.set(folded, phrase.display);
      lastTitleInSentence.set(sentence, { row, phrase });
    }
  });

  const entities: Entity[] = [];
  for (const row of [...rows.values()].sort((a, b) => a.forms[0].mention.start - b.forms[0].mention.start)) {
    const variants: string[] = [];
    for (const f of row.forms) if (!variants.includes(f.display)) variants.push(f.display);
    const mentions: Mention[] = row.forms.map((f) => ({ start: f.mention.start, end: f.mention.end, text: layer.text.slice(f.mention.start, f.mention.end), kind: 'name' }));
    entities.push({ id: `e${entities.length + 1}`, type: rowType.get(row)!, name: canonical(row.forms, lex), variants, titles: [...row.titles.values()], mentions });
  }

  // bare titles («وأضاف الرئيس الأوكراني») resolved to the entity that title last named
  const attached = new Set(covered);
  for (const f of forms) for (let t = f.mention.first; t < f.mention.last; t++) covered.add(t);
  for (let i = 0; i < layer.tokens.length; i++) {
    if (lex.premodified) {
      // «the prime minister», «the Opec President»: a determiner, then a title with a head
      if (covered.has(i) || !lex.determiners.has(layer.tokens[i].folded) || attached.has(i + 1)) continue;
      const run = runForward(layer, i + 1, index, lex);
      if (!run.length) continue;
      const phrase = makePhrase(layer, run, lex);
      const entity = resolveTitle(phrase.display, phrase.start, entities, layer);
      if (entity) entity.mentions.push({ start: phrase.start, end: phrase.end, text: layer.text.slice(phrase.start, phrase.end), kind: 'title' });
      i = phrase.last - 1;
      continue;
    }
    if (covered.has(i)) continue;
    const units = unitsForward(layer, i, index, lex);
    if (units.length < 2 || units[0].cls !== 'head') continue;
    const phrase = makePhrase(layer, units, lex);
    const entity = resolveTitle(phrase.display, phrase.start, entities, layer);
    if (entity) entity.mentions.push({ start: phrase.start, end: phrase.end, text: layer.text.slice(phrase.start, phrase.end), kind: 'title' });
    i = phrase.last - 1;
  }
  for (const e of entities) e.mentions.sort((a, b) => a.start - b.start);
  return entities;
}
