// A name found by the tagger: the input of entity resolution. Same shape as the tagger's
// own NameMention (src/entities/tagger.ts), kept here so resolution does not depend on it.
import type { EntityType } from '../core/types.js';

export interface NameMention {
  /** UTF-16 offsets into layer.text, end exclusive */
  start: number;
  end: number;
  type: EntityType;
  /** token range [first, last) */
  first: number;
  last: number;
}
