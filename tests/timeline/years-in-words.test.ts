// Years written in words: a sum from a thousand up, or a century and a two-digit number; only with a
// year word, after a month or inside a frame, never alone (alone they are counts). Spelling variation:
// ى/ي, ة/ه, أ/ا, hamza forms, attached و. Reference: Saturday 2015-07-25.
import { describe, expect, it } from 'vitest';
import { tags } from './helpers.js';

describe('years in words', () => {
  it('a thousand and its parts joined by و', () => {
    expect(tags('في العام ألفين وعشرين')).toEqual(['العام ألفين وعشرين=2020']);
    expect(tags('في عام الف وسبعمائة وتسعة وثمانين')).toEqual(['عام الف وسبعمائة وتسعة وثمانين=1789']);
    expect(tags('في عام ألف وتسعمئة وواحد')).toEqual(['عام ألف وتسعمئة وواحد=1901']);
    expect(tags('في 14 يوليو ألفين وخمسة عشر')).toEqual(['14 يوليو ألفين وخمسة عشر=2015-07-14']);
    expect(tags('بين 2 و 7 فبراير ألفان وثمانيه عشر')).toEqual(['2=2018-02-02', '7 فبراير ألفان وثمانيه عشر=2018-02-07']);
  });
  it('a century and a number below a hundred', () => {
    expect(tags('في يونيو من عام تسعة عشر تسعة وتسعون')).toEqual(['يونيو من عام تسعة عشر تسعة وتسعون=1999-06']);
    expect(tags('في ربيع عام تسعه عشر وثمانيه وسبعين')).toEqual(['ربيع عام تسعه عشر وثمانيه وسبعين=1978-SP']);
  });
  it('inside a frame', () => {
    expect(tags('في الربع الثالث من ألفين وعشرين')).toEqual(['الربع الثالث من ألفين وعشرين=2020-Q3']);
  });
  it('alone, a number in words is a count', () => {
    expect(tags('وصل ألفين وخمسمائة جندي')).toEqual([]);
    expect(tags('خلال ثلاثمائة يوم')).toEqual(['خلال ثلاثمائة يوم=P300D']);
  });
});
