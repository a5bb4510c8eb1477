// Arabic names on real news: where a name starts behind attached letters (one rule for the
// tagger's spans and for resolution), the known names enforced after tagging (regions,
// armed groups, ministries), a state body's nationality adjective and inner particles of
// a person's name. Hand-made texts with real spelling variation.
import { describe, expect, it } from 'vitest';
import { arabic } from '../../src/lang/ar/index.js';
import { taggerModel } from '../../src/entities/tagger.js';
import { mentionsFromLabels } from '../../src/entities/tagger/mentions.js';
import { postprocess } from '../../src/entities/tagger/postprocess.js';
import { labelled } from '../fixtures/entity-rows.js';
import { resolveEntities } from '../../src/entities/resolve.js';

/** The names after the document passes, as TYPE:text. */
function afterPasses(text: string, names: Array<[string, string, number?]> = []): string[] {
  const layer = arabic.textLayer(text);
  const labels = postprocess(layer, labelled(layer, names), taggerModel('ar')!);
  return mentionsFromLabels(layer, labels, arabic.fold).map((m) => `${m.type}:${text.slice(m.start, m.end)}`);
}

describe('where a name starts behind attached letters', () => {
  it('keeps the first letter of «كيري»: ك + يرى would strip a name to a frequent verb', () => {
    expect(afterPasses('وقال كيري إن الاتفاق جيد .', [['كيري', 'PERS']])).toEqual(['PERSON:كيري']);
  });

  it('strips و from «وكيري» when the document names كيري on its own', () => {
    expect(afterPasses('التقى جون كيري الوفد . ووصل وكيري إلى الدوحة .', [['جون كيري', 'PERS'], ['وكيري', 'PERS']])).toContain('PERSON:كيري');
  });

  it('strips to a place the name lists know, diacritics and all, but not «فيدريكا» to يدريكا', () => {
    expect(afterPasses('وتوجه الوفد لِبيلاروسيا أمس .', [['لِبيلاروسيا', 'LOC']])).toEqual(['LOC:بيلاروسيا']);
    expect(afterPasses('وقالت فيدريكا موغيريني إن الاتفاق جيد .', [['فيدريكا موغيريني', 'PERS']])).toEqual(['PERSON:فيدريكا موغيريني']);
  });

  it('leaves «لصالح» whole beside the name صالح: the word as written is the commoner one', () => {
    expect(afterPasses('وقال صالح إن القرار جاء لصالح الحكومة .', [['صالح', 'PERS'], ['لصالح', 'PERS']])).toContain('PERSON:لصالح');
  });

  it('does not tag the verb «يرى» because «كيري» was tagged', () => {
    const found = afterPasses('وقال كيري إن الوضع صعب . ولا يرى المحللون حلا قريبا .', [['كيري', 'PERS']]);
    expect(found).toEqual(['PERSON:كيري']);
  });

  it('gives one row to «كيري» and «وكيري» in resolution', () => {
    const text = 'وصل جون كيري إلى الدوحة . وقال كيري إن المحادثات جيدة .';
    const layer = arabic.textLayer(text);
    const labels = postprocess(layer, labelled(layer, [['جون كيري', 'PERS'], ['كيري', 'PERS', 1]]), taggerModel('ar')!);
    const entities = resolveEntities(layer, mentionsFromLabels(layer, labels, arabic.fold), arabic);
    expect(entities).toHaveLength(1);
    expect(entities[0].mentions.map((m) => m.text)).toEqual(['جون كيري', 'كيري']);
  });
});

describe('known names after tagging', () => {
  it('types a region as a place, whatever the tagger made of it, and finds it untagged', () => {
    expect(afterPasses('وتحدث عن الأمن في الشرق الأوسط وشمال افريقيا .', [['الشرق الأوسط', 'ORG'], ['افريقيا', 'LOC']])).toEqual([
      'LOC:الشرق الأوسط',
      'LOC:شمال افريقيا',
    ]);
    expect(afterPasses('وقال إن دول الخليج تخشى ذلك .')).toEqual(['LOC:الخليج']);
  });

  it('leaves out the adjective after a known place: «دول الخليج العربية» names الخليج', () => {
    expect(afterPasses('وقال إن دول الخليج العربية تخشى ذلك .', [['الخليج العربية', 'LOC']])).toEqual(['LOC:الخليج']);
    expect(afterPasses('وتمر السفن في الخليج العربي يوميا .', [['الخليج العربي', 'LOC']])).toEqual(['LOC:الخليج العربي']);
  });

  it('leaves a region\'s name in quotation marks (the newspaper) and inside a longer name to the tagger', () => {
    expect(afterPasses('وقال لـ«الشرق الاوسط» إن الوضع صعب .', [['الشرق الاوسط', 'ORG']])).toEqual(['ORG:الشرق الاوسط']);
    expect(afterPasses('ونقلت وكالة أنباء الشرق الأوسط الخبر .', [['وكالة أنباء الشرق الأوسط', 'ORG']])).toEqual(['ORG:وكالة أنباء الشرق الأوسط']);
  });

  it('finds an armed group the tagger missed, behind its clitics', () => {
    expect(afterPasses('وشنت الطائرات غارات على مواقع لتنظيم داعش وضد داعـش في سوريا .', [['سوريا', 'LOC']])).toEqual([
      'ORG:داعش',
      'ORG:داعـش',
      'LOC:سوريا',
    ]);
  });

  it('names a ministry by its portfolio only with the adjective that agrees with it, never after a title', () => {
    expect(afterPasses('وأعلنت الخارجية الأميركية أمس أن الوفد وصل .')).toEqual(['ORG:الخارجية الأميركية']);
    expect(afterPasses('وقال وزير الخارجية الأمريكي إن الوفد وصل .')).toEqual([]);
    expect(afterPasses('وقالت وزيرة الخارجية الأوروبية إن الوفد وصل .')).toEqual([]);
    expect(afterPasses('وقالت وزارة الدفاع إن الوفد وصل .')).toEqual(['ORG:وزارة الدفاع']);
    expect(afterPasses('وهي من أولويات السياسة الخارجية المصرية .')).toEqual([]);
    expect(afterPasses('وقال متحدث باسم الخارجيه الامريكيه إن الوفد وصل .')).toEqual(['ORG:الخارجيه الامريكيه']);
  });
});

