// Entity rows from hand-made English texts and hand-made name mentions: surnames, honorifics
// and possessives, aliases and acronyms, party names, nationality words, shared surnames,
// titles before and after names and bare titles ("the prime minister") resolved to a row.
import { describe, expect, it } from 'vitest';
import type { Entity, EntityType, TextLayer } from '../../src/core/types.js';
import { english } from '../../src/lang/en/index.js';
import { mentionOf, type MentionSpec } from '../fixtures/entity-rows.js';
import { resolveEntities } from '../../src/entities/resolve.js';
import { resolveTitle } from '../../src/entities/references.js';
import { isNationalityEntity } from '../../src/entities/nationality.js';

type Spec = MentionSpec;
const mention = mentionOf;

function run(text: string, specs: Spec[]): { entities: Entity[]; layer: TextLayer } {
  const layer = english.textLayer(text);
  return { entities: resolveEntities(layer, specs.map((s) => mention(layer, s)), english), layer };
}

/** The row holding the nth name mention written `text`. */
function rowOf(entities: Entity[], text: string, nth = 0): Entity {
  const rows = entities.flatMap((e) => e.mentions.filter((m) => m.kind === 'name' && m.text === text).map(() => e));
  if (!rows[nth]) throw new Error(`no row holds ${text} #${nth}`);
  return rows[nth];
}

function names(e: Entity): string[] {
  return e.mentions.filter((m) => m.kind === 'name').map((m) => m.text);
}

