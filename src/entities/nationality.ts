// Which entity rows are nationality words rather than names ("German", "Iraqis", "Communist"):
// the JSON keeps them as MISC rows (CoNLL's MISC includes them), the human entity table
// leaves them out. The words come from the language's nationalities.tsv and `common` list.
import type { Entity } from '../core/types.js';
import type { LanguagePack } from '../lang/pack.js';
import { entityLexicon } from './lexicon.js';

/** A MISC row whose every spelling is a nationality adjective or an ideology word. */
export function isNationalityEntity(entity: Entity, pack: LanguagePack): boolean {
  if (entity.type !== 'MISC') return false;
  const lex = entityLexicon(pack);
  const names = [entity.name, ...entity.variants];
  return names.every((n) => {
    const w = lex.fold(n).trim();
    const stem = lex.article && w.startsWith(lex.article) ? w.slice(lex.article.length) : w;
    return (lex.nationality.has(stem) && !lex.places.has(w)) || lex.common.has(w);
  });
}
