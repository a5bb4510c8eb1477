// References to entities that are not names: a bare title («الرئيس الروسي», «رئيس أوكرانيا»)
// is resolved to the entity that title last named. The quotes stage calls resolveTitle()
// for speaker phrases; resolveEntities() uses the same rule to add `title` mentions.
import type { Entity, TextLayer } from '../core/types.js';
import { languagePack } from '../lang/detect.js';
import type { LanguagePack } from '../lang/pack.js';
import { entityLexicon, type EntityLexicon } from './lexicon.js';
import { titleKeyOfLayer } from './titles.js';

// stored titles are read once per spelling (bounded, so a long batch does not grow it forever)
const keyCache = new Map<string, string[]>();

function keyWords(text: string, pack: LanguagePack, lex: EntityLexicon): string[] {
  const id = pack.code + '\u0000' + text;
  let key = keyCache.get(id);
  if (!key) {
    if (keyCache.size > 20000) keyCache.clear();
    key = titleKeyOfLayer(pack.textLayer(text), lex);
    keyCache.set(id, key);
  }
  return key;
}

/** Every word of `part` occurs in `whole` (as many times). */
function within(part: string[], whole: string[]): boolean {
  const left = [...whole];
  for (const w of part) {
    const i = left.indexOf(w);
    if (i < 0) return false;
    left.splice(i, 1);
  }
  return true;
}

function lastMentionBefore(e: Entity, offset: number): number {
  let last = -1;
  for (const m of e.mentions) if (m.start < offset && m.start > last) last = m.start;
  return last;
}

/** Resolution on key words already computed (shared by resolveTitle and the bare-title pass). */
export function resolveTitleKey(phrase: string[], beforeOffset: number, entities: Entity[], pack: LanguagePack): Entity | null {
  if (!phrase.length) return null;
  const lex = entityLexicon(pack);
  const exact: Entity[] = [];
  const wider: Entity[] = [];
  for (const e of entities) {
    let best: 'exact' | 'wider' | null = null;
    for (const title of e.titles) {
      const t = keyWords(title, pack, lex);
      if (t[0] !== phrase[0] || !within(phrase, t)) continue;
      // «the prime minister» is not the «Deputy Prime Minister»
      if (t.some((w) => lex.distinct.has(w) && !phrase.includes(w))) continue;
      best = t.length === phrase.length ? 'exact' : best ?? 'wider';
      if (best === 'exact') break;
    }
    if (best === 'exact') exact.push(e);
    else if (best === 'wider') wider.push(e);
  }
  if (exact.length) {
    // the holder of this very title named last before the phrase; before any naming, only a sole holder
    let pick: Entity | null = null;
    let at = -1;
    for (const e of exact) {
      const m = lastMentionBefore(e, beforeOffset);
      if (m > at) [pick, at] = [e, m];
    }
    return pick ?? (exact.length === 1 ? exact[0] : null);
  }
  // a less specific title («الوزير») stands for its holder only when there is one
  return wider.length === 1 ? wider[0] : null;
}

/**
 * The entity a title phrase refers to, or null when none or several could be meant.
 * `phrase` is the title as written or folded («الرئيس الأوكرانى», «رئيس أوكرانيا», «الوزير»);
 * `beforeOffset` is where it stands (UTF-16, as in the layer): among the entities that hold
 * exactly this title, the one last mentioned before it wins; a more general title resolves
 * only to a single holder. Titles are compared by key, so a nationality adjective and its
 * country are the same word («الرئيس الأوكراني» = «رئيس أوكرانيا»).
 */
export function resolveTitle(phrase: string, beforeOffset: number, entities: Entity[], layer: TextLayer): Entity | null {
  const pack = languagePack(layer.lang);
  const lex = entityLexicon(pack);
  return resolveTitleKey(keyWords(phrase, pack, lex), beforeOffset, entities, pack);
}