describe('English names: one row per entity', () => {
  it('joins a surname, an honorific left in the span and a possessive to the full name', () => {
    const text = "Tony Blair spoke in London. Mr Blair said Blair's plan was fair. BLAIR ADMITS ERROR.";
    const { entities } = run(text, [
      ['Tony Blair', 'PERSON'],
      ['London', 'LOC'],
      ['Mr Blair', 'PERSON'],
      ["Blair's", 'PERSON'],
      ['BLAIR', 'PERSON'],
    ]);
    expect(entities).toHaveLength(2);
    const blair = rowOf(entities, 'Tony Blair');
    expect(blair.name).toBe('Tony Blair');
    // the spans lose "Mr" and "'s": names only, as the gold draws them
    expect(names(blair)).toEqual(['Tony Blair', 'Blair', 'Blair', 'BLAIR']);
    expect(blair.mentions[1].start).toBe(text.indexOf('Blair said'));
  });

  it('leaves peerage styles and post-nominal letters out of the span: Lord Goldsmith, Frank Field MP, a QC', () => {
    const text = 'Lord Goldsmith met Frank Field MP and Philippe Sands QC. Goldsmith and a QC, Prince Charles, agreed.';
    const { entities } = run(text, [
      ['Lord Goldsmith', 'PERSON'],
      ['Frank Field MP', 'PERSON'],
      ['Philippe Sands QC', 'PERSON'],
      ['Goldsmith', 'PERSON', 1],
      ['QC', 'ORG', 1],
      ['Prince Charles', 'PERSON'],
    ]);
    expect(entities.map((e) => e.name)).toEqual(['Goldsmith', 'Frank Field', 'Philippe Sands', 'Charles']);
    expect(names(rowOf(entities, 'Goldsmith'))).toEqual(['Goldsmith', 'Goldsmith']);
    expect(rowOf(entities, 'Goldsmith').mentions[0].start).toBe(text.indexOf('Goldsmith'));
  });

  it('merges the US, United States, U.S. and America; the UK, Britain and U.K.; OPEC and Opec', () => {
    const text = 'The US and the United States. U.S. officials and America. Britain, the UK and the U.K. met OPEC and Opec.';
    const { entities } = run(text, [
      ['US', 'LOC'],
      ['United States', 'LOC'],
      ['U.S.', 'LOC'],
      ['America', 'LOC'],
      ['Britain', 'LOC'],
      ['UK', 'LOC'],
      ['U.K.', 'LOC'],
      ['OPEC', 'ORG'],
      ['Opec', 'ORG'],
    ]);
    expect(entities).toHaveLength(3);
    expect(names(rowOf(entities, 'US'))).toEqual(['US', 'United States', 'U.S.', 'America']);
    expect(rowOf(entities, 'US').name).toBe('United States');
    expect(names(rowOf(entities, 'Britain'))).toEqual(['Britain', 'UK', 'U.K.']);
    expect(names(rowOf(entities, 'OPEC'))).toEqual(['OPEC', 'Opec']);
  });

  it('reads an acronym from the initials of a longer name and a gloss in brackets', () => {
    const text = 'The International Monetary Fund said the IMF would help. Sberbank (Savings Bank) lent money; Sberbank said so. The General Agreement on Tariffs and Trade (GATT) met and GATT agreed.';
    const { entities } = run(text, [
      ['International Monetary Fund', 'ORG'],
      ['IMF', 'ORG'],
      ['Sberbank', 'ORG'],
      ['Savings Bank', 'ORG'],
      ['Sberbank', 'ORG', 1],
      ['General Agreement on Tariffs and Trade', 'ORG'],
      ['GATT', 'ORG'],
      ['GATT', 'ORG', 1],
    ]);
    expect(entities).toHaveLength(3);
    expect(names(rowOf(entities, 'IMF'))).toEqual(['International Monetary Fund', 'IMF']);
    expect(names(rowOf(entities, 'Savings Bank'))).toEqual(['Sberbank', 'Savings Bank', 'Sberbank']);
    expect(rowOf(entities, 'GATT', 1).mentions).toHaveLength(3);
  });

  it('does not read an acronym from a name of another type, nor from a word not in capitals', () => {
    const typed = run('Iran Arms Negotiator met the IAN group and the Inter Allied Navy.', [
      ['Iran Arms Negotiator', 'PERSON'],
      ['IAN', 'ORG'],
      ['Inter Allied Navy', 'MISC'],
    ]);
    expect(typed.entities).toHaveLength(3);
    const lower = run('The Inter Allied Navy met Ian Ltd.', [
      ['Inter Allied Navy', 'ORG'],
      ['Ian', 'ORG'],
    ]);
    expect(lower.entities).toHaveLength(2);
  });

  it('joins party names in short, plural and alias forms: Labour Party, Tories, Republicans', () => {
    const text = 'The Labour Party won. Labour said the Tories and the Conservatives lost. A Conservative MP and a Tory agreed. Republicans and a Republican disagreed. The Liberals and the Liberal Party.';
    const { entities } = run(text, [
      ['Labour Party', 'ORG'],
      ['Labour', 'ORG', 1],
      ['Tories', 'ORG'],
      ['Conservatives', 'ORG'],
      ['Conservative', 'ORG', 1],
      ['Tory', 'ORG'],
      ['Republicans', 'ORG'],
      ['Republican', 'ORG', 1],
      ['Liberals', 'ORG'],
      ['Liberal Party', 'ORG'],
    ]);
    expect(entities).toHaveLength(4);
    expect(rowOf(entities, 'Labour').name).toBe('Labour Party');
    expect(rowOf(entities, 'Tory').mentions).toHaveLength(4);
    expect(rowOf(entities, 'Republican').mentions).toHaveLength(2);
    expect(rowOf(entities, 'Liberals').name).toBe('Liberal Party');
  });

  it('keeps a place apart from a longer place unless the rest is a classifier noun', () => {
    const { entities } = run('Guantanamo Bay held them; Guantanamo closed. Korea and North Korea talked.', [
      ['Guantanamo Bay', 'LOC'],
      ['Guantanamo', 'LOC', 1],
      ['Korea', 'LOC'],
      ['North Korea', 'LOC'],
    ]);
    expect(entities).toHaveLength(3);
    expect(rowOf(entities, 'Guantanamo').name).toBe('Guantanamo Bay');
  });

  it('keeps nationality words tagged MISC as MISC rows (CoNLL tags them so), drops them tagged otherwise, not a person called English', () => {
    const { entities } = run('German and Iraqi officials met Americans, Communist leaders and Bill English. English said Germany agreed with the French.', [
      ['German', 'MISC'],
      ['Iraqi', 'MISC'],
      ['Americans', 'MISC'],
      ['Communist', 'MISC'],
      ['Bill English', 'PERSON'],
      ['English', 'PERSON', 1],
      ['Germany', 'LOC'],
      ['French', 'ORG'],
    ]);
    expect(entities.map((e) => `${e.name} ${e.type}`)).toEqual(['German MISC', 'Iraqi MISC', 'Americans MISC', 'Communist MISC', 'Bill English PERSON', 'Germany LOC']);
    expect(rowOf(entities, 'English').mentions).toHaveLength(2);
    // the human table leaves the nationality rows out, the names stay
    expect(entities.filter((e) => !isNationalityEntity(e, english)).map((e) => e.name)).toEqual(['Bill English', 'Germany']);
  });

  it('reads a bare Cabinet as no name (the BBC capitalises the noun), a named cabinet office stays', () => {
    const { entities } = run('The Cabinet met. The Cabinet Office said so.', [
      ['Cabinet', 'ORG'],
      ['Cabinet Office', 'ORG'],
    ]);
    expect(entities.map((e) => e.name)).toEqual(['Cabinet Office']);
  });

  it('joins a name with particles and its surname: Ludwig van Beethoven, van Beethoven, Beethoven', () => {
    const { entities } = run('Ludwig van Beethoven wrote it. Later van Beethoven and Beethoven rested.', [
      ['Ludwig van Beethoven', 'PERSON'],
      ['van Beethoven', 'PERSON'],
      ['Beethoven', 'PERSON', 2],
    ]);
    expect(entities).toHaveLength(1);
  });

  it('compares a surname without its joined particle and a curly apostrophe as a straight one', () => {
    const { entities } = run("Bashar al-Assad spoke. Assad's aides and Neil O’Brien met. O'Brien left.", [
      ['Bashar al-Assad', 'PERSON'],
      ['Assad', 'PERSON', 1],
      ['Neil O’Brien', 'PERSON'],
      ["O'Brien", 'PERSON'],
    ]);
    expect(entities).toHaveLength(2);
    expect(rowOf(entities, 'Assad').name).toBe('Bashar al-Assad');
    expect(rowOf(entities, "O'Brien").name).toBe('Neil O’Brien');
  });
});

