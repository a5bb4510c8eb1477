// English time expressions: hand-made sentences for every TIMEX3 family the finder knows,
// the tense rule for bare weekdays and months, and the traps (names, verbs, ordinals, numbers).
import { describe, expect, it } from 'vitest';
import { english } from '../../src/lang/en/index.js';
import { findEnglishTimex } from '../../src/lang/en/timex.js';

// 14 October 2004 is a Thursday
const REF = '2004-10-14';

function timex(text: string, ref: string | null = REF): string[] {
  return findEnglishTimex(english.textLayer(text), ref).map((t) => `${t.text}|${t.type}|${t.value}`);
}

describe('durations', () => {
  it('counts with numbers, number words, hyphens and ranges', () => {
    expect(timex('The talks lasted two years.')).toEqual(['two years|DURATION|P2Y']);
    expect(timex('He was jailed for 14 days.')).toEqual(['14 days|DURATION|P14D']);
    expect(timex('A four-week closure begins.')).toEqual(['four-week|DURATION|P4W']);
    expect(timex('The 18-month operation ended.')).toEqual(['18-month|DURATION|P18M']);
    expect(timex('It was built up over 20 or 30 years.')).toEqual(['20 or 30 years|DURATION|PXY']);
    expect(timex('The market will firm in two to three weeks.')).toEqual(['two to three weeks|DURATION|PXW']);
    expect(timex('The battery lasts seven hours.')).toEqual(['seven hours|DURATION|PT7H']);
  });
  it('keeps modifiers and relative frames inside the span', () => {
    expect(timex('They were held for almost three years.')).toEqual(['almost three years|DURATION|P3Y']);
    expect(timex('Support rose in the past four years.')).toEqual(['the past four years|DURATION|P4Y']);
    expect(timex('Sales rose in the past several months.')).toEqual(['the past several months|DURATION|PXM']);
    expect(timex('Rates will be set over the next few months.')).toEqual(['the next few months|DURATION|PXM']);
    expect(timex('Aid will flow for the next decade.')).toEqual(['the next decade|DURATION|P10Y']);
  });
  it('reads a bare plural after a signal as a vague period', () => {
    expect(timex('The four will be free within weeks.')).toEqual(['weeks|DURATION|PXW']);
    expect(timex('Firms had blocked it for years.')).toEqual(['years|DURATION|PXY']);
  });
});

describe('sets', () => {
  it('every / each / per / adverbs', () => {
    expect(timex('They meet every week.')).toEqual(['every week|SET|P1W']);
    expect(timex('The paper is published daily.')).toEqual(['daily|SET|P1D']);
    expect(timex('He holds a monthly news conference.')).toEqual(['monthly|SET|P1M']);
    expect(timex('Aid grew to $4.6bn per year.')).toEqual(['per year|SET|P1Y']);
    expect(timex('She checks for smog every morning.')).toEqual(['every morning|SET|XXXX-XX-XXTMO']);
    expect(timex('The board meets every Friday.')).toEqual(['every Friday|SET|XXXX-WXX-5']);
  });
  it('"a year" after an amount is a rate, after a preposition a period', () => {
    expect(timex('He wanted to provide $10bn (£5.38bn) a year.')).toEqual(['a year|SET|P1Y']);
    expect(timex('It pumps a million barrels of oil a day.')).toEqual(['a day|SET|P1D']);
    expect(timex('The season started about a month earlier.')).toEqual(['a month|DURATION|P1M']);
    expect(timex('Oil sold at 18 dlrs a barrel.')).toEqual([]);
  });
});

describe('vague, deictic and part-of-day values', () => {
  it('present and past references', () => {
    expect(timex('The company is now profitable.')).toEqual(['now|DATE|PRESENT_REF']);
    expect(timex('Prices are currently high.')).toEqual(['currently|DATE|PRESENT_REF']);
    expect(timex('Sales have fallen recently.')).toEqual(['recently|DATE|PAST_REF']);
    expect(timex('He told them a few months ago.')).toEqual(['a few months ago|DATE|PAST_REF']);
  });
  it('today, tonight, yesterday, this morning, last night', () => {
    expect(timex('He died yesterday.')).toEqual(['yesterday|DATE|2004-10-13']);
    expect(timex('He spoke today.')).toEqual(['today|DATE|2004-10-14']);
    expect(timex("Tonight's speech was long.")).toEqual(['Tonight|TIME|2004-10-14TNI']);
    expect(timex('He arrived this morning.')).toEqual(['this morning|TIME|2004-10-14TMO']);
    expect(timex('The storm hit last night.')).toEqual(['last night|TIME|2004-10-13TNI']);
    expect(timex('The meeting is tomorrow afternoon.')).toEqual(['tomorrow afternoon|TIME|2004-10-15TAF']);
  });
  it('stays relative without a reference date', () => {
    expect(timex('He spoke today.', null)).toEqual(['today|DATE|PRESENT_REF']);
    expect(timex('He resigned on Friday.', null)).toEqual(['Friday|DATE|XXXX-WXX-5']);
    expect(timex('Sales fell last month.', null)).toEqual(['last month|DATE|XXXX-XX']);
  });
});

