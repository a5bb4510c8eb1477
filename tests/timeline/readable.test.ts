// The readable column: a TIMEX3 value and its meaning in English or Arabic words.
import { describe, expect, it } from 'vitest';
import { readableValue } from '../../src/timeline/readable.js';
import { fromHijri, isoWeek, toHijri, dayNumber, weekday } from '../../src/timeline/calendar.js';

describe('readableValue', () => {
  it('writes a calendar day with its weekday', () => {
    expect(readableValue('2022-02-25', 'en')).toBe('2022-02-25 · Fri 25 Feb 2022');
    const ar = readableValue('2022-02-25', 'ar');
    expect(ar.startsWith('2022-02-25 · ')).toBe(true);
    expect(ar).toContain('الجمعة');
    expect(ar).toContain('فبراير');
  });
  it('writes relative, partial and duration values', () => {
    expect(readableValue('XXXX-WXX-5', 'en')).toBe('XXXX-WXX-5 · Friday');
    expect(readableValue('2022-02-27TMO', 'en')).toBe('2022-02-27TMO · Sun 27 Feb 2022 morning');
    expect(readableValue('P3D', 'en')).toBe('P3D · 3 days');
    expect(readableValue('PTXH', 'en')).toBe('PTXH · some hours');
    expect(readableValue('2015-07', 'en')).toBe('2015-07 · July 2015');
    expect(readableValue('2015-W29', 'en')).toContain('week');
    expect(readableValue('P3D', 'ar')).toBe('P3D · 3 أيام');
  });
  it('leaves a value it cannot read as it is', () => {
    expect(readableValue('2015', 'en')).toBe('2015');
    expect(readableValue('FOO', 'en')).toBe('FOO');
  });
});

describe('calendar', () => {
  it('converts Umm al-Qura Hijri dates both ways', () => {
    const day = dayNumber(2015, 7, 2);
    expect(toHijri(day)).toEqual({ y: 1436, m: 9, d: 15 });
    expect(fromHijri(1436, 9, 15)).toBe(day);
  });
  it('numbers ISO weeks and weekdays', () => {
    expect(isoWeek(dayNumber(2015, 7, 25))).toEqual({ year: 2015, week: 30 });
    expect(isoWeek(dayNumber(2021, 1, 1))).toEqual({ year: 2020, week: 53 });
    expect(weekday(dayNumber(2022, 2, 25))).toBe(5);
  });
});
