// Ranges and lists of days, years and hours: each end is its own expression, and the first end takes
// the month (or the part of the day) the second one gives. Hand-made sentences with spelling variation
// (ى/ي, ة/ه, أ/ا, diacritics, attached و). Reference: Saturday 2015-07-25.
import { describe, expect, it } from 'vitest';
import { tags } from './helpers.js';

describe('ranges of days', () => {
  it('من … إلى/حتى …, بين … و …: the first day takes the month of the second', () => {
    expect(tags('سأخرج من 4 إلى 23 الشهر المقبل')).toEqual(['4=2015-08-04', '23 الشهر المقبل=2015-08-23']);
    expect(tags('بين 2 و 7 فبراير 2016')).toEqual(['2=2016-02-02', '7 فبراير 2016=2016-02-07']);
    expect(tags('في 3 و12 سبتمبر')).toEqual(['3=2015-09-03', '12 سبتمبر=2015-09-12']);
    expect(tags('من الرابع حتى العاشر من أغسطس')).toEqual(['الرابع=2015-08-04', 'العاشر من أغسطس=2015-08-10']);
    expect(tags('من الرابع حتي العاشر من اغسطس')).toEqual(['الرابع=2015-08-04', 'العاشر من اغسطس=2015-08-10']);
  });
  it('a count before a period is no day', () => {
    expect(tags('وقتل 23 الشهر الماضي')).toEqual(['الشهر الماضي=2015-06']);
  });
});

describe('ranges of years', () => {
  it('two years joined by a dash', () => {
    expect(tags('النطاق بين 2014-2018.')).toEqual(['2014=2014', '2018=2018']);
    expect(tags('من 2014 إلى 2018')).toEqual(['2014=2014', '2018=2018']);
  });
  it('a dash between a year and a smaller number is no range', () => {
    expect(tags('فاز 2014-3')).toEqual([]);
  });
});

describe('ranges of hours', () => {
  it('the first hour takes the part of the day of the second', () => {
    expect(tags('سأخرج بين 5 و 6 مساءً')).toEqual(['5=2015-07-25T17:00', '6 مساءً=2015-07-25T18:00']);
    expect(tags('سأخرج من 5 إلى 6 في المساء')).toEqual(['5=2015-07-25T17:00', '6 في المساء=2015-07-25T18:00']);
    expect(tags('من 5 الى السابعة صباحا')).toEqual(['5=2015-07-25T05:00', 'السابعة صباحا=2015-07-25T07:00']);
    expect(tags('بين الساعة 5 و 6 مساءً')).toEqual(['الساعة 5=2015-07-25T17:00', '6 مساءً=2015-07-25T18:00']);
  });
  it('a bare number is an hour only after من or بين', () => {
    expect(tags('قتل 5 و 6 مساء أمس')).toEqual(['6 مساء أمس=2015-07-24T18:00']);
  });
});

describe('minutes joined to an ordinal hour', () => {
  it('words, or digits with their unit', () => {
    expect(tags('سأعود في السابعة وخمسة وثلاثين مساء')).toEqual(['السابعة وخمسة وثلاثين مساء=2015-07-25T19:35']);
    expect(tags('سأعود الحاديه عشر وعشرين مساءً')).toEqual(['الحاديه عشر وعشرين مساءً=2015-07-25T23:20']);
    expect(tags('إنها الساعة الثامنة و 30 دقيقة')).toEqual(['الساعة الثامنة و 30 دقيقة=2015-07-25T08:30']);
    expect(tags('السابعة وثلاثين في المساء')).toEqual(['السابعة وثلاثين في المساء=2015-07-25T19:30']);
  });
  it('the article makes tens part of an ordinal, and bare digits after و are no minutes', () => {
    expect(tags('في الدورة الثالثة والعشرين')).toEqual([]);
    expect(tags('الساعة الثامنة و 30 شخصا')).toEqual(['الساعة الثامنة=2015-07-25T08:00']);
  });
});
