// The document passes over English tagger labels (src/entities/tagger/postprocess.ts): a name
// and its acronym in brackets, and names in a line written in capitals. Hand-made sentences
// with hand-made tagger labels, so the passes are tested apart from the model's reading.
import { describe, expect, it } from 'vitest';
import { english } from '../../src/lang/en/index.js';
import { taggerModel } from '../../src/entities/tagger.js';
import { mentionsFromLabels } from '../../src/entities/tagger/mentions.js';
import { postprocess } from '../../src/entities/tagger/postprocess.js';
import { labelled } from '../fixtures/entity-rows.js';

function afterPasses(text: string, names: Array<[string, string, number?]>): string[] {
  const layer = english.textLayer(text);
  const labels = postprocess(layer, labelled(layer, names), taggerModel('en')!, { enforce: true, propagate: false, unify: false });
  return mentionsFromLabels(layer, labels, english.fold).map((m) => `${m.type}:${text.slice(m.start, m.end)}`);
}

describe('a name and its acronym in brackets', () => {
  it('joins a name the tagger cut at "on" into the one name its acronym spells', () => {
    const text = 'China applied to join the General Agreement on Tariffs and Trade (GATT) in July.';
    expect(afterPasses(text, [['China', 'LOC'], ['General Agreement', 'ORG'], ['Tariffs and Trade', 'ORG'], ['GATT', 'ORG']])).toEqual([
      'LOC:China',
      'ORG:General Agreement on Tariffs and Trade',
      'ORG:GATT',
    ]);
  });

  it('parts an acronym from its expansion in brackets when the tagger drew one name over both', () => {
    const text = 'He ran the NSC (National Security Council) staff.';
    expect(afterPasses(text, [['NSC (National Security Council)', 'ORG']])).toEqual(['ORG:NSC', 'ORG:National Security Council']);
  });

  it('drops words the tagger ran on before the spelt-out name, and types it by its words', () => {
    const text = 'Shares fell on the August National Association of Purchasing Management (NAPM) index.';
    expect(afterPasses(text, [['August National Association of Purchasing Management', 'ORG'], ['NAPM', 'MISC']])).toEqual([
      'ORG:National Association of Purchasing Management',
      'ORG:NAPM',
    ]);
  });

  it('leaves brackets that gloss no acronym inside a name, and words whose initials do not spell it', () => {
    expect(afterPasses('Mladost (L) won 2-0.', [['Mladost (L)', 'ORG']])).toEqual(['ORG:Mladost (L)']);
    expect(afterPasses('the Bank of England (BOX) rose', [['Bank of England', 'ORG'], ['BOX', 'ORG']])).toEqual(['ORG:Bank of England', 'ORG:BOX']);
  });
});

describe('a line written in capitals', () => {
  it('takes its names from the mixed-case text: "JOIN GATT" is GATT, as the story writes it', () => {
    const text = 'CHINA LIKELY TO JOIN GATT, DIPLOMATS SAY\n\nChina is likely to join GATT soon, diplomats said.';
    expect(afterPasses(text, [['CHINA', 'LOC'], ['JOIN GATT', 'PERS'], ['China', 'LOC'], ['GATT', 'ORG', 1]])).toEqual(['LOC:CHINA', 'ORG:GATT', 'LOC:China', 'ORG:GATT']);
  });

  it('tags a name the tagger missed in the headline and joins a name it cut in two', () => {
    const text = 'SOCCER - KEVIN BROWN TO COACH NICE\n\nKevin Brown will coach Nice next season.';
    expect(afterPasses(text, [['KEVIN', 'PERS'], ['BROWN', 'PERS'], ['Kevin Brown', 'PERS'], ['Nice', 'ORG']])).toEqual(['PERSON:KEVIN BROWN', 'ORG:NICE', 'PERSON:Kevin Brown', 'ORG:Nice']);
  });

  it("keeps the tagger's type over the same words, its longer names and what the story never names", () => {
    const text = 'KANSAS CITY AT DETROIT\nJAKARTA POST SAYS WIRANTO LEFT\n\nKansas City is a city. Jakarta is hot.';
    expect(afterPasses(text, [['KANSAS CITY', 'ORG'], ['DETROIT', 'ORG'], ['JAKARTA POST', 'ORG'], ['WIRANTO', 'PERS'], ['Kansas City', 'LOC'], ['Jakarta', 'LOC']])).toEqual([
      'ORG:KANSAS CITY',
      'ORG:DETROIT',
      'ORG:JAKARTA POST',
      'PERSON:WIRANTO',
      'LOC:Kansas City',
      'LOC:Jakarta',
    ]);
  });

  it('does not cut a name that runs on over a word the story never writes in lower case', () => {
    const text = 'ROBERTO DURAN FIGHTS ON\n\nDuran said he fights on.';
    expect(afterPasses(text, [['ROBERTO DURAN', 'PERS'], ['Duran', 'PERS']])).toEqual(['PERSON:ROBERTO DURAN', 'PERSON:Duran']);
  });
});
