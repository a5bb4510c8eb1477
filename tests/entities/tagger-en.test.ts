// The English side of the name tagger: the shipped model on hand-made sentences, and the
// document pass that tags repeats of a name (never a lower-case word for a capitalised name).
import { describe, expect, it } from 'vitest';
import { english } from '../../src/lang/en/index.js';
import { tagNames, taggerModel } from '../../src/entities/tagger.js';
import { postprocess } from '../../src/entities/tagger/postprocess.js';

function names(text: string): string[] {
  const layer = english.textLayer(text);
  return tagNames(layer).map((m) => `${layer.text.slice(m.start, m.end)} ${m.type}`);
}

describe('English name tagger', () => {
  it('reads no name into a capital after a full stop inside a quotation', () => {
    const found = names('"That\'s what he said and that\'s what I say. He has dealt with this. The matter is closed," Mr Blair said.\n');
    expect(found.some((n) => n.endsWith('Blair PERSON'))).toBe(true);
    expect(found.some((n) => /^(\. )?(He|The) /.test(n))).toBe(false);
  });

  it('reads known international organisations as organisations, written in capitals or not', () => {
    expect(names('China is likely to join GATT this year, diplomats said.\n')).toEqual(['China LOC', 'GATT ORG']);
    expect(names('Opec output fell below its ceiling.\n')).toEqual(['Opec ORG']);
    expect(names('G8 finance ministers met in Gleneagles.\n')).toContain('G8 ORG');
  });

  it('tags a repeat of a capitalised name, but not the same word in lower case', () => {
    const layer = english.textLayer('REAGAN ADMITS MISTAKE\n\nReagan said the mistake was his. Reagan left.\n');
    const labels = new Int32Array(layer.tokens.length);
    const at = (word: string, nth = 0) => layer.tokens.filter((t) => t.text === word)[nth].index;
    labels[at('REAGAN')] = 1; // B-PERS
    labels[at('MISTAKE')] = 3; // B-LOC: the tagger's mistake in a headline
    labels[at('Reagan')] = 1;
    postprocess(layer, labels, taggerModel('en')!, { enforce: false, propagate: true, unify: false });
    expect(labels[at('Reagan', 1)]).toBe(1);
    expect(labels[at('mistake')]).toBe(0);
  });
});
