// A part of the day after a weekday («الجمعة مساء»), after «هذا» («هذا المساء») and «الصباح الباكر».
// Spelling variation: ى/ي, ة/ه, أ/ا, tanween, attached و. Reference: Saturday 2015-07-25.
import { describe, expect, it } from 'vitest';
import { tags } from './helpers.js';

describe('parts of the day after a weekday', () => {
  it('adverbial, after في, or بعد الظهر', () => {
    expect(tags('قتل الجمعة مساءً')).toEqual(['الجمعة مساءً=2015-07-24TEV']);
    expect(tags('ووصل الخميس صباحا')).toEqual(['الخميس صباحا=2015-07-23TMO']);
    expect(tags('سأعود الثلاثاء في الصباح')).toEqual(['الثلاثاء في الصباح=2015-07-28TMO']);
    expect(tags('اجتمعوا الثلاثاء بعد الظهر')).toEqual(['الثلاثاء بعد الظهر=2015-07-21TAF']);
    expect(tags('يوم الثلاثاء في الصباح الباكر')).toEqual(['يوم الثلاثاء في الصباح الباكر=2015-07-21TMO']);
  });
  it('a part that opens the next day stays with it', () => {
    expect(tags('الجمعة صباح السبت')).toEqual(['الجمعة=2015-07-24', 'صباح السبت=2015-07-25TMO']);
    expect(tags('قصفت ليل الجمعة السبت')).toEqual(['ليل الجمعة السبت=2015-07-24TNI']);
  });
});

describe('«هذا» before a part of the day is today', () => {
  it('هذا المساء، هذا الصباح', () => {
    expect(tags('سأعود هذا المساء')).toEqual(['هذا المساء=2015-07-25TEV']);
    expect(tags('وصل هذا الصباح')).toEqual(['هذا الصباح=2015-07-25TMO']);
    expect(tags('سأعود الليلة القادمة')).toEqual(['الليلة القادمة=2015-07-26TNI']);
  });
});
