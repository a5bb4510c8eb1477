// Arabic folding: the matching form of a word. Spans keep the original text; lexicon
// look-ups and comparisons use this form only (DESIGN.md, "Contracts").

// One table from UTF-16 code unit to its folded replacement ('' deletes it). Built once.
const FOLD = new Map<number, string>();

function range(from: number, to: number, value: string | ((c: number) => string)): void {
  for (let c = from; c <= to; c++) FOLD.set(c, typeof value === 'string' ? value : value(c));
}

range(0x064b, 0x065f, ''); // harakat, tanwin, shadda, sukun, hamza marks
range(0x0610, 0x061a, ''); // Quranic signs
range(0x06d6, 0x06ed, ''); // Quranic annotation marks
FOLD.set(0x0670, ''); // superscript alef
FOLD.set(0x0640, ''); // tatweel
for (const c of [0x200b, 0x200c, 0x200d, 0x200e, 0x200f, 0x061c, 0xfeff]) FOLD.set(c, ''); // zero-width and bidi marks
range(0x202a, 0x202e, '');
range(0x2066, 0x2069, '');
for (const c of [0x0623, 0x0625, 0x0622, 0x0671, 0x0672, 0x0673]) FOLD.set(c, '\u0627'); // أ إ آ ٱ → ا
FOLD.set(0x0649, '\u064a'); // ى → ي
FOLD.set(0x06cc, '\u064a'); // Persian yeh → ي
FOLD.set(0x06d2, '\u064a'); // yeh barree → ي
FOLD.set(0x0629, '\u0647'); // ة → ه
FOLD.set(0x06c0, '\u0647'); // heh with yeh above → ه
FOLD.set(0x06a9, '\u0643'); // keheh → ك
range(0x0660, 0x0669, (c) => String.fromCharCode(c - 0x0660 + 48)); // Arabic-Indic digits
range(0x06f0, 0x06f9, (c) => String.fromCharCode(c - 0x06f0 + 48)); // Persian digits
FOLD.set(0x066b, '.'); // Arabic decimal separator
FOLD.set(0x066c, ','); // Arabic thousands separator

/** Folds Arabic letters, digits and marks; Latin letters are lower-cased. */
export function foldArabic(text: string): string {
  let out = '';
  let changed = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const rep = FOLD.get(c);
    if (rep !== undefined) {
      if (!changed) {
        out = text.slice(0, i);
        changed = true;
      }
      out += rep;
    } else if (c >= 65 && c <= 90) {
      if (!changed) {
        out = text.slice(0, i);
        changed = true;
      }
      out += String.fromCharCode(c + 32);
    } else if (changed) {
      out += text[i];
    }
  }
  return changed ? out : text;
}

/** True for code units that fold away entirely (marks, tatweel, bidi controls). */
export function isFoldedAway(code: number): boolean {
  return FOLD.get(code) === '';
}

/** Arabic letter (not a mark or digit). */
export function isArabicLetter(code: number): boolean {
  return (
    (code >= 0x0621 && code <= 0x064a) ||
    (code >= 0x066e && code <= 0x066f) ||
    (code >= 0x0671 && code <= 0x06d3) ||
    code === 0x06d5 ||
    (code >= 0x06fa && code <= 0x06fc) ||
    (code >= 0x0750 && code <= 0x077f) ||
    (code >= 0x08a0 && code <= 0x08ff) ||
    (code >= 0xfb50 && code <= 0xfdff) ||
    (code >= 0xfe70 && code <= 0xfefc)
  );
}

/** Marks that live inside an Arabic word: harakat, Quranic marks, tatweel. */
export function isArabicMark(code: number): boolean {
  return (
    (code >= 0x064b && code <= 0x065f) ||
    code === 0x0670 ||
    code === 0x0640 ||
    (code >= 0x0610 && code <= 0x061a) ||
    (code >= 0x06d6 && code <= 0x06ed)
  );
}
