// One sense per document for name types (src/entities/type-vote.ts): a name's mentions vote,
// a title before a mention votes strongly for a person, and a one-word name takes the type of
// the one longer name it is the short form of. Hand-made sentences, hand-made tagger mentions.
import { describe, expect, it } from 'vitest';
import type { Entity } from '../../src/core/types.js';
import { english } from '../../src/lang/en/index.js';
import { mentionOf, type MentionSpec } from '../fixtures/entity-rows.js';
import { resolveEntities } from '../../src/entities/resolve.js';

function rows(text: string, specs: MentionSpec[]): string[] {
  const layer = english.textLayer(text);
  const entities: Entity[] = resolveEntities(layer, specs.map((s) => mentionOf(layer, s)), english);
  return entities.map((e) => `${e.type}:${e.mentions.filter((m) => m.kind === 'name').map((m) => m.text).join('|')}`);
}

describe('name types: one sense per document', () => {
  it('types a name that opens with a place head (Camp, Fort, Mount) as a place, not a person', () => {
    const text = 'The men were held at Camp Delta before Fort Worth. Mr Fort Knight spoke.';
    expect(rows(text, [['Camp Delta', 'PERSON'], ['Fort Worth', 'PERSON'], ['Fort Knight', 'PERSON']])).toEqual(['LOC:Camp Delta', 'LOC:Fort Worth', 'PERSON:Fort Knight']);
  });

  it('makes "Mr Straw" tagged once ORG and once PERSON one person with Jack Straw', () => {
    const text = 'Foreign Secretary Jack Straw spoke. Mr Straw said the talks went well. The families were told, Mr Straw said.';
    expect(rows(text, [['Jack Straw', 'PERSON'], ['Straw', 'ORG', 1], ['Straw', 'PERSON', 2]])).toEqual(['PERSON:Jack Straw|Straw|Straw']);
  });

  it('lets a title outvote two untitled mentions of another type', () => {
    const text = 'Reid met Hoon. Reid was angry. Later Mr Reid left.';
    expect(rows(text, [['Reid', 'ORG'], ['Hoon', 'PERSON'], ['Reid', 'ORG', 1], ['Reid', 'PERSON', 2]])).toEqual(['PERSON:Reid|Reid|Reid', 'PERSON:Hoon']);
  });

  it('without a title, the majority of the mentions decides', () => {
    const text = 'Jersey won. Jersey lost. Jersey drew.';
    expect(rows(text, [['Jersey', 'LOC'], ['Jersey', 'ORG', 1], ['Jersey', 'LOC', 2]])).toEqual(['LOC:Jersey|Jersey|Jersey']);
  });

  it('types "Baikal" alone as the organisation "Baikal Finance Group" it shortens', () => {
    const text = 'Baikal Finance Group bought the unit. Baikal paid cash, and Baikal is unknown.';
    expect(rows(text, [['Baikal Finance Group', 'ORG'], ['Baikal', 'PERSON', 1], ['Baikal', 'PERSON', 2]])).toEqual(['ORG:Baikal Finance Group|Baikal|Baikal']);
  });

  it('leaves a known place beside a person of that surname, and a titled person beside a company', () => {
    const text = 'George Washington was born near Washington. Dr Ford joined Ford Motor Company.';
    expect(rows(text, [['George Washington', 'PERSON'], ['Washington', 'LOC', 1], ['Ford', 'PERSON'], ['Ford Motor Company', 'ORG']])).toEqual([
      'PERSON:George Washington',
      'LOC:Washington',
      'PERSON:Ford',
      'ORG:Ford Motor Company',
    ]);
  });

  it('takes no type from a name seen only in a headline in capitals', () => {
    const text = 'CHINA TO JOIN GATT\n\nChina wants to join GATT. GATT is slow.';
    expect(rows(text, [['CHINA', 'LOC'], ['JOIN GATT', 'PERSON'], ['China', 'LOC'], ['GATT', 'ORG', 1], ['GATT', 'ORG', 2]])).toContain('ORG:GATT|GATT');
  });
});

describe('an organisation and its conference', () => {
  it('puts "Opec Conference" in the row of Opec, OPEC (conference is a classifier noun)', () => {
    const text = 'OPEC met. Opec Conference President Lukman spoke. Opec output fell.';
    expect(rows(text, [['OPEC', 'ORG'], ['Opec Conference', 'ORG'], ['Lukman', 'PERSON'], ['Opec', 'ORG', 1]])).toEqual(['ORG:OPEC|Opec Conference|Opec', 'PERSON:Lukman']);
  });
});
