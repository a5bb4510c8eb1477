// One test per English quote construction of issue 7, on short hand-made news sentences
// with hand-made entity rows, and the traps (scare quotes, apostrophes written as quotation
// marks, nouns that look like speech verbs, unnamed sources).
import { describe, expect, it } from 'vitest';
import { english } from '../../src/lang/en/index.js';
import { quoteLexicon } from '../../src/quotes/index.js';
import { entityRows } from '../fixtures/entity-rows.js';
import { quotesIn, brief } from '../fixtures/quote-runs.js';

const rows = entityRows;

const quotes = quotesIn(english);


describe('the English speech-verb lexicon', () => {
  it('generates say/says/said/saying and the regular classes from the lemma', () => {
    const cues = quoteLexicon(english)!.cues;
    for (const form of ['say', 'says', 'said', 'saying', 'told', 'tells', 'warned', 'warns', 'noted', 'noting', 'denied', 'denies', 'admitted', 'admitting', 'stresses', 'added', 'adding', 'insisted', 'announced']) {
      expect(cues.has(form), form).toBe(true);
    }
    expect(cues.has('saied')).toBe(false);
    expect(cues.has('noteing')).toBe(false);
    expect(cues.get('added')![0].role).toBe('continue');
  });
});

describe('direct quotes', () => {
  it('takes the words between straight or curly marks, speaker after the quote', () => {
    const text = 'Tony Blair spoke on Sunday. "We will not raise taxes," Mr Blair said. \u201cThe economy is strong,\u201d said Gordon Brown.';
    const ents = rows(text, [['blair', 'PERSON', ['Tony Blair', 'Blair']], ['brown', 'PERSON', ['Gordon Brown']]]);
    expect(quotes(text, ents).map(brief)).toEqual([
      { text: 'We will not raise taxes', kind: 'direct', speaker: 'blair' },
      { text: 'The economy is strong', kind: 'direct', speaker: 'brown' },
    ]);
  });

  it('keeps a quote over several paragraphs whole, and nested marks inside it', () => {
    const text = 'Mr Straw said: "This is about the \'rule of law\' in the region.\n\n"It will not change."\n\nThe talks ended.';
    const ents = rows(text, [['straw', 'PERSON', ['Straw']]]);
    const [q, ...rest] = quotes(text, ents);
    expect(rest).toEqual([]);
    expect(q.kind).toBe('direct');
    expect(q.speaker?.entity).toBe('straw');
    expect(q.text.startsWith('This is about')).toBe(true);
    expect(q.text).toContain("'rule of law'");
    expect(q.text.endsWith('It will not change')).toBe(true);
  });

  it('gives a quoted sentence with no cue to the last speaker', () => {
    const text = '"We are ready," the minister said on Monday. "No other official was involved."';
    const ents = rows(text, []);
    const qs = quotes(text, ents);
    expect(qs.map((q) => [q.text, q.kind])).toEqual([['We are ready', 'direct'], ['No other official was involved', 'direct']]);
    expect(qs[1].speaker?.text).toBe(qs[0].speaker?.text);
    expect(qs[1].cue).toBeNull();
  });

  it('does not pair an apostrophe written as a quotation mark', () => {
    const text = 'Opec"s output rose, the minister said. Nigeria"s share fell.';
    const qs = quotes(text);
    expect(qs.map((q) => q.text)).toEqual(['Opec"s output rose']);
    expect(qs[0].kind).toBe('indirect');
  });

  it('leaves scare quotes inside a sentence alone', () => {
    const text = 'The so-called "war on terror" dominated the summit in Brussels.';
    expect(quotes(text)).toEqual([]);
  });

  it('takes a quoted object of called/described as a direct quote', () => {
    const text = 'Michael Howard called it "a bribes budget" in the Commons.';
    const ents = rows(text, [['howard', 'PERSON', ['Michael Howard']]]);
    expect(quotes(text, ents).map(brief)).toEqual([{ text: 'a bribes budget', kind: 'direct', speaker: 'howard' }]);
  });
});