describe('relative calendar units', () => {
  it('last / this / next + unit, and "ago"', () => {
    expect(timex('Sales rose last year.')).toEqual(['last year|DATE|2003']);
    expect(timex('Sales fell last month.')).toEqual(['last month|DATE|2004-09']);
    expect(timex('The summit is next week.')).toEqual(['next week|DATE|2004-W43']);
    expect(timex('A book was published this week.')).toEqual(['this week|DATE|2004-W42']);
    expect(timex('Rates will rise next year.')).toEqual(['next year|DATE|2005']);
    expect(timex('He left four years ago.')).toEqual(['four years ago|DATE|2000']);
    expect(timex('It was said two months ago.')).toEqual(['two months ago|DATE|2004-08']);
    expect(timex('The speech came late last month.')).toEqual(['late last month|DATE|2004-09']);
  });
  it('"the following year" counts from the year the story gave', () => {
    expect(timex('He launched the iPod in 2001 and the iTunes store the following year.')).toEqual([
      '2001|DATE|2001',
      'the following year|DATE|2002',
    ]);
  });
});

describe('decades, quarters, halves, fiscal years, seasons', () => {
  it('decades', () => {
    expect(timex('Music changed in the 1990s.')).toEqual(['the 1990s|DATE|199']);
    expect(timex('It grew in the mid-2000s.')).toEqual(['the mid-2000s|DATE|200']);
    expect(timex('It began in the late 1980\'s.')).toEqual(["the late 1980's|DATE|198"]);
    expect(timex('It is the challenge of the 21st century.')).toEqual(['the 21st century|DATE|20']);
  });
  it('quarters follow the tense', () => {
    expect(timex('Profit rose in the third quarter.')).toEqual(['the third quarter|DATE|2004-Q3']);
    expect(timex('Profit rose in the fourth quarter.', '2004-05-10')).toEqual(['the fourth quarter|DATE|2003-Q4']);
    expect(timex('Profit will rise in the fourth quarter.')).toEqual(['the fourth quarter|DATE|2004-Q4']);
    expect(timex('Profit fell in the first quarter of 2003.')).toEqual(['the first quarter of 2003|DATE|2003-Q1']);
    expect(timex('The vote comes in the first half of next year.')).toEqual(['the first half of next year|DATE|2005-H1']);
  });
  it('fiscal years', () => {
    expect(timex('Growth in fiscal 1988/89 slowed.')).toEqual(['fiscal 1988/89|DATE|FY1988']);
    expect(timex('The 1987/88 budget cut taxes.')).toEqual(['1987/88|DATE|FY1987']);
    expect(timex('The agency must cut spending this fiscal year.')).toEqual(['this fiscal year|DATE|2004']);
  });
  it('seasons', () => {
    expect(timex('The vote could be held in spring 2006.')).toEqual(['spring 2006|DATE|2006-SP']);
    expect(timex('The summer of 2003 was hot.')).toEqual(['The summer of 2003|DATE|2003-SU']);
    expect(timex('It ships next summer.')).toEqual(['next summer|DATE|2005-SU']);
  });
});

describe('calendar dates and clock times', () => {
  it('day-month-year forms, month-year, years', () => {
    expect(timex('Lord Goldsmith warned him on 7 March 2003.')).toEqual(['7 March 2003|DATE|2003-03-07']);
    expect(timex('On Feb. 28, the bank released a note.')).toEqual(['Feb. 28|DATE|2004-02-28']);
    expect(timex('He changed his mind in June 2004.')).toEqual(['June 2004|DATE|2004-06']);
    expect(timex('He was born in 1955.')).toEqual(['1955|DATE|1955']);
    expect(timex('In a speech last November 13, he spoke.')).toEqual(['last November 13|DATE|2003-11-13']);
    expect(timex('It lasts until the end of 2005.')).toEqual(['the end of 2005|DATE|2005']);
    expect(timex('Prices rose in mid-March.')).toEqual(['mid-March|DATE|2004-03']);
    expect(timex('The shop opens this weekend.')).toEqual(['this weekend|DATE|2004-W42-WE']);
  });
  it('a day-month date takes its year from an earlier full date when there is no reference date', () => {
    expect(timex('He was warned on 7 March 2003. The advice of 7 March was clear.', null)).toEqual([
      '7 March 2003|DATE|2003-03-07',
      '7 March|DATE|2003-03-07',
    ]);
  });
  it('joins a clock time with its day', () => {
    expect(timex('The match was postponed until 15:00 GMT Saturday.', '2013-03-22')).toEqual([
      '15:00 GMT Saturday|TIME|2013-03-23T15:00',
    ]);
    expect(timex('He spoke at 10:30 a.m. on Tuesday.')).toEqual(['10:30 a.m. on Tuesday|TIME|2004-10-12T10:30']);
    expect(timex('Trading ended early at 1400 EDT.')).toEqual(['1400 EDT|TIME|2004-10-14T14:00']);
  });
});

