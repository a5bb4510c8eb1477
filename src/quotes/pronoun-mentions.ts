// Pronoun mentions: a quote whose speaker is a pronoun tied to an entity ("…," she said →
// Louise Christian) gives that entity a mention of kind 'pronoun' (DESIGN.md: mentions
// include resolved title and pronoun references). Only the subjects of speech are resolved,
// so only `analyze` (entities with quotes) lists them; other pronouns are not guessed at.
import type { Entity, Quote } from '../core/types.js';

export function addPronounMentions(quotes: Quote[], entities: Entity[], isPronoun: (text: string) => boolean): void {
  const byId = new Map(entities.map((e) => [e.id, e]));
  const touched = new Set<Entity>();
  for (const q of quotes) {
    const s = q.speaker;
    const entity = s?.entity ? byId.get(s.entity) : undefined;
    if (!s || !entity || !isPronoun(s.text) || entity.mentions.some((m) => m.start === s.start)) continue;
    entity.mentions.push({ start: s.start, end: s.end, text: s.text, kind: 'pronoun' });
    touched.add(entity);
  }
  for (const e of touched) e.mentions.sort((a, b) => a.start - b.start);
}