describe('shared surnames and first names', () => {
  it('gives a surname two people share to the one named most before it (Tony and Cherie Blair)', () => {
    const text = 'Tony Blair arrived. Tony Blair spoke. Cherie Blair waved. Mr Blair said no.';
    const { entities } = run(text, [
      ['Tony Blair', 'PERSON'],
      ['Tony Blair', 'PERSON', 1],
      ['Cherie Blair', 'PERSON'],
      ['Blair', 'PERSON', 3],
    ]);
    expect(entities).toHaveLength(2);
    expect(rowOf(entities, 'Blair').name).toBe('Tony Blair');
    expect(names(rowOf(entities, 'Cherie Blair'))).toEqual(['Cherie Blair']);
  });

  it('joins a first name alone to the one full name starting with it, never after a title', () => {
    const text = 'Moazzam Begg was freed. Azmat Begg, father of Moazzam, spoke. Mr Begg thanked Charles Kennedy. Prince Charles did not.';
    const { entities } = run(text, [
      ['Moazzam Begg', 'PERSON'],
      ['Azmat Begg', 'PERSON'],
      ['Moazzam', 'PERSON', 1],
      ['Begg', 'PERSON', 2],
      ['Charles Kennedy', 'PERSON'],
      ['Charles', 'PERSON', 1],
    ]);
    expect(names(rowOf(entities, 'Moazzam Begg'))).toEqual(['Moazzam Begg', 'Moazzam', 'Begg']);
    expect(names(rowOf(entities, 'Azmat Begg'))).toEqual(['Azmat Begg']);
    expect(names(rowOf(entities, 'Charles'))).toEqual(['Charles']);
    expect(entities).toHaveLength(4);
  });
});

