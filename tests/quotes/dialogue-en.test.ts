// The conventions of written conversation (src/quotes/dialogue.ts and fiction's verbs of
// dialogue), on short hand-made exchanges, and the news patterns they must leave alone.
import { describe, expect, it } from 'vitest';
import type { Quote } from '../../src/core/types.js';
import { english } from '../../src/lang/en/index.js';
import { entityRows } from '../fixtures/entity-rows.js';
import { quotesIn } from '../fixtures/quote-runs.js';

const quotes = quotesIn(english);

const who = (qs: Quote[]) => qs.map((q) => [q.text, q.speaker?.entity ?? q.speaker?.text ?? null]);

const people = (text: string) => entityRows(text, [['anna', 'PERSON', ['Anna']], ['ben', 'PERSON', ['Ben']]]);

describe('verbs of dialogue', () => {
  it('takes asked, muttered, inquired … with words in quotation marks, before or after them', () => {
    const text = '"Where is the key?" Anna asked. Ben muttered, "Under the mat, as always."';
    expect(who(quotes(text, people(text)))).toEqual([
      ['Where is the key', 'anna'],
      ['Under the mat, as always', 'ben'],
    ]);
  });

  it('does not lose a question whose next words hold a noun that looks like a cue', () => {
    const text = '"Is anybody at home?" No answer came from the dark house.';
    expect(quotes(text).map((q) => q.text)).toEqual(['Is anybody at home']);
  });

  it('does not make reported speech of them without quotation marks', () => {
    const text = 'Anna asked the committee to delay the vote until March. Ben answered questions for an hour.';
    expect(quotes(text, people(text))).toEqual([]);
  });
});

describe('who speaks a quote with no cue', () => {
  it('keeps the speaker of a quote resumed after its cue', () => {
    const text = 'Ben came in late. "Well," said Anna, "we shall see what the morning brings."';
    expect(who(quotes(text, people(text)))).toEqual([
      ['Well', 'anna'],
      ['we shall see what the morning brings', 'anna'],
    ]);
  });

  it('gives it to the subject of the narration right before it', () => {
    const text = '"We are late," said Anna. Ben looked at the clock. "The last train has gone already."';
    expect(who(quotes(text, people(text)))).toEqual([
      ['We are late', 'anna'],
      ['The last train has gone already', 'ben'],
    ]);
  });

  it('gives it to the subject of the narration right after it', () => {
    const text = '"We are late," said Anna. "The last train has gone already." Ben shook his head slowly.';
    expect(who(quotes(text, people(text)))[1]).toEqual(['The last train has gone already', 'ben']);
  });

  it('lets the two sides of a conversation take turns', () => {
    const text = '"We are late," said Anna. Ben looked up. "Is it really so late?" "It is nearly midnight now." "Then we must go at once."';
    expect(who(quotes(text, people(text))).map(([, s]) => s)).toEqual(['anna', 'ben', 'anna', 'ben']);
  });

  it('never gives a quote to the one it calls by name', () => {
    const text = '"We are late," said Anna. Ben looked up. "Is it really so late?" "Anna, it is nearly midnight."';
    expect(who(quotes(text, people(text))).map(([, s]) => s)).toEqual(['anna', 'ben', 'ben']);
  });

  it('runs one speaker on in news: quotes after a colon, or after a cue, are not turns', () => {
    const text = 'Ben spoke on Monday. Anna said: "The plan is sound and it is funded." "We will start in May next year."\n\n"It will not change," she said. "The money is there."';
    expect(who(quotes(text, people(text))).map(([, s]) => s)).toEqual(['anna', 'anna', 'anna', 'anna']);
  });

  it('does not take narration from another paragraph, nor a sentence that brings on a new speaker', () => {
    const text = '"The plan is sound," Anna said.\n\nBen was not convinced. "The money is not there yet." Ben Smith, a banker, said it was late.';
    const qs = quotes(text, people(text));
    expect(qs[1].text).toBe('The money is not there yet');
    expect(qs[1].speaker?.entity).toBe('ben');
    const news = '"The plan is sound," Anna said. "The money is there now." Ben, a banker in the city, said it was late.';
    expect(quotes(news, people(news))[1].speaker?.entity).toBe('anna');
  });
});

describe('pronoun speakers in dialogue', () => {
  it('does not give «he» the words of an unresolved «she»', () => {
    const qs = quotes('"Come in, please," she said. "Thank you very much," he said.');
    expect(qs.map((q) => q.speaker?.text)).toEqual(['she', 'he']);
  });

  it('keeps «I» as the narrator, not the person named before', () => {
    const text = 'Anna opened the door. "Good evening to you all," said I.';
    const [q] = quotes(text, people(text));
    expect(q.speaker?.text).toBe('I');
    expect(q.speaker?.entity).toBeNull();
  });
});
