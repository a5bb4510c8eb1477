// Chronological order of TIMEX3 values across documents: values with a calendar anchor
// (2022-02-25, 2022-W08, 2022-02-27TMO) by their start; the rest (durations, relative
// XXXX values, PAST_REF) after them, in the order they came.

/** A sortable key for values anchored in the calendar, or undefined. */
export function anchorOf(value: string): string | undefined {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?(?:T(\d{2}):?(\d{2})?)?/.exec(value);
  if (!m) return undefined;
  return `${m[1]}-${m[2] ?? '00'}-${m[3] ?? '00'}T${m[4] ?? '00'}:${m[5] ?? '00'}`;
}

export function compareTimexValues(a: string, b: string): number {
  const ka = anchorOf(a);
  const kb = anchorOf(b);
  if (ka && kb) return ka < kb ? -1 : ka > kb ? 1 : 0;
  if (ka) return -1;
  if (kb) return 1;
  return 0;
}
