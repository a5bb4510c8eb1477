// The weekday tense rule, glosses that beat counting, and look-alikes that are not time expressions.
import { describe, expect, it } from 'vitest';
import { tags } from './helpers.js';

describe('a bare weekday follows the tense of its clause', () => {
  it('past: the last one on or before the reference date', () => {
    expect(tags('التقى الوزيران الأربعاء')).toEqual(['الأربعاء=2015-07-22']);
    expect(tags('عبرت روسيا السبت عن استعدادها')).toEqual(['السبت=2015-07-25']);
  });
  it('future (سـ, سوف, المقبل): the next one', () => {
    expect(tags('سيلتقي الوزيران الأربعاء')).toEqual(['الأربعاء=2015-07-29']);
    expect(tags('وسوف يزور الرئيس القاهرة الاربعاء')).toEqual(['الاربعاء=2015-07-29']);
  });
  it('a word that only starts with س is no future marker', () => {
    expect(tags('ناقش السياسة الأربعاء')).toEqual(['الأربعاء=2015-07-22']);
  });
  it('a weekday or day gloss beats counting from the reference date', () => {
    expect(tags('أول من أمس (الثلاثاء)', '2015-07-31')).toEqual(['أول من أمس (الثلاثاء)=2015-07-28']);
    expect(tags('وقال أمس (الأربعاء)', '2015-07-31')).toEqual(['أمس (الأربعاء)=2015-07-29']);
    expect(tags('يبدأ من اليوم (أمس)')).toEqual(['اليوم (أمس)=2015-07-24']);
  });
});

describe('traps', () => {
  it('names containing اليوم', () => {
    expect(tags('حسبما نقلت روسيا اليوم الإخبارية')).toEqual([]);
    expect(tags('وقالت صحيفة اليوم إن')).toEqual([]);
    expect(tags('لليوم الثاني على التوالي')).toEqual([]);
  });
  it('رجب as a first name', () => {
    expect(tags('وقال الرئيس التركي رجب طيب أردوغان')).toEqual([]);
  });
  it('ages, conjunctions and counts', () => {
    expect(tags('الرجل البالغ من العمر 40 عاما')).toEqual([]);
    expect(tags('عن عمر يناهز 70 عاماً')).toEqual([]);
    expect(tags('في الوقت الذي أعلن فيه الرئيس')).toEqual([]);
    expect(tags('في الوقت نفسه')).toEqual([]);
    expect(tags('قتل 12 قتيلا')).toEqual([]);
    expect(tags('القرار 2216')).toEqual([]);
    expect(tags('الأمر التنفيذي رقم 13599')).toEqual([]);
    expect(tags('بلغ 2000 دولار')).toEqual([]);
  });
  it('a month name that is also a place (آب ~ إب) needs a day, a year or a modifier', () => {
    expect(tags('في محافظة إب')).toEqual([]);
    expect(tags('في حي باب موسى')).toEqual([]);
    expect(tags('في 3 آب')).toEqual(['3 آب=2015-08-03']);
  });
});
