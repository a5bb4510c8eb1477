// A name found by the tagger: its output and the input of entity resolution.
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
