// Arabic clitics: every way a word can split into proclitics (و ف، ب ل ك، س) + the
// article ال + stem + an enclitic pronoun, best reading first. The best reading is
// the one whose base form (article + stem) is most frequent as a word of its own in
// Arabic text, with a small cost per clitic; an unknown word keeps its stem whole, so
// «بوتين» and «لوكاشينكو» stay names while «وبروسيا» becomes و+ب+روسيا.
import type { CliticSplit } from '../../core/types.js';
import { wordFrequency } from './lexicon.js';

const CONJUNCTIONS = ['', 'و', 'ف'];
const PREPOSITIONS = ['', 'ب', 'ل', 'ك'];
const ENCLITICS = ['هما', 'كما', 'هم', 'هن', 'ها', 'كم', 'كن', 'نا', 'ه', 'ي'];
// log-frequency a reading pays per clitic: و/ف are almost always clitics, pronouns less often
const COST: Record<string, number> = { و: 0.5, ف: 0.6, ب: 0.8, ل: 0.8, ك: 1.0, enclitic: 1.0 };
const MIN_STEM = 2;

/** Base form used for look-ups: the stem with its article. */
export function baseForm(split: CliticSplit): string {
  return split.article ? 'ال' + split.stem : split.stem;
}

function withoutArticle(rest: string, proclitics: string[], enclitic: string, out: CliticSplit[]): void {
  if (rest.length >= MIN_STEM) out.push({ proclitics, article: false, stem: rest, enclitic });
  // ة turns into ت before a pronoun: مدينتها → مدينة + ها
  if (enclitic && rest.endsWith('ت') && rest.length > MIN_STEM) out.push({ proclitics, article: false, stem: rest.slice(0, -1) + 'ه', enclitic });
}

function readings(word: string): CliticSplit[] {
  const out: CliticSplit[] = [];
  for (const conj of CONJUNCTIONS) {
    if (conj && !word.startsWith(conj)) continue;
    const afterConj = word.slice(conj.length);
    for (const prep of PREPOSITIONS) {
      if (prep && !afterConj.startsWith(prep)) continue;
      const proclitics = conj && prep ? [conj, prep] : conj ? [conj] : prep ? [prep] : [];
      const rest = afterConj.slice(prep.length);
      // the article: ال, or ل after ل (للرئيس = ل + ال + رئيس)
      const articleLength = rest.startsWith('ال') && prep !== 'ل' ? 2 : prep === 'ل' && rest.startsWith('ل') ? 1 : 0;
      if (articleLength && rest.length - articleLength >= MIN_STEM) {
        out.push({ proclitics, article: true, stem: rest.slice(articleLength), enclitic: '' });
      }
      withoutArticle(rest, proclitics, '', out);
      for (const enclitic of ENCLITICS) {
        if (rest.length - enclitic.length >= MIN_STEM + 1 && rest.endsWith(enclitic)) {
          withoutArticle(rest.slice(0, -enclitic.length), proclitics, enclitic, out);
        }
      }
    }
  }
  return out;
}

function score(split: CliticSplit): number {
  let cost = split.enclitic ? COST.enclitic : 0;
  for (const p of split.proclitics) cost += COST[p];
  return Math.log1p(wordFrequency(baseForm(split))) - cost;
}

// News repeats its words: readings are computed once per distinct word (shared, never mutated)
const cache = new Map<string, CliticSplit[]>();
const CACHE_LIMIT = 200_000;

/** All readings of a folded Arabic word, the preferred one first. */
export function cliticSplits(folded: string): CliticSplit[] {
  let result = cache.get(folded);
  if (result === undefined) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    result = computeSplits(folded);
    cache.set(folded, result);
  }
  return result;
}

function computeSplits(folded: string): CliticSplit[] {
  const all = readings(folded);
  if (all.length <= 1) return all.length ? all : [{ proclitics: [], article: false, stem: folded, enclitic: '' }];
  const scored = all.map((split) => ({ split, score: score(split) }));
  // stable sort: on a tie the reading with fewer clitics (listed earlier) wins
  scored.sort((a, b) => b.score - a.score);
  return scored.map((s) => s.split);
}

/** A compact display of a reading: و+ب+روسيا, ال+رئيس, مدينه+ها */
export function formatSplit(split: CliticSplit): string {
  const parts = [...split.proclitics];
  parts.push(split.article ? 'ال+' + split.stem : split.stem);
  if (split.enclitic) parts.push(split.enclitic);
  return parts.join('+');
}