describe('English titles', () => {
  it('attaches a title before a name and resolves a later "the prime minister" to that row', () => {
    const text = 'Prime Minister Tony Blair met Deputy Prime Minister John Prescott. Mr Blair left. Later the prime minister said he was sure.';
    const { entities } = run(text, [
      ['Tony Blair', 'PERSON'],
      ['John Prescott', 'PERSON'],
      ['Blair', 'PERSON', 1],
    ]);
    const blair = rowOf(entities, 'Tony Blair');
    expect(blair.titles).toEqual(['Prime Minister']);
    expect(rowOf(entities, 'John Prescott').titles).toEqual(['Deputy Prime Minister']);
    // the deputy is not "the prime minister"
    expect(blair.mentions.map((m) => [m.text, m.kind])).toEqual([
      ['Tony Blair', 'name'],
      ['Blair', 'name'],
      ['prime minister', 'title'],
    ]);
  });

  it('reads titles after a name: a comma and "the", linkers, a title with no comma', () => {
    const text = 'Nigel Lawson, the Chancellor of the Exchequer, spoke to Philippe Sands QC and David Steel, leader of the Liberal Party. The Chancellor said rates would fall.';
    const { entities } = run(text, [
      ['Nigel Lawson', 'PERSON'],
      ['Philippe Sands', 'PERSON'],
      ['David Steel', 'PERSON'],
      ['Liberal Party', 'ORG'],
    ]);
    const lawson = rowOf(entities, 'Nigel Lawson');
    expect(lawson.titles).toEqual(['Chancellor of the Exchequer']);
    expect(rowOf(entities, 'Philippe Sands').titles).toEqual(['QC']);
    expect(rowOf(entities, 'David Steel').titles).toEqual(['leader of the Liberal Party']);
    expect(lawson.mentions.filter((m) => m.kind === 'title').map((m) => m.text)).toEqual(['Chancellor']);
  });

  it('needs a comma before a title after a name: "Mr Peston the prime minister said" gives Peston no title', () => {
    const { entities } = run('According to Mr Peston the prime minister said so.', [['Peston', 'PERSON']]);
    expect(entities[0].titles).toEqual([]);
  });

  it('reads a nationality, a possessive and a counterpart, and leaves an ambiguous bare title alone', () => {
    const text = "Britain's Foreign Secretary Jack Straw met his Russian counterpart Sergei Lavrov. The Russian foreign secretary smiled. The foreign secretary left.";
    const { entities, layer } = run(text, [
      ['Britain', 'LOC'],
      ['Jack Straw', 'PERSON'],
      ['Sergei Lavrov', 'PERSON'],
    ]);
    const straw = rowOf(entities, 'Jack Straw');
    const lavrov = rowOf(entities, 'Sergei Lavrov');
    expect(straw.titles).toEqual(["Britain's Foreign Secretary"]);
    expect(lavrov.titles).toEqual(['Russian Foreign Secretary']);
    expect(lavrov.mentions.filter((m) => m.kind === 'title').map((m) => m.text)).toEqual(['Russian foreign secretary']);
    // two foreign secretaries: "the foreign secretary" could be either
    expect(straw.mentions.filter((m) => m.kind === 'title')).toEqual([]);
    expect(resolveTitle('the foreign secretary', text.length, entities, layer)).toBeNull();
    expect(resolveTitle('the British foreign secretary', text.length, entities, layer)).toBe(straw);
  });

  it('does not take an indefinite "a general rule" for a title of someone', () => {
    const text = 'Solicitor General Harriet Harman spoke. As a general rule, she said, it is right.';
    const { entities } = run(text, [['Harriet Harman', 'PERSON']]);
    expect(entities[0].titles).toEqual(['Solicitor General']);
    expect(entities[0].mentions.filter((m) => m.kind === 'title')).toEqual([]);
  });
});