describe('the tense rule', () => {
  it('places a bare weekday before or after the reference date', () => {
    expect(timex('He resigned on Friday.')).toEqual(['Friday|DATE|2004-10-08']);
    expect(timex('He will resign on Friday.')).toEqual(['Friday|DATE|2004-10-15']);
    expect(timex('Talks will resume next Monday.')).toEqual(['next Monday|DATE|2004-10-18']);
    expect(timex('The minister resigned Monday.')).toEqual(['Monday|DATE|2004-10-11']);
    expect(timex('The trial is set to begin on Wednesday.')).toEqual(['Wednesday|DATE|2004-10-20']);
    expect(timex('He said Thursday that he would stay.')).toEqual(['Thursday|DATE|2004-10-14']);
  });
  it('places a bare month by tense, or the nearest one', () => {
    expect(timex('Opec agreed in December to cut output.', '1987-03-05')).toEqual(['December|DATE|1986-12']);
    expect(timex('The next meeting will be in April.', '1987-03-05')).toEqual(['April|DATE|1987-04']);
    expect(timex('He expected prices to rise after early April.', '1987-03-05')).toEqual(['early April|DATE|1987-04']);
    expect(timex('The program will run through June.', '2013-03-18')).toEqual(['June|DATE|2013-06']);
    expect(timex('Output fell in February.', '1987-03-05')).toEqual(['February|DATE|1987-02']);
  });
});

describe('traps', () => {
  it('"may" and "march" as verbs, March as a name', () => {
    expect(timex('Prices may fall.')).toEqual([]);
    expect(timex('May I ask a question?')).toEqual([]);
    expect(timex('Troops march on the capital.')).toEqual([]);
    expect(timex('Lucy March said no.')).toEqual([]);
  });
  it('"second" as an ordinal', () => {
    expect(timex('A second ruling followed.')).toEqual([]);
    expect(timex('He came second in the race.')).toEqual([]);
  });
  it('weekdays and "Today" in names of papers and programmes', () => {
    expect(timex('The Sunday Times reported it.')).toEqual([]);
    expect(timex('The book, by Sunday Telegraph journalist Robert Peston, says so.')).toEqual([]);
    expect(timex("He told Sky News' Sunday with Adam Boulton that it was true.")).toEqual([]);
    expect(timex("He told BBC Radio 4's Today programme he agreed.")).toEqual([]);
  });
  it('numbers that are not years, ages, idioms', () => {
    expect(timex('About 1500 people died.')).toEqual([]);
    expect(timex('Call the desk on 212-859-1761 for details.')).toEqual([]);
    expect(timex('Elizabeth was queen of England 1558-1603.')).toEqual(['1558|DATE|1558', '1603|DATE|1603']);
    expect(timex('They could be held under the Terrorism Act 2000 for questioning.')).toEqual([]);
    expect(timex('The 48-year-old man was freed.')).toEqual([]);
    expect(timex('It portrayed 76-year old Reagan as confused.')).toEqual([]);
    expect(timex('He has dealt with this time and time and time again.')).toEqual([]);
    expect(timex('Children ages 6 months and older should be vaccinated.')).toEqual([]);
    expect(timex('Snow is falling days before the start of British Summer Time.').filter((t) => t.startsWith('Summer'))).toEqual([]);
  });
});

describe('offsets', () => {
  it('are UTF-16 offsets into layer.text and give the text back', () => {
    const text = 'Él dijo — “the meeting is next week”, and 😀 it ended in June 2004.';
    const layer = english.textLayer(text);
    const found = findEnglishTimex(layer, REF);
    expect(found.map((t) => t.text)).toEqual(['next week', 'June 2004']);
    for (const t of found) expect(text.slice(t.start, t.end)).toBe(t.text);
  });
});