describe('reported speech', () => {
  it('runs from after "that" to the end of the clause, speaker before the verb', () => {
    const text = 'Mr Blair said that the claims were false. The meeting ended.';
    const ents = rows(text, [['blair', 'PERSON', ['Blair']]]);
    expect(quotes(text, ents).map(brief)).toEqual([{ text: 'the claims were false', kind: 'indirect', speaker: 'blair' }]);
  });

  it('takes the content right after the verb when "that" is left out, quoted fragments inside', () => {
    const text = 'Mr Blair said the claims were "reheated from six months ago" and that he was busy.';
    const ents = rows(text, [['blair', 'PERSON', ['Blair']]]);
    const qs = quotes(text, ents);
    expect(qs.map(brief)).toEqual([{ text: 'the claims were "reheated from six months ago" and that he was busy', kind: 'indirect', speaker: 'blair' }]);
  });

  it('skips whom it was told and when', () => {
    const text = 'Jack Straw told reporters on Tuesday that a vote would be held in 2006.';
    const ents = rows(text, [['straw', 'PERSON', ['Jack Straw']]]);
    expect(quotes(text, ents).map(brief)).toEqual([{ text: 'a vote would be held in 2006', kind: 'indirect', speaker: 'straw' }]);
  });

  it('takes the clause before the cue: "…, said X" and "…, X said"', () => {
    const text = 'The deal is dead, said Mr Lawson. Taxes will fall next year, the chancellor said.';
    const ents = rows(text, [['lawson', 'PERSON', ['Lawson']]], );
    const qs = quotes(text, ents);
    expect(qs.map((q) => [q.text, q.kind])).toEqual([['The deal is dead', 'indirect'], ['Taxes will fall next year', 'indirect']]);
    expect(qs[0].speaker?.entity).toBe('lawson');
  });

  it('names the source after "according to", before or after its clause', () => {
    const text = 'According to Reuters, the talks failed. Output fell by 5%, according to the Opec survey.';
    const ents = rows(text, [['reuters', 'ORG', ['Reuters']], ['opec', 'ORG', ['Opec']]]);
    expect(quotes(text, ents).map(brief)).toEqual([
      { text: 'the talks failed', kind: 'indirect', speaker: 'reuters' },
      { text: 'Output fell by 5%', kind: 'indirect', speaker: 'opec' },
    ]);
  });

  it('does not take a noun that looks like a speech verb for a cue', () => {
    const text = 'The report says nothing new. His claims were dismissed by the court.';
    expect(quotes(text).map((q) => q.text)).toEqual([]);
  });
});

