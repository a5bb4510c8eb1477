// Text for terminal table cells: combining marks and bidi controls are removed (table
// libraries count them as a column, terminals as none, so borders would not line up),
// line breaks become spaces. Arabic stays in logical order; JSON output keeps text as is.
const INVISIBLE = /[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u200b-\u200f\u202a-\u202e\u2066-\u2069\u061c\ufeff\u0300-\u036f]/g;

export function cellText(text: string): string {
  return text.replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
}

/** Cuts a text to at most `max` characters, with an ellipsis. */
export function truncate(text: string, max: number): string {
  return text.length <= max ? text : text.slice(0, Math.max(0, max - 1)) + '…';
}
