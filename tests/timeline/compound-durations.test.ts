// Durations of several units joined by و (one TIMEX3 value, P1Y1M21D), counts with an attached
// preposition (لبضع ساعات), and «منذ/قبل» + such a duration after a completed event. Spelling
// variation: ى/ي, ة/ه, أ/ا, diacritics, attached and detached و. Reference: Saturday 2015-07-25.
import { describe, expect, it } from 'vitest';
import { tags } from './helpers.js';
import { readableValue } from '../../src/timeline/readable.js';

describe('durations of several units', () => {
  it('smaller units joined by و, attached or apart, with «واحد»', () => {
    expect(tags('سأغادر لمدة عام واحد و شهر و 21 يوما')).toEqual(['لمدة عام واحد و شهر و 21 يوما=P1Y1M21D']);
    expect(tags('سجن ثلاث سنوات وستة أشهر')).toEqual(['ثلاث سنوات وستة أشهر=P3Y6M']);
    expect(tags('غادر بعد يوم واحد وساعتين')).toEqual(['يوم واحد وساعتين=P1DT2H']);
    expect(tags('استمرت المفاوضات ثلاثه اسابيع ويومين')).toEqual(['ثلاثه اسابيع ويومين=P23D']);
  });
  it('a larger unit after a smaller one, or a night, starts another expression', () => {
    expect(tags('استمر يومين وثلاثة أسابيع')).toEqual(['يومين=P2D', 'ثلاثة أسابيع=P3W']);
    expect(tags('خلال ثلاثة أيام وليلتين')).toEqual(['خلال ثلاثة أيام=P3D', 'ليلتين=P2N']);
  });
  it('after a completed event, «منذ» and «قبل» count back on the calendar', () => {
    expect(tags('وصل الوفد منذ ثلاث سنوات وستة أشهر')).toEqual(['منذ ثلاث سنوات وستة أشهر=2012-01']);
    expect(tags('غادر قبل عامين وثلاثة أشهر')).toEqual(['قبل عامين وثلاثة أشهر=2013-04']);
    expect(tags('التقينا منذ شهر واحد ويومين')).toEqual(['منذ شهر واحد ويومين=2015-06-23']);
  });
  it('reads them in words', () => {
    expect(readableValue('P3Y6M', 'ar')).toBe('P3Y6M · 3 سنوات و6 أشهر');
    expect(readableValue('P1Y1M21D', 'en')).toBe('P1Y1M21D · 1 year, 1 month and 21 days');
  });
});

describe('counts with an attached preposition', () => {
  it('لبضع، لعدة، لثلاثة', () => {
    expect(tags('سأغادر لبضع ساعات')).toEqual(['بضع ساعات=PTXH']);
    expect(tags('سأرحل لبضعة أيام')).toEqual(['بضعة أيام=PXD']);
    expect(tags('بقي هناك لعدّة أيام')).toEqual(['عدّة أيام=PXD']);
    expect(tags('توقف العمل لثلاثة أيام')).toEqual(['ثلاثة أيام=P3D']);
  });
});
