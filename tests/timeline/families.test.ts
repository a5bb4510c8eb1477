// Each family of Arabic time expressions from issue 5, on hand-made sentences with spelling
// variation (ى/ي, ة/ه, أ/ا, diacritics, tatweel, attached و/ب/ل). Reference: Saturday 2015-07-25.
import { describe, expect, it } from 'vitest';
import { only, tags } from './helpers.js';

describe('weekdays and relative days', () => {
  it('resolves weekdays, with and without يوم and modifiers', () => {
    expect(tags('وزار الوزير القاهرة الخميس')).toEqual(['الخميس=2015-07-23']);
    expect(tags('وصل الوفد يوم الجمعة')).toEqual(['يوم الجمعة=2015-07-24']);
    expect(tags('يعقد الاجتماع الأربعاء المقبل')).toEqual(['الأربعاء المقبل=2015-07-29']);
    expect(tags('أعلن ذلك الجمعة الماضية')).toEqual(['الجمعة الماضية=2015-07-24']);
    expect(tags('وصل الاربعاء')).toEqual(['الاربعاء=2015-07-22']);
  });
  it('counts أمس، أول من أمس، اليوم، غدا، بعد غد from the reference date', () => {
    expect(tags('وقال أمس')).toEqual(['أمس=2015-07-24']);
    expect(tags('وقال امس')).toEqual(['امس=2015-07-24']);
    expect(tags('وصل أول من أمس')).toEqual(['أول من أمس=2015-07-23']);
    expect(tags('وأعلن أمس الاول الخميس')).toEqual(['أمس الاول الخميس=2015-07-23']);
    expect(tags('يبدأ اليوم')).toEqual(['اليوم=2015-07-25']);
    expect(tags('يصل غداً')).toEqual(['غداً=2015-07-26']);
    expect(tags('يصل بعد غد')).toEqual(['بعد غد=2015-07-27']);
  });
  it('leaves attached و/ب/ل out of the span', () => {
    const e = only('وصرح وأمس بذلك');
    expect(e.text).toBe('أمس');
    expect(tags('بالأمس')).toEqual(['الأمس=2015-07-24']);
  });
  it('reads parts of the day before a day', () => {
    expect(tags('وقع الهجوم صباح الجمعة')).toEqual(['صباح الجمعة=2015-07-24TMO']);
    expect(tags('وصل مساء أمس')).toEqual(['مساء أمس=2015-07-24TEV']);
    expect(tags('قصفت ليل الجمعة السبت')).toEqual(['ليل الجمعة السبت=2015-07-24TNI']);
    expect(tags('وصل الوفد صباح اليوم')).toEqual(['صباح اليوم=2015-07-25TMO']);
    expect(tags('قتل الليلة قبل الماضية')).toEqual(['الليلة قبل الماضية=2015-07-23TNI']);
  });
});

describe('months in four families, glosses, years', () => {
  it('reads Egyptian, Levantine, Maghreb and Moroccan month names (from Intl)', () => {
    expect(tags('في 14 يوليو')).toEqual(['14 يوليو=2015-07-14']);
    expect(tags('في 14 تموز')).toEqual(['14 تموز=2015-07-14']);
    expect(tags('في 14 جويلية')).toEqual(['14 جويلية=2015-07-14']);
    expect(tags('في غشت 2014')).toEqual(['غشت 2014=2014-08']);
    expect(tags('في كانون الثاني 2015')).toEqual(['كانون الثاني 2015=2015-01']);
  });
  it('keeps a glossed pair in one span', () => {
    expect(tags('أعلن في 14 يوليو (تموز)')).toEqual(['14 يوليو (تموز)=2015-07-14']);
    expect(tags('في مارس آذار')).toEqual(['مارس آذار=2015-03']);
    expect(tags('هجمات 11 سبتمبر (أيلول) عام 2001')).toEqual(['11 سبتمبر (أيلول) عام 2001=2001-09-11']);
  });
  it('reads ordinal days and month modifiers', () => {
    expect(tags('في الرابع عشر من يوليو الحالي')).toEqual(['الرابع عشر من يوليو الحالي=2015-07-14']);
    expect(tags('في 14 يوليو الماضي')).toEqual(['14 يوليو الماضي=2015-07-14']);
    expect(tags('في مايو الماضي')).toEqual(['مايو الماضي=2015-05']);
    expect(tags('الرابع والخامس من أغسطس المقبل')).toEqual(['الرابع=2015-08-04', 'الخامس من أغسطس المقبل=2015-08-05']);
  });
  it('takes the year of a following date in a range', () => {
    expect(tags('بين الأول من يناير و15 يوليو 2015')).toEqual(['الأول من يناير=2015-01-01', '15 يوليو 2015=2015-07-15']);
  });
  it('reads years with عام, م, bare years and Arabic-Indic digits', () => {
    expect(tags('في عام 2009')).toEqual(['عام 2009=2009']);
    expect(tags('منذ 2006 تتضمن')).toEqual(['2006=2006']);
    expect(tags('ولد سنة 1980م')).toEqual(['سنة 1980م=1980']);
    expect(tags('في ١٤ يوليو ٢٠١٥')).toEqual(['١٤ يوليو ٢٠١٥=2015-07-14']);
    expect(tags('للعام 2014 بكامله')).toEqual(['2014=2014']);
  });
  it('reads numeric dates', () => {
    expect(tags('في 27/2/2022')).toEqual(['27/2/2022=2022-02-27']);
    expect(tags('في 2022-02-27')).toEqual(['2022-02-27=2022-02-27']);
  });
  it('converts Hijri dates with the Umm al-Qura calendar and needs context for a bare month', () => {
    expect(tags('في 15 رمضان 1436 هـ')).toEqual(['15 رمضان 1436 هـ=2015-07-02']);
    expect(tags('في رمضان المقبل')).toEqual(['رمضان المقبل=2016-06']);
    expect(tags('هاجم رجب القوات')).toEqual([]);
  });
  it('reads parts of years, positions, decades and centuries', () => {
    expect(tags('في النصف الثاني من 2014')).toEqual(['النصف الثاني من 2014=2014-H2']);
    expect(tags('منذ مطلع ديسمبر')).toEqual(['مطلع ديسمبر=2015-12']);
    expect(tags('في بداية عام 1981')).toEqual(['بداية عام 1981=1981']);
    expect(tags('في الثمانينات')).toEqual(['الثمانينات=198']);
    expect(tags('في ثمانينيات القرن الماضي')).toEqual(['ثمانينيات القرن الماضي=198']);
    expect(tags('في القرن العشرين')).toEqual(['القرن العشرين=19']);
  });
  it('reads relative periods', () => {
    expect(tags('أعلن الأسبوع الماضي')).toEqual(['الأسبوع الماضي=2015-W29']);
    expect(tags('الشهر المقبل')).toEqual(['الشهر المقبل=2015-08']);
    expect(tags('منذ بدء العام الجاري')).toEqual(['بدء العام الجاري=2015']);
    expect(tags('هذا العام')).toEqual(['هذا العام=2015']);
    expect(tags('في العام الماضى')).toEqual(['العام الماضى=2014']);
    expect(tags('زار القاهرة نهاية الأسبوع')).toEqual(['نهاية الأسبوع=2015-W30-WE']);
  });
});

