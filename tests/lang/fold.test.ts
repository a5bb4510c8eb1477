import { describe, expect, it } from 'vitest';
import { foldArabic } from '../../src/lang/ar/fold.js';

describe('foldArabic', () => {
  it('unifies alef forms, alef maqsura and taa marbuta', () => {
    expect(foldArabic('أوكرانيا')).toBe('اوكرانيا');
    expect(foldArabic('إيران')).toBe('ايران');
    expect(foldArabic('آذار')).toBe('اذار');
    expect(foldArabic('ٱلله')).toBe('الله');
    expect(foldArabic('زيلينسكى')).toBe(foldArabic('زيلينسكي'));
    expect(foldArabic('وزارة')).toBe('وزاره');
  });
  it('drops diacritics, tatweel and bidi marks', () => {
    expect(foldArabic('مُمَثِّلُ')).toBe('ممثل');
    expect(foldArabic('المـــفاوضات')).toBe('المفاوضات');
    expect(foldArabic('\u200fروسيا\u200e')).toBe('روسيا');
  });
  it('turns Arabic-Indic and Persian digits into ASCII', () => {
    expect(foldArabic('٢٠٢٢')).toBe('2022');
    expect(foldArabic('۱۴۰۰')).toBe('1400');
    expect(foldArabic('٣٫٢')).toBe('3.2');
  });
  it('lower-cases Latin and leaves other text as it is', () => {
    expect(foldArabic('NATO')).toBe('nato');
    expect(foldArabic('kiev')).toBe('kiev');
  });
});
