// Merging name mentions into entities. Distinct names are merged when they are one name
// written differently (folded, loose or transliteration-tolerant match of every word; an
// alias listed in the language's data) and then when a shorter name is part of exactly one
// longer one: a surname or «first … last» for persons, a contiguous part for organisations.
// A first name alone merges only into the one full name that starts with it (three men called
// فلاديمير stay three rows); a surname shared by several full names («Blair» of Tony and Cherie
// Blair) goes, mention by mention, to the one named last before it. An acronym in capitals
// joins the one longer name whose initials it spells (IMF), and a name glossed in brackets
// right after another («Sberbank (Savings Bank)», «National Security Council (NSC)») is that name.
import type { EntityType, TextLayer } from '../core/types.js';
import type { EntityLexicon } from './lexicon.js';
import { looseWord, matchWords, singularGroup, skeleton, type NameForm } from './name-forms.js';

interface Name {
  key: string;
  words: string[];
  forms: number[];
  type: EntityType;
}

class UnionFind {
  private parent: number[];
  constructor(n: number) {
    this.parent = Array.from({ length: n }, (_, i) => i);
  }
  find(i: number): number {
    while (this.parent[i] !== i) i = this.parent[i] = this.parent[this.parent[i]];
    return i;
  }
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    // the root is the earlier name, so a cluster is known by its first mention
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}

function majorityType(types: EntityType[]): EntityType {
  const count = new Map<EntityType, number>();
  let best = types[0];
  for (const t of types) {
    const c = (count.get(t) ?? 0) + 1;
    count.set(t, c);
    if (c > (count.get(best) ?? 0)) best = t;
  }
  return best;
}

/** Every word agrees, and for several words at least one agrees without transliteration tolerance. */
function sameName(a: string[], b: string[], lex: EntityLexicon): boolean {
  if (a.length !== b.length) return false;
  let exact = 0;
  for (let i = 0; i < a.length; i++) {
    // the other words agreeing, a short skeleton is enough («جاويش» = «تشاووش»)
    const m = matchWords(a[i], b[i], lex, a.length > 1 ? 2 : 3);
    if (m === 'none') return false;
    if (m === 'loose') exact++;
  }
  return exact > 0 || (a.length === 1 && skeleton(a[0], lex).length >= 4);
}

function wordsAgree(a: string, b: string, lex: EntityLexicon): boolean {
  return matchWords(a, b, lex) !== 'none';
}

/** Is `short` a part of `long` that names the same entity, by the rule for its type? */
function partOf(short: string[], long: string[], type: EntityType, lex: EntityLexicon): boolean {
  const n = short.length;
  const m = long.length;
  if (n >= m || short.every((w) => lex.particles.has(w))) return false;
  if (type === 'PERSON') {
    // a surname: the last words («زيلينسكي», «داود أوغلو», «ولد الشيخ أحمد»)
    let suffix = true;
    for (let i = 1; i <= n && suffix; i++) suffix = wordsAgree(short[n - i], long[m - i], lex);
    if (suffix) return true;
    // first and last with the middle left out («خالد العطية» in «خالد بن محمد العطية»)
    if (n < 2 || !wordsAgree(short[0], long[0], lex) || !wordsAgree(short[n - 1], long[m - 1], lex)) return false;
    let j = 1;
    for (let i = 1; i < n - 1; i++) {
      while (j < m - 1 && !wordsAgree(short[i], long[j], lex)) j++;
      if (j >= m - 1) return false;
      j++;
    }
    return true;
  }
  // the name without classifier nouns at its end: «Labour» in «Labour Party», «Guantanamo» in
  // «Guantanamo Bay» (an organisation only needs its last word to be one: «Baikal Finance Group»)
  if (lex.classifiers.has(long[m - 1])) {
    let prefix = true;
    for (let i = 0; i < n && prefix; i++) prefix = wordsAgree(short[i], long[i], lex);
    let rest = true;
    for (let i = n; i < m && rest; i++) rest = lex.classifiers.has(long[i]);
    if (prefix && (rest || type !== 'LOC')) return true;
  }
  if (type === 'ORG' || type === 'MISC') {
    // a contiguous part: «مجلس التعاون», «التعاون الخليجي»; one word only after a classifier
    // noun («الكردستاني» in «حزب العمال الكردستاني», not «الكونغرس» in «مكتبة الكونغرس»)
    if (n === 1 && !lex.classifiers.has(long[0])) return false;
    for (let s = 0; s + n <= m; s++) {
      if (n === 1 && s === 0) continue;
      let ok = true;
      for (let i = 0; i < n && ok; i++) ok = wordsAgree(short[i], long[s + i], lex);
      if (ok) return true;
    }
  }
  // places: «كوريا» is not «كوريا الشمالية», «السودان» is not «جنوب السودان»
  return false;
}

