// The tag set of the name tagger: BIO over four name types, as integer label ids, and
// the conversions between label sequences and name spans (conlleval chunking).
import type { EntityType } from '../../core/types.js';

/** Corpus type names (ANERcorp/CoNLL) in label order; entity types of the Analysis beside them. */
export const NAME_TYPES = ['PERS', 'LOC', 'ORG', 'MISC'] as const;
export type NameType = (typeof NAME_TYPES)[number];
export const ENTITY_TYPE: Record<NameType, EntityType> = { PERS: 'PERSON', LOC: 'LOC', ORG: 'ORG', MISC: 'MISC' };

/** Label 0 is O; type t has B = 1 + 2t and I = 2 + 2t. */
export const LABELS: string[] = ['O', ...NAME_TYPES.flatMap((t) => [`B-${t}`, `I-${t}`])];
export const LABEL_COUNT = LABELS.length;
const LABEL_ID = new Map(LABELS.map((l, i) => [l, i]));
const TYPE_ALIASES: Record<string, NameType> = { PER: 'PERS', PERSON: 'PERS', GPE: 'LOC', MIS: 'MISC' };

/** Label id of a corpus tag ("B-PER", "I-LOC", "O"); unknown types become O. */
export function labelId(tag: string): number {
  const direct = LABEL_ID.get(tag);
  if (direct !== undefined) return direct;
  const dash = tag.indexOf('-');
  if (dash < 0) return 0;
  const type = TYPE_ALIASES[tag.slice(dash + 1)];
  return type ? (LABEL_ID.get(`${tag.slice(0, dash)}-${type}`) ?? 0) : 0;
}

export function isInside(label: number): boolean {
  return label > 0 && label % 2 === 0;
}

/** Type index (0..3) of a B or I label; -1 for O. */
export function typeOf(label: number): number {
  return label === 0 ? -1 : (label - 1) >> 1;
}

/** An I label may only follow B or I of its own type. */
export function allowedTransition(prev: number, next: number): boolean {
  return !isInside(next) || (prev !== 0 && typeOf(prev) === typeOf(next));
}

export interface LabelSpan {
  type: number;
  /** token range [first, last) */
  first: number;
  last: number;
}

/** conlleval chunks of a label sequence (an I after O or another type opens a chunk). */
export function spansOf(labels: ArrayLike<number>, from = 0, to = labels.length): LabelSpan[] {
  const out: LabelSpan[] = [];
  let open: LabelSpan | null = null;
  for (let i = from; i < to; i++) {
    const l = labels[i];
    const t = typeOf(l);
    if (open && (l === 0 || !isInside(l) || t !== open.type)) {
      open.last = i;
      out.push(open);
      open = null;
    }
    if (l !== 0 && !open) open = { type: t, first: i, last: i + 1 };
  }
  if (open) {
    open.last = to;
    out.push(open);
  }
  return out;
}

/** Makes a label sequence valid BIO: an I that cannot continue becomes a B. */
export function repairLabels(labels: number[]): number[] {
  for (let i = 0; i < labels.length; i++) {
    if (isInside(labels[i]) && !allowedTransition(i ? labels[i - 1] : 0, labels[i])) labels[i]--;
  }
  return labels;
}