describe('speakers', () => {
  it('resolves he/she through the gender of earlier speakers', () => {
    const text = 'Mrs Begg said that her son was innocent. Mr Straw said that talks had begun. She said that she was relieved.';
    const ents = rows(text, [['begg', 'PERSON', ['Begg']], ['straw', 'PERSON', ['Straw']]]);
    expect(quotes(text, ents).map((q) => q.speaker?.entity ?? null)).toEqual(['begg', 'straw', 'begg']);
  });

  it('resolves a bare title through the titles of the entity rows', () => {
    const text = 'Tony Blair met Gordon Brown. "You don\'t do deals over jobs," the prime minister told the BBC.';
    const ents = rows(text, [['brown', 'PERSON', ['Gordon Brown'], ['chancellor']], ['blair', 'PERSON', ['Tony Blair'], ['prime minister']]]);
    // the chancellor is mentioned last, but the title is Blair's
    expect(quotes(text, ents).map(brief)).toEqual([{ text: "You don't do deals over jobs", kind: 'direct', speaker: 'blair' }]);
  });

  it('keeps unnamed sources unnamed, also for a later "he said"', () => {
    const text = 'Tony Blair arrived in Beijing. One western diplomat said the talks were stalled. Prices will rise, he said. Officials said that the plan was ready. A spokesman said it would be delayed.';
    const ents = rows(text, [['blair', 'PERSON', ['Tony Blair']], ['beijing', 'LOC', ['Beijing']]]);
    const qs = quotes(text, ents);
    expect(qs.map((q) => q.text)).toEqual(['the talks were stalled', 'Prices will rise', 'the plan was ready', 'it would be delayed']);
    for (const q of qs) expect(q.speaker?.entity ?? null).toBeNull();
    expect(qs.map((q) => q.speaker?.text)).toEqual(['One western diplomat', 'One western diplomat', 'Officials', 'A spokesman']);
  });

  it('does not give "the prime minister" to the deputy prime minister', () => {
    const text = 'Deputy Prime Minister John Prescott hosted a dinner. Tony Blair, the prime minister, spoke. But the prime minister said he had discussed the claims.';
    const ents = rows(text, [['prescott', 'PERSON', ['John Prescott']], ['blair', 'PERSON', ['Tony Blair']]]);
    expect(quotes(text, ents).map(brief)).toEqual([{ text: 'he had discussed the claims', kind: 'indirect', speaker: 'blair' }]);
  });

  it('gives "and said" the subject of the clause before it, and skips cues inside a quote taken by a later cue', () => {
    const text = 'Earlier, Tony Blair dismissed questions, and said his statement had been fair. "That is what he said and that is what I say," Mr Blair told reporters.';
    const ents = rows(text, [['blair', 'PERSON', ['Tony Blair', 'Blair']]]);
    expect(quotes(text, ents).map(brief)).toEqual([
      { text: 'his statement had been fair', kind: 'indirect', speaker: 'blair' },
      { text: 'That is what he said and that is what I say', kind: 'direct', speaker: 'blair' },
    ]);
  });

  it('ends a quote after a colon at its closing mark when a new sentence follows', () => {
    const text = 'According to Mr Peston the prime minister said: "Help me through the year." But he then changed his mind.';
    const qs = quotes(text, rows(text, [['peston', 'PERSON', ['Peston']]]));
    expect(qs.map((q) => [q.text, q.kind])).toEqual([['Help me through the year', 'direct']]);
  });

  it('names a speaker with no entity row as written, and a relative pronoun by what it stands for', () => {
    const text = '"We will not raise taxes," Mr Blair said on Tuesday. Jack Straw, who said the vote would be held in 2006, left early.';
    const qs = quotes(text, rows(text, [['straw', 'PERSON', ['Jack Straw']]]));
    expect(qs.map((q) => [q.text, q.speaker?.text ?? null, q.speaker?.entity ?? null])).toEqual([
      ['We will not raise taxes', 'Mr Blair', null],
      ['the vote would be held in 2006', 'Jack Straw', 'straw'],
    ]);
  });
});

describe('subjects split off their verb (issue 7)', () => {
  it('skips a ", who …," relative clause between the subject and the cue', () => {
    const text = 'The hearing ended. Lawyer Jane Doe, who represents Mr Adams and Mr Brooks, said the government should have acted sooner.';
    const ents = rows(text, [['doe', 'PERSON', ['Jane Doe']], ['adams', 'PERSON', ['Adams']], ['brooks', 'PERSON', ['Brooks']]]);
    expect(quotes(text, ents).map(brief)).toEqual([{ text: 'the government should have acted sooner', kind: 'indirect', speaker: 'doe' }]);
  });

  it('gives an apposition after a title phrase to the named person, not the body', () => {
    const text = 'Acme Corp had a bad year. Its chief executive, Jane Doe, told reporters that profits would recover. The group\'s leader, Tom Hale, said the plan was sound.';
    const ents = rows(text, [['acme', 'ORG', ['Acme Corp']], ['doe', 'PERSON', ['Jane Doe']], ['hale', 'PERSON', ['Tom Hale']]]);
    expect(quotes(text, ents).map(brief)).toEqual([
      { text: 'profits would recover', kind: 'indirect', speaker: 'doe' },
      { text: 'the plan was sound', kind: 'indirect', speaker: 'hale' },
    ]);
  });

  it('never takes a clause after the cue for an inverted speaker', () => {
    const text = 'Mr Blair, speaking in London, said the claims were false.';
    const ents = rows(text, [['blair', 'PERSON', ['Blair']], ['london', 'LOC', ['London']]]);
    const qs = quotes(text, ents);
    expect(qs.map(brief)).toEqual([{ text: 'the claims were false', kind: 'indirect', speaker: 'blair' }]);
    expect(qs[0].speaker?.text).toBe('Blair');
  });

  it('still takes "…, said X" when the sentence does not open with the subject', () => {
    const text = 'Taxes will rise, Mr Hale, who runs the bank, said.';
    const ents = rows(text, [['hale', 'PERSON', ['Hale']]]);
    expect(quotes(text, ents).map(brief)).toEqual([{ text: 'Taxes will rise', kind: 'indirect', speaker: 'hale' }]);
  });
});