/** A single word written in capitals («IMF», «NSC»), folded; null for anything else. */
function acronymOf(forms: NameForm[], ids: number[]): string | null {
  for (const i of ids) {
    const d = forms[i].display.replaceAll('.', '');
    if (d.length >= 2 && d.length <= 6 && !d.includes(' ') && d === d.toUpperCase() && d !== d.toLowerCase()) return d.toLowerCase();
  }
  return null;
}

/** The initials of a name of several words, particles left out («General Agreement on Tariffs and Trade» → gatt). */
function initials(words: string[], lex: EntityLexicon): string {
  let out = '';
  for (const w of words) if (!lex.particles.has(w)) out += w[0];
  return out;
}

/** Assigns each form a cluster number; forms of one entity share it. */
export function mergeForms(forms: NameForm[], lex: EntityLexicon, layer?: TextLayer): number[] {
  // distinct names, in order of first mention
  const byKey = new Map<string, number>();
  const names: Name[] = [];
  const types: EntityType[][] = [];
  forms.forEach((f, i) => {
    let n = byKey.get(f.key);
    if (n === undefined) {
      n = names.length;
      byKey.set(f.key, n);
      names.push({ key: f.key, words: f.words, forms: [], type: f.mention.type });
      types.push([]);
    }
    names[n].forms.push(i);
    types[n].push(f.mention.type);
  });
  names.forEach((n, i) => (n.type = majorityType(types[i])));
  const uf = new UnionFind(names.length);

  // 1. the same name up to safe rewrites, the same alias group, the same nisba group
  const byLoose = new Map<string, number>();
  const byAlias = new Map<number, number>();
  names.forEach((n, i) => {
    const loose = n.words.map((w) => looseWord(w, lex));
    if (n.type !== 'PERSON' && loose.length) loose[loose.length - 1] = singularGroup(loose[loose.length - 1], lex);
    const lk = loose.join(' ');
    const seen = byLoose.get(lk);
    if (seen === undefined) byLoose.set(lk, i);
    else uf.union(seen, i);
    const alias = lex.aliases.get(n.key.replaceAll(' ', '')) ?? lex.aliases.get(lk.replaceAll(' ', ''));
    if (alias !== undefined) {
      const first = byAlias.get(alias);
      if (first === undefined) byAlias.set(alias, i);
      else uf.union(first, i);
    }
  });

  // 2. transliteration variants: names of the same type bucketed by the skeleton of their last word
  const buckets = new Map<string, number[]>();
  names.forEach((n, i) => {
    if (!n.words.length) return;
    const b = n.type + '|' + n.words.length + '|' + skeleton(n.words[n.words.length - 1], lex);
    const list = buckets.get(b);
    if (list) list.push(i);
    else buckets.set(b, [i]);
  });
  for (const list of buckets.values()) {
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        if (uf.find(list[x]) !== uf.find(list[y]) && sameName(names[list[x]].words, names[list[y]].words, lex)) uf.union(list[x], list[y]);
      }
    }
  }

  // an acronym joins the one longer name of its type whose initials it spells
  const byInitials = new Map<string, number[]>();
  names.forEach((n, i) => {
    if (n.words.length < 2) return;
    const k = n.type + '|' + initials(n.words, lex);
    const list = byInitials.get(k);
    if (list) list.push(i);
    else byInitials.set(k, [i]);
  });
  names.forEach((n, i) => {
    if (n.words.length !== 1) return;
    const acronym = acronymOf(forms, n.forms);
    if (!acronym) return;
    const clusters = new Set((byInitials.get(n.type + '|' + acronym) ?? []).map((l) => uf.find(l)));
    if (clusters.size === 1) uf.union(i, [...clusters][0]);
  });
  // a name glossed in brackets right after another of the same type
  if (layer) {
    const nameOf = new Array<number>(forms.length);
    names.forEach((n, i) => n.forms.forEach((f) => (nameOf[f] = i)));
    const byFirst = new Map<number, number>();
    forms.forEach((f, i) => byFirst.set(f.mention.first, i));
    forms.forEach((f, i) => {
      const open = layer.tokens[f.mention.last];
      const j = byFirst.get(f.mention.last + 1);
      if (!open || open.text !== '(' || j === undefined) return;
      const close = layer.tokens[forms[j].mention.last];
      if (close?.text === ')' && names[nameOf[i]].type === names[nameOf[j]].type) uf.union(nameOf[i], nameOf[j]);
    });
  }

  // 3. a shorter name joins the one longer name it is part of; longest first, so «داود أوغلو»
  // settles into «أحمد داود أوغلو» before «أوغلو» is looked at. Candidates come from an index
  // of each word's skeleton, so only names sharing a word are compared.
  // organisation and group names compare in the singular («Liberals» in «Liberal Party»)
  const words = names.map((n) => (n.type !== 'PERSON' && n.words.length ? [...n.words.slice(0, -1), singularGroup(looseWord(n.words[n.words.length - 1], lex), lex)] : n.words));
  const byWord = new Map<string, number[]>();
  words.forEach((ws, i) => {
    for (const w of new Set(ws.map((w) => skeleton(w, lex)))) {
      const list = byWord.get(w);
      if (list) list.push(i);
      else byWord.set(w, [i]);
    }
  });
  // a first name that follows a title or honorific is a name of its own («Prince Charles»)
  const titled = new Set<number>();
  if (layer) {
    names.forEach((n, i) => {
      for (const f of n.forms) {
        const before = layer.tokens[forms[f].mention.first - 1];
        const cls = before && (lex.titleWords.get(before.folded) ?? lex.titleWords.get(before.stem));
        if (cls === 'head' || cls === 'honorific') titled.add(i);
      }
    });
  }
  const ambiguous: Array<[number, number[]]> = [];
  const order = names.map((_, i) => i).sort((a, b) => names[b].words.length - names[a].words.length);
  for (const s of order) {
    const short = names[s];
    const sw = words[s];
    if (!sw.length) continue;
    const clusters = new Set<number>();
    const longs: number[] = [];
    const consider = (l: number) => {
      const long = names[l];
      if (long.type === short.type && uf.find(l) !== uf.find(s) && partOf(sw, words[l], short.type, lex)) {
        clusters.add(uf.find(l));
        longs.push(l);
      }
    };
    for (const l of byWord.get(skeleton(sw[sw.length - 1], lex)) ?? []) consider(l);
    // for organisations the head word may be what is shared («مجلس التعاون» in «مجلس التعاون الخليجي»)
    if (short.type !== 'PERSON' && sw.length > 1) for (const l of byWord.get(skeleton(sw[0], lex)) ?? []) consider(l);
    // a first name alone: the one full name that starts with it, if no name ends with it
    if (!clusters.size && short.type === 'PERSON' && sw.length === 1 && !titled.has(s)) {
      const firsts = new Set<number>();
      for (const l of byWord.get(skeleton(sw[0], lex)) ?? []) {
        const long = names[l];
        if (long.type !== 'PERSON' || long.words.length < 2 || uf.find(l) === uf.find(s)) continue;
        if (wordsAgree(sw[0], long.words[0], lex)) firsts.add(uf.find(l));
        else firsts.add(-1);
      }
      if (firsts.size === 1 && !firsts.has(-1)) uf.union(s, [...firsts][0]);
    }
    if (clusters.size === 1) uf.union(s, [...clusters][0]);
    else if (clusters.size > 1 && short.type === 'PERSON') ambiguous.push([s, longs]);
  }

  const cluster = new Array<number>(forms.length);
  names.forEach((n, i) => {
    for (const f of n.forms) cluster[f] = uf.find(i);
  });
  // a surname of several people: each mention goes to the one named most often before it
  // (ties: the one named first), or with none named before, to the first named after it
  // («Mr Begg» after «Moazzam Begg» and his father «Azmat Begg»)
  if (ambiguous.length) {
    const open = new Set(ambiguous.map(([s]) => uf.find(s)));
    const starts = new Map<number, number[]>();
    forms.forEach((f, i) => {
      if (open.has(cluster[i])) return;
      const list = starts.get(cluster[i]);
      if (list) list.push(f.mention.start);
      else starts.set(cluster[i], [f.mention.start]);
    });
    for (const [s, longs] of ambiguous) {
      const roots = [...new Set(longs.map((l) => uf.find(l)))];
      for (const f of names[s].forms) {
        const at = forms[f].mention.start;
        let pick = -1;
        let best = [0, Infinity];
        let after = -1;
        let firstAfter = Infinity;
        for (const r of roots) {
          const ps = starts.get(r) ?? [];
          const before = ps.filter((p) => p < at);
          const earliest = Math.min(...ps);
          if (before.length > best[0] || (before.length === best[0] && before.length > 0 && earliest < best[1])) [pick, best] = [r, [before.length, earliest]];
          if (!before.length && earliest < firstAfter) [after, firstAfter] = [r, earliest];
        }
        if (pick < 0) pick = after;
        if (pick >= 0) cluster[f] = pick;
      }
    }
  }
  return cluster;
}
