import { describe, expect, it } from 'vitest';
import { arabic } from '../../src/lang/ar/index.js';
import { formatSplit } from '../../src/lang/ar/clitics.js';

function best(word: string): string {
  const token = arabic.textLayer(word).tokens[0];
  return formatSplit(token.splits[0]);
}

describe('Arabic clitic readings', () => {
  it('splits conjunction and preposition off a known stem', () => {
    expect(best('وبروسيا')).toBe('و+ب+روسيا');
    expect(best('لرئيس')).toBe('ل+رئيس');
    expect(best('وقال')).toBe('و+قال');
  });
  it('keeps names and words whose first letter only looks like a clitic', () => {
    for (const word of ['بوتين', 'لوكاشينكو', 'كييف', 'فلاديمير', 'وزارة', 'وزارة']) {
      const token = arabic.textLayer(word).tokens[0];
      expect(token.splits[0].proclitics, word).toEqual([]);
      expect(token.stem, word).toBe(arabic.fold(word));
    }
  });
  it('reads the article, also after ل', () => {
    expect(best('للرئيس')).toBe('ل+ال+رئيس');
    expect(best('والرئيس')).toBe('و+ال+رئيس');
    expect(best('بالولايات')).toBe('ب+ال+ولايات');
  });
  it('restores taa marbuta before an enclitic pronoun', () => {
    expect(best('مدينتها')).toBe('مدينه+ها');
  });
  it('works on spelling variants: diacritics, tatweel, hamza, ى', () => {
    expect(best('وبِروسيـا')).toBe('و+ب+روسيا');
    expect(arabic.textLayer('الأوكرانى').tokens[0].stem).toBe('اوكراني');
  });
  it('offers the other readings too', () => {
    const splits = arabic.textLayer('بوتين').tokens[0].splits.map(formatSplit);
    expect(splits).toContain('ب+وتين');
  });
});
