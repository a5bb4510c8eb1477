// Runs the timeline on a hand-made Arabic text and returns [text, value] pairs in text order.
import { arabic } from '../../src/lang/ar/index.js';
import { findTimeline } from '../../src/timeline/index.js';
import type { TimeExpression } from '../../src/core/types.js';

export function timeline(text: string, referenceDate: string | null = '2015-07-25') {
  return findTimeline(arabic.textLayer(text), arabic, referenceDate);
}

/** Expressions in text order, as "span=value". */
export function tags(text: string, referenceDate: string | null = '2015-07-25'): string[] {
  return [...timeline(text, referenceDate).expressions].sort((a, b) => a.start - b.start).map((e) => `${e.text}=${e.value}`);
}

export function only(text: string, referenceDate: string | null = '2015-07-25'): TimeExpression {
  const { expressions } = timeline(text, referenceDate);
  if (expressions.length !== 1) throw new Error(`expected one expression in «${text}», got ${expressions.map((e) => e.text).join(' | ')}`);
  return expressions[0];
}
