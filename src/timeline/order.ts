// Chronological order of TIMEX3 values: values anchored in the calendar (2022-02-25,
// 2022-W08, 2024-Q3, 2022-02-27TMO, 1990s as 199) by the day they start on; the rest
// (durations, relative XXXX values, PAST_REF …) after them, in the order they came.

const SEASON_MONTH: Record<string, number> = { SP: 3, SU: 6, FA: 9, WI: 12 };

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** Monday of ISO week w of year y, as YYYY-MM-DD. */
function isoWeekStart(y: number, w: number): string {
  const jan4 = new Date(Date.UTC(y, 0, 4));
  const monday = new Date(jan4.getTime() - ((jan4.getUTCDay() + 6) % 7) * 86400000 + (w - 1) * 7 * 86400000);
  return `${monday.getUTCFullYear()}-${pad(monday.getUTCMonth() + 1)}-${pad(monday.getUTCDate())}`;
}

/** A sortable key (YYYY-MM-DDTHH:MM) for values anchored in the calendar, or undefined. */
export function anchorOf(value: string): string | undefined {
  let m = /^(\d{4})-W(\d{2})/.exec(value);
  if (m) return isoWeekStart(Number(m[1]), Number(m[2])) + 'T00:00';
  m = /^(\d{4})-(Q|H)(\d)/.exec(value);
  if (m) return `${m[1]}-${pad((Number(m[3]) - 1) * (m[2] === 'Q' ? 3 : 6) + 1)}-01T00:00`;
  m = /^(\d{4})-(SP|SU|FA|WI)/.exec(value);
  if (m) return `${m[1]}-${pad(SEASON_MONTH[m[2]])}-01T00:00`;
  m = /^(\d{2,3})$/.exec(value); // decade (199) or century (19)
  if (m) return `${m[1].padEnd(4, '0')}-00-00T00:00`;
  m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?(?:T(\d{2}):?(\d{2})?)?/.exec(value);
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
