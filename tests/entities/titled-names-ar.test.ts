// Persons no list knows, found beside their title: a run of two or three words rare in the
// reference text right before an indefinite title head or right after a whole title phrase
// (the document pass titledNames). Hand-made sentences; the tagger's own labels are left empty.
import { describe, expect, it } from 'vitest';
import { arabic } from '../../src/lang/ar/index.js';
import { english } from '../../src/lang/en/index.js';
import { taggerModel } from '../../src/entities/tagger.js';
import { mentionsFromLabels } from '../../src/entities/tagger/mentions.js';
import { DEFAULT_POSTPROCESS, postprocess } from '../../src/entities/tagger/postprocess.js';

/** The persons after the document passes when the tagger found nothing, as written. */
function persons(text: string, titled = true): string[] {
  const layer = arabic.textLayer(text);
  const labels = postprocess(layer, new Int32Array(layer.tokens.length), taggerModel('ar')!, { ...DEFAULT_POSTPROCESS, titled });
  return mentionsFromLabels(layer, labels, arabic.fold)
    .filter((m) => m.type === 'PERSON')
    .map((m) => text.slice(m.start, m.end));
}

describe('a name no list knows, beside its title', () => {
  it('reads two unknown words before «منسقة السياسة» as a person', () => {
    const text = 'وقالت زيغريدا كاولينسكي منسقة السياسة الخارجية إن الاتفاق مهم .';
    expect(persons(text)).toEqual(['زيغريدا كاولينسكي']);
    expect(persons(text, false)).toEqual([]);
  });

  it('reads two unknown words after a whole title phrase as a person, not the reporting verb after them', () => {
    expect(persons('وقالت الناطقة باسم الخارجية الإيرانية زيغريدا كاولينسكي أكدت أن الاتفاق مهم .')).toEqual(['زيغريدا كاولينسكي']);
  });

  it('leaves a definite title after a noun alone: it is that noun\'s genitive', () => {
    expect(persons('وتركزت مناقشاتهم الطويلة الوزراء على الصعوبات .')).toEqual([]);
    expect(persons('ليرتفع رصيد الفريق إلى ست نقاط .')).toEqual([]);
  });

  it('leaves common words behind attached letters or with the accusative ending alone', () => {
    expect(persons('وقد عقد رئيس الوزراء اجتماعا أمس بكبار قادة الأمن .')).toEqual([]);
  });

  it('does not read a second person joined by «و» to the title as the title\'s name', () => {
    expect(persons('وقال إن الرئيس وكيري اتفقا على أهمية الجهود .')).toEqual([]);
  });

  it('leaves a run of four rare words alone', () => {
    expect(persons('وقالت زيغريدا كاولينسكي فاسيبوتا كريمودال منسقة السياسة الخارجية إن الاتفاق مهم .')).toEqual([]);
  });

  it('needs the language to know how rare a word is: English (no word frequencies) gets no such names', () => {
    const text = 'The party chose a new leader last week and the minister said little about it .';
    const layer = english.textLayer(text);
    const labels = postprocess(layer, new Int32Array(layer.tokens.length), taggerModel('en')!, { ...DEFAULT_POSTPROCESS, propagate: false, unify: false });
    expect(mentionsFromLabels(layer, labels, english.fold).map((m) => text.slice(m.start, m.end))).toEqual([]);
  });
});