describe('spans the tagger cut short', () => {
  it('gives a state body its nationality adjective, not a club or a newspaper', () => {
    expect(afterPasses('وصوت الكونغرس الأميركي على القرار .', [['الكونغرس', 'ORG']])).toEqual(['ORG:الكونغرس الأميركي']);
    expect(afterPasses('وفاز ريال مدريد الإسباني على بورتو .', [['ريال مدريد', 'ORG']])).toEqual(['ORG:ريال مدريد']);
  });

  it('runs a person\'s name on over an inner particle', () => {
    expect(afterPasses('وقال جيرارد فان بوهيمن إن المجلس صوت .', [['جيرارد فان', 'PERS']])).toEqual(['PERSON:جيرارد فان بوهيمن']);
    expect(afterPasses('وقال خالد بن محمد العطية إن الاجتماع مهم .', [['خالد بن', 'PERS'], ['محمد العطية', 'PERS']])).toEqual(['PERSON:خالد بن محمد العطية']);
  });
});

describe('names that run on or hold two people', () => {
  it('splits a person\'s span at a word with the conjunction و: «الشيخ سالم والشيخ عبدالله» is two', () => {
    expect(afterPasses('وقتل الشيخ سالم والشيخ عبدالله في الهجوم .', [['الشيخ سالم والشيخ عبدالله', 'PERS']])).toEqual(['PERSON:الشيخ سالم', 'PERSON:الشيخ عبدالله']);
  });

  it('reads a "person" that starts with an organisation\'s classifier noun as an organisation, split at و', () => {
    expect(afterPasses('وقصفت ميليشيات الحوثي وصالح المدينة .', [['ميليشيات الحوثي وصالح', 'PERS']])).toEqual(['ORG:ميليشيات الحوثي', 'PERSON:صالح']);
  });

  it('reads a "person" right after an organisation\'s classifier noun as that organisation: «لقبيلة الوائلي»', () => {
    expect(afterPasses('وتنتمي معظمها لقبيلة الوائلي .', [['الوائلي', 'PERS']])).toEqual(['ORG:قبيلة الوائلي']);
  });

  it('leaves a word with an attached pronoun out of a name that ends another name: «كيري نهاره»', () => {
    const text = 'وصل جون كيري إلى الدوحة . وقضى كيري نهاره في اجتماعات . وغنت فيفي عبده .';
    const layer = arabic.textLayer(text);
    const labels = labelled(layer, [['جون كيري', 'PERS'], ['كيري نهاره', 'PERS'], ['فيفي عبده', 'PERS']]);
    const entities = resolveEntities(layer, mentionsFromLabels(layer, labels, arabic.fold), arabic);
    expect(entities.map((e) => e.mentions.map((m) => m.text))).toEqual([['جون كيري', 'كيري'], ['فيفي عبده']]);
  });

  it('tags a rare surname standing alone after the full name, not a common word or a headline\'s verb', () => {
    const found = afterPasses('وقال خالد العطية إن الاجتماع مهم . وأضاف العطيه أن الحل قريب . صالح تتداعى . وتتداعى الأمور .', [
      ['خالد العطية', 'PERS'],
      ['صالح تتداعى', 'PERS'],
    ]);
    expect(found).toEqual(['PERSON:خالد العطية', 'PERSON:العطيه', 'PERSON:صالح تتداعى']);
    expect(afterPasses('وقال محمد صالح إن القرار صالح .', [['محمد صالح', 'PERS']])).toEqual(['PERSON:محمد صالح']);
  });

  it('drops a nationality adverb tagged as a place («إيرانيا») and finds «الجمهورية الإسلامية»', () => {
    const text = 'وقال إن الجمهوريه الاسلاميه تدعم الحوثيين إيرانيا وعسكريا .';
    const layer = arabic.textLayer(text);
    const labels = postprocess(layer, labelled(layer, [['إيرانيا', 'LOC']]), taggerModel('ar')!);
    const entities = resolveEntities(layer, mentionsFromLabels(layer, labels, arabic.fold), arabic);
    expect(entities.map((e) => `${e.type}:${e.mentions.map((m) => m.text).join('|')}`)).toEqual(['LOC:الجمهوريه الاسلاميه', 'ORG:الحوثيين']);
  });
});