describe('he and she (issue 7)', () => {
  it('takes the person last named as a subject over the last speaker', () => {
    const text = 'Mr Straw said that talks had begun. The shadow foreign secretary, Michael Ancram, welcomed the news. But he said that questions remained.';
    const ents = rows(text, [['straw', 'PERSON', ['Straw']], ['ancram', 'PERSON', ['Michael Ancram']]]);
    expect(quotes(text, ents).map((q) => q.speaker?.entity ?? null)).toEqual(['straw', 'ancram']);
  });

  it('skips a person of the other gender, known from a title or a given name', () => {
    const text = 'Louise Grant said that the deal was fair. Tom Hale said that it was not. She said: "We will appeal."';
    const ents = rows(text, [['grant', 'PERSON', ['Louise Grant']], ['hale', 'PERSON', ['Tom Hale']]]);
    expect(quotes(text, ents).map(brief)).toEqual([
      { text: 'the deal was fair', kind: 'indirect', speaker: 'grant' },
      { text: 'it was not', kind: 'indirect', speaker: 'hale' },
      { text: 'We will appeal', kind: 'direct', speaker: 'grant' },
    ]);
    const titled = 'Mrs Hale said that the deal was fair. Mr Ross met reporters later. She said that she would appeal.';
    const ents2 = rows(titled, [['hale', 'PERSON', ['Hale']], ['ross', 'PERSON', ['Ross']]]);
    expect(quotes(titled, ents2).map((q) => q.speaker?.entity ?? null)).toEqual(['hale', 'hale']);
  });

  it('does not take a possessor or one of two coordinated names for a subject', () => {
    const text = 'Mr Straw said that talks had begun. Tom Hale and Peter Ross have been held for years. He said they would return soon.';
    const ents = rows(text, [['straw', 'PERSON', ['Straw']], ['hale', 'PERSON', ['Tom Hale']], ['ross', 'PERSON', ['Peter Ross']]]);
    expect(quotes(text, ents).map((q) => q.speaker?.entity ?? null)).toEqual(['straw', 'straw']);
    const owned = 'Adam Brook\'s MP Roger Hale welcomed his release, but said questions about the charges remained.';
    const ents2 = rows(owned, [['brook', 'PERSON', ['Adam Brook']], ['hale', 'PERSON', ['Roger Hale']]]);
    expect(quotes(owned, ents2).map(brief)).toEqual([{ text: 'questions about the charges remained', kind: 'indirect', speaker: 'hale' }]);
  });

  it('keeps the speaker for a quote that continues after "he added"', () => {
    const text = 'Mary Jones met Tom Hale on Monday. "We agreed on the plan," she added. "It starts in May."';
    const ents = rows(text, [['jones', 'PERSON', ['Mary Jones']], ['hale', 'PERSON', ['Tom Hale']]]);
    expect(quotes(text, ents).map(brief)).toEqual([
      { text: 'We agreed on the plan', kind: 'direct', speaker: 'jones' },
      { text: 'It starts in May', kind: 'direct', speaker: 'jones' },
    ]);
  });
});

