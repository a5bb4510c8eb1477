// «منذ» + a count: 'ago' (a date) after a completed event, 'for/since' (a duration) after an ongoing
// state, a present, negated or continuing verb. Hand-made sentences with spelling variation
// (ى/ي, ة/ه, أ/ا, diacritics, attached و/ف/ب/ل). Reference: Saturday 2015-07-25.
import { describe, expect, it } from 'vitest';
import { tags } from './helpers.js';

describe('«منذ» after a completed event is a date back from the reference', () => {
  it('past verbs of any person, with و/ف and object pronouns', () => {
    expect(tags('وصل الوفد منذ ثلاثة أيام')).toEqual(['منذ ثلاثة أيام=2015-07-22']);
    expect(tags('ووصلت الوفود إلى القاهرة منذ يومين')).toEqual(['منذ يومين=2015-07-23']);
    expect(tags('التقيت به منذ شهرين')).toEqual(['منذ شهرين=2015-05']);
    expect(tags('فالتقينا منذ شهر')).toEqual(['منذ شهر=2015-06']);
    expect(tags('واعتقلته الشرطة منذ أسبوعين')).toEqual(['منذ أسبوعين=2015-W28']);
    expect(tags('وزاره الوزير منذ يومين')).toEqual(['منذ يومين=2015-07-23']);
  });
  it('hollow and defective verbs, diacritics and the مند spelling', () => {
    expect(tags('عُدْتُ منذ عامين')).toEqual(['منذ عامين=2013']);
    expect(tags('وعاد الى بلاده مند عامين')).toEqual(['مند عامين=2013']);
    expect(tags('التقى الرئيسان منذ ثلاثة اسابيع')).toEqual(['منذ ثلاثة اسابيع=2015-W27']);
    expect(tags('كان لدينا اجتماع منذ شهر')).toEqual(['منذ شهر=2015-06']);
  });
});

describe('«منذ» after a state, a present, negated or continuing verb stays a duration', () => {
  it('present verbs, also with و/ف', () => {
    expect(tags('يعيش في المنفى منذ ثلاث سنوات')).toEqual(['منذ ثلاث سنوات=P3Y']);
    expect(tags('وتعيش الأسرة في المنفى منذ عامين')).toEqual(['منذ عامين=P2Y']);
    expect(tags('قال إنه يعيش في المنفى منذ ثلاث سنوات')).toEqual(['منذ ثلاث سنوات=P3Y']);
  });
  it('a negation before the verb', () => {
    expect(tags('لم يزره منذ عامين')).toEqual(['منذ عامين=P2Y']);
    expect(tags('لم يزره الوزير منذ يومين')).toEqual(['منذ يومين=P2D']);
  });
  it('continuing participles and verbs, superlatives and ordinals', () => {
    expect(tags('الاحتجاجات مستمرة منذ أسبوع')).toEqual(['منذ أسبوع=P1W']);
    expect(tags('والاحتجاجات المستمره منذ اسبوع')).toEqual(['منذ اسبوع=P1W']);
    expect(tags('ما زال محتجزا منذ عامين')).toEqual(['منذ عامين=P2Y']);
    expect(tags('سجل النفط أعلى مستوى منذ ثلاث سنوات')).toEqual(['منذ ثلاث سنوات=P3Y']);
    expect(tags('وكانت الهجمات هي الأولى منذ نحو ثلاث سنوات')).toEqual(['منذ نحو ثلاث سنوات=P3Y']);
  });
  it('a present verb right after the expression', () => {
    expect(tags('قال إنه كان منذ 13 عاما يخطط لذلك')).toEqual(['منذ 13 عاما=P13Y']);
  });
  it('a past verb behind a preposition or another clause does not count', () => {
    expect(tags('طالب بقتل الجنود منذ عامين')).toEqual(['منذ عامين=P2Y']);
    expect(tags('وصل الوزير الذي يقيم هناك منذ عامين')).toEqual(['منذ عامين=P2Y']);
    expect(tags('منذ نحو ثلاث سنوات')).toEqual(['منذ نحو ثلاث سنوات=P3Y']);
  });
});