describe('durations, numbers in words, sets and clock times', () => {
  it('keeps منذ/خلال/في غضون/قبل inside and بعد outside the span', () => {
    expect(tags('منذ نحو ثلاث سنوات')).toEqual(['منذ نحو ثلاث سنوات=P3Y']);
    expect(tags('خلال يومين')).toEqual(['خلال يومين=P2D']);
    expect(tags('في غضون ساعات')).toEqual(['في غضون ساعات=PTXH']);
    expect(tags('بعد 18 يوما من المفاوضات')).toEqual(['18 يوما=P18D']);
    expect(tags('بعد ساعات قليلة من السيطرة')).toEqual(['ساعات قليلة=PTXH']);
    expect(tags('لأكثر من عام')).toEqual(['أكثر من عام=P1Y']);
  });
  it('reads vague plurals with their adjectives', () => {
    expect(tags('خلال الساعات القليلة الماضية')).toEqual(['خلال الساعات القليلة الماضية=PTXH']);
    expect(tags('في الاسابيع الاخيرة')).toEqual(['الاسابيع الاخيرة=PXW']);
    expect(tags('خلال الأيام والأسابيع الماضية')).toEqual(['خلال الأيام والأسابيع الماضية=PXW']);
    expect(tags('خلال اليومين الماضيين')).toEqual(['خلال اليومين الماضيين=P2D']);
    expect(tags('خلال السنوات الـ35 الماضية')).toEqual(['خلال السنوات الـ35 الماضية=P35Y']);
  });
  it('turns «قبل» + a count into a date and keeps vague «ago» a duration', () => {
    expect(tags('قبل سنتين')).toEqual(['قبل سنتين=2013']);
    expect(tags('قبل أشهر')).toEqual(['قبل أشهر=PXM']);
  });
  it('reads numbers in words and digits', () => {
    expect(tags('استمر ثلاثة أيام')).toEqual(['ثلاثة أيام=P3D']);
    expect(tags('منذ عشرين عاماً')).toEqual(['منذ عشرين عاماً=P20Y']);
    expect(tags('خمسة وعشرين عاما')).toEqual(['خمسة وعشرين عاما=P25Y']);
    expect(tags('مهلة 60 يوما')).toEqual(['60 يوما=P60D']);
  });
  it('reads sets', () => {
    expect(tags('يصل يومياً')).toEqual(['يومياً=P1D']);
    expect(tags('كل يوم')).toEqual(['كل يوم=P1D']);
    expect(tags('كل يوم اثنين')).toEqual(['كل يوم اثنين=XXXX-WXX-1']);
  });
  it('reads clock times and hangs them on their day', () => {
    expect(tags('الساعة الثالثة عصرا')).toEqual(['الساعة الثالثة عصرا=2015-07-25T15:00']);
    expect(tags('في 10:30')).toEqual(['10:30=2015-07-25T10:30']);
    expect(tags('حوالى الساعة الثانية (23,00 تغ) من السبت')).toEqual(['الساعة الثانية (23,00 تغ) من السبت=2015-07-25T02:00']);
    expect(tags('صوت أمس، وأعلنت النتيجة 13:00 بتوقيت غرينتش')).toEqual(['أمس=2015-07-24', '13:00 بتوقيت غرينتش=2015-07-24T13:00']);
    expect(tags('منتصف النهار')).toEqual(['منتصف النهار=2015-07-25T12:00']);
  });
});