describe('where the words of a cue are (issue 7)', () => {
  it('takes a quotation after "adding," and leaves it to that cue, not to the next paragraph\'s', () => {
    const text = 'Mr Hale said he backed the plan, adding, "In fact, I will go further."\n\nHe noted that the vote was close.';
    const ents = rows(text, [['hale', 'PERSON', ['Hale']]]);
    expect(quotes(text, ents).map((q) => [q.text, q.kind, q.cue?.text, q.speaker?.entity ?? null])).toEqual([
      ['he backed the plan', 'indirect', 'said', 'hale'],
      ['In fact, I will go further', 'direct', 'adding', 'hale'],
      ['the vote was close', 'indirect', 'noted', 'hale'],
    ]);
  });

  it('reports the whole sentence when the quotation before "he added" starts inside it', () => {
    const text = 'Mr Hale spoke first. The bill stood "no chance of becoming law," he added. "It is a cheap gesture to the lobby."';
    const ents = rows(text, [['hale', 'PERSON', ['Hale']]]);
    expect(quotes(text, ents).map(brief)).toEqual([
      { text: 'The bill stood "no chance of becoming law,"', kind: 'indirect', speaker: 'hale' },
      { text: 'It is a cheap gesture to the lobby', kind: 'direct', speaker: 'hale' },
    ]);
  });

  it('reads "… and said he …" as a second clause of the same subject, not as its source', () => {
    const text = 'Mr Hale noted that he had appointed a new chief of staff and said he hoped the team would work well.';
    const ents = rows(text, [['hale', 'PERSON', ['Hale']]]);
    expect(quotes(text, ents).map(brief)).toEqual([
      { text: 'he had appointed a new chief of staff', kind: 'indirect', speaker: 'hale' },
      { text: 'he hoped the team would work well', kind: 'indirect', speaker: 'hale' },
    ]);
  });
});

describe('pronoun speakers', () => {
  it('stand at their own place in the text and become pronoun mentions of the row they resolve to', () => {
    const text = 'Louise Christian, a lawyer, spoke to reporters on Monday.\n\n"They should have acted sooner," she said.\n\nTony Blair disagreed. "We did what we could," he said.';
    const ents = rows(text, [['christian', 'PERSON', ['Louise Christian']], ['blair', 'PERSON', ['Tony Blair']]]);
    const found = quotes(text, ents);
    expect(found.map((q) => [q.speaker?.entity, q.speaker?.text, q.speaker && text.slice(q.speaker.start, q.speaker.end)])).toEqual([
      ['christian', 'she', 'she'],
      ['blair', 'he', 'he'],
    ]);
    const christian = ents.find((e) => e.id === 'christian')!;
    expect(christian.mentions.map((m) => [m.text, m.kind])).toEqual([['Louise Christian', 'name'], ['she', 'pronoun']]);
    expect(text.slice(christian.mentions[1].start, christian.mentions[1].end)).toBe('she');
    // a pronoun nobody can be tied to stays the quote's own words, and no row gets it
    const alone = quotes('"It is over," he said.', []);
    expect(alone[0].speaker).toMatchObject({ entity: null, text: 'he' });
  });
});

describe('subjects behind a role', () => {
  it('reads "Union chief policy negotiator Jane Roe welcomed it and said" as Jane Roe speaking, not the last speaker', () => {
    const text = 'Reporter John Doe said the deal was close. Union chief policy negotiator Jane Roe welcomed the offer and said talks would resume on Monday.';
    const ents = rows(text, [['doe', 'PERSON', ['John Doe']], ['roe', 'PERSON', ['Jane Roe']]]);
    expect(quotes(text, ents).map(brief)).toEqual([
      { text: 'the deal was close', kind: 'indirect', speaker: 'doe' },
      { text: 'talks would resume on Monday', kind: 'indirect', speaker: 'roe' },
    ]);
  });
});
