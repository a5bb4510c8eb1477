// The timeline as a whole: reference date from a dateline, relative values without a date,
// chronological order with unplaceable entries last, event clauses, offsets.
import { describe, expect, it } from 'vitest';
import { timeline } from './helpers.js';

const SAMPLE = 'أمر الرئيس اليوم الأحد بوضع القوات في حالة تأهب. وكان الكرملين قد تحدث الجمعة عن مفاوضات لكن المسؤولين رفضوا. وتعقد اللجنة اجتماعها يوميا.';

describe('findTimeline', () => {
  it('orders by time and puts unplaceable entries last', () => {
    const r = timeline(SAMPLE, '2022-02-27');
    expect(r.expressions.map((e) => `${e.text}=${e.value}`)).toEqual(['الجمعة=2022-02-25', 'اليوم الأحد=2022-02-27', 'يوميا=P1D']);
    expect(r.referenceDate).toBe('2022-02-27');
  });
  it('without a date keeps values relative and still puts Friday before Sunday', () => {
    const r = timeline(SAMPLE, null);
    expect(r.referenceDate).toBeNull();
    expect(r.expressions.map((e) => `${e.text}=${e.value}`)).toEqual(['الجمعة=XXXX-WXX-5', 'اليوم الأحد=XXXX-WXX-7', 'يوميا=P1D']);
    expect(timeline('وصل اليوم', null).expressions[0].value).toBe('PRESENT_REF');
  });
  it('attaches each expression to its clause, trimmed', () => {
    const friday = timeline(SAMPLE, '2022-02-27').expressions[0];
    expect(friday.event?.text).toBe('وكان الكرملين قد تحدث الجمعة عن مفاوضات');
  });
  it('gives UTF-16 offsets into the text', () => {
    const text = 'قال الوزيـــر أمس إن';
    const [e] = timeline(text).expressions;
    expect(text.slice(e.start, e.end)).toBe('أمس');
    expect(text.slice(e.event!.start, e.event!.end)).toBe(e.event!.text);
  });
  it('reads the reference date from a dateline at the top', () => {
    const r = timeline('الرياض - 27 فبراير 2022\nأعلن الوزير أمس أن المحادثات ستبدأ', null);
    expect(r.referenceDate).toBe('2022-02-27');
    expect(r.expressions.find((e) => e.text === 'أمس')?.value).toBe('2022-02-26');
  });
  it('does not take a date deep in the text for the reference date', () => {
    const filler = 'وقال المتحدث إن الاجتماع كان مثمرا للغاية. '.repeat(10);
    expect(timeline(filler + 'في 14 يوليو 2015', null).referenceDate).toBeNull();
  });
  it('hangs «اليوم نفسه» on the last day mentioned', () => {
    const r = timeline('قصفت الطائرات فجر الجمعة، وجاءت الضربات في اليوم نفسه لدخول أنقرة الحملة', '2015-07-26');
    expect([...r.expressions].sort((a, b) => a.start - b.start).map((e) => e.value)).toEqual(['2015-07-24TMO', '2015-07-24']);
  });
  it('uses a language\'s own recogniser (English) and adds events and order', async () => {
    const { english } = await import('../../src/lang/en/index.js');
    const { findTimeline } = await import('../../src/timeline/index.js');
    const r = findTimeline(english.textLayer('Talks start next week, the minister said on Friday.'), english, '2022-02-27');
    expect(r.expressions.map((e) => [e.text, e.value])).toEqual([
      ['Friday', '2022-02-25'],
      ['next week', '2022-W09'],
    ]);
    expect(r.expressions[0].event?.text).toBe('the minister said on Friday');
  });
  it('gives an empty timeline for a language with neither time data nor a recogniser', async () => {
    const { english } = await import('../../src/lang/en/index.js');
    const { findTimeline } = await import('../../src/timeline/index.js');
    const bare = { ...english, recogniseTimex: undefined };
    const r = findTimeline(english.textLayer('It happened on Friday.'), bare, '2022-02-27');
    expect(r).toEqual({ expressions: [], referenceDate: '2022-02-27' });
  });
});
