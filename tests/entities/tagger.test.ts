// The Arabic name tagger: label chunking, hashed features, BIO-constrained Viterbi, a
// perceptron that learns a tiny hand-made task, and the shipped model on clear names
// written with real spelling variation (ى/ي, ة/ه, أ/ا, diacritics, tatweel, clitics).
import { describe, expect, it } from 'vitest';
import { arabic } from '../../src/lang/ar/index.js';
import { tagNames, taggerModel } from '../../src/entities/tagger.js';
import { LABELS, LABEL_COUNT, allowedTransition, labelId, repairLabels, spansOf } from '../../src/entities/tagger/labels.js';
import { FEATURE_GROUPS, extractFeatures, type FeatureContext } from '../../src/entities/tagger/features.js';
import { TaggerModel, type ModelHeader } from '../../src/entities/tagger/model.js';
import { loadLexicons } from '../../src/entities/tagger/lexicons.js';
import { PerceptronTrainer, emptyTransitions, viterbi } from '../../src/entities/tagger/perceptron.js';
import { mentionsFromLabels } from '../../src/entities/tagger/mentions.js';

const L = LABEL_COUNT;
const B = (t: string) => labelId(`B-${t}`);
const I = (t: string) => labelId(`I-${t}`);

function names(text: string): string[] {
  return tagNames(arabic.textLayer(text)).map((m) => `${m.type}:${text.slice(m.start, m.end)}`);
}

describe('labels', () => {
  it('reads corpus tags, including other spellings of the types', () => {
    expect(LABELS[labelId('B-PERS')]).toBe('B-PERS');
    expect(labelId('I-PER')).toBe(I('PERS'));
    expect(labelId('B-MIS')).toBe(B('MISC'));
    expect(labelId('O')).toBe(0);
    expect(labelId('B-DATE')).toBe(0);
  });

  it('chunks like conlleval: an I after O or after another type opens a name', () => {
    const spans = spansOf([B('PERS'), I('PERS'), 0, I('LOC'), I('ORG'), B('ORG'), I('ORG')]);
    expect(spans.map((s) => [s.type, s.first, s.last])).toEqual([
      [0, 0, 2],
      [1, 3, 4],
      [2, 4, 5],
      [2, 5, 7],
    ]);
  });

  it('repairs an I that cannot continue into a B', () => {
    expect(repairLabels([0, I('LOC'), I('LOC'), I('ORG')])).toEqual([0, B('LOC'), I('LOC'), B('ORG')]);
    expect(allowedTransition(B('LOC'), I('LOC'))).toBe(true);
    expect(allowedTransition(0, I('LOC'))).toBe(false);
  });
});

describe('viterbi', () => {
  it('never puts an I after O, even when the I scores best on its own', () => {
    const scores = new Float64Array(2 * L);
    scores[0] = 1; // token 0: O
    scores[L + I('PERS')] = 5; // token 1 prefers I-PERS alone
    scores[L + B('PERS')] = 4;
    const out = new Int32Array(2);
    viterbi(scores, 2, emptyTransitions(), out);
    expect([...out]).toEqual([0, B('PERS')]);
  });
});

function tinyContext(): FeatureContext {
  return { groups: new Set(['word', 'context', 'trigger']), lexicons: loadLexicons({ gazetteers: [] }, arabic.fold), bits: 16 };
}

describe('features', () => {
  it('gives the same ids to the same word however it is written (folded forms)', () => {
    const ctx = tinyContext();
    const a = arabic.textLayer('زار مدينة موسكو');
    const b = arabic.textLayer('زار مدينـة موسكُو');
    const fa = extractFeatures(a, ctx);
    const fb = extractFeatures(b, ctx);
    expect([...fa.ids]).toEqual([...fb.ids]);
    expect(fa.offsets.length).toBe(a.tokens.length + 1);
  });

  it('gives different ids to different words in the same place', () => {
    const ctx = tinyContext();
    const fa = extractFeatures(arabic.textLayer('زار موسكو'), ctx);
    const fb = extractFeatures(arabic.textLayer('زار بغداد'), ctx);
    expect([...fa.ids]).not.toEqual([...fb.ids]);
  });
});

describe('perceptron', () => {
  it('learns that the word after «مدينة» is a place', () => {
    const ctx = tinyContext();
    const texts = ['زار مدينة موسكو أمس', 'زار مدينة بغداد أمس', 'زار مدينة القاهرة أمس', 'زار مدينة باريس أمس'];
    const trainer = new PerceptronTrainer(ctx.bits);
    const scratch = { scores: new Float64Array(64 * L), pred: new Int32Array(64) };
    for (let epoch = 0; epoch < 5; epoch++) {
      for (const text of texts) {
        const layer = arabic.textLayer(text);
        const gold = Int32Array.from(layer.tokens.map((t) => (t.index === 2 ? B('LOC') : 0)));
        trainer.train({ features: extractFeatures(layer, ctx), first: 0, last: layer.tokens.length, gold }, scratch);
      }
    }
    const { weights, transition } = trainer.averaged();
    const layer = arabic.textLayer('زار مدينة طوكيو أمس');
    const f = extractFeatures(layer, ctx);
    const scores = new Float64Array(layer.tokens.length * L);
    for (let i = 0; i < layer.tokens.length; i++) {
      for (let k = f.offsets[i]; k < f.offsets[i + 1]; k++) for (let l = 0; l < L; l++) scores[i * L + l] += weights[f.ids[k] * L + l];
    }
    const out = new Int32Array(layer.tokens.length);
    viterbi(scores, layer.tokens.length, transition, out);
    expect([...out]).toEqual([0, 0, B('LOC'), 0]);
  });
});

describe('model scoring', () => {
  it('scores each word once and its context per token, as summing all its features would', () => {
    // every feature group, so a feature left out of the per-word or the per-token half shows
    const ctx: FeatureContext = { ...tinyContext(), groups: new Set(FEATURE_GROUPS), frequency: (w) => w.length * 7, definiteFrequency: (s) => s.length };
    const trainer = new PerceptronTrainer(ctx.bits);
    const scratch = { scores: new Float64Array(64 * L), pred: new Int32Array(64) };
    const texts = ['زار مدينة موسكو أمس', 'وزار مدينة بغداد أمس', 'زار مدينة القاهرة أمس', 'قال إن مدينة باريس جميلة'];
    for (let epoch = 0; epoch < 3; epoch++) {
      for (const text of texts) {
        const layer = arabic.textLayer(text);
        trainer.train({ features: extractFeatures(layer, ctx), first: 0, last: layer.tokens.length, gold: Int32Array.from(layer.tokens.map((t) => (t.index === 2 ? B('LOC') : 0))) }, scratch);
      }
    }
    const { weights, transition } = trainer.averaged();
    const header = { lang: 'ar', labels: LABELS, bits: ctx.bits, groups: [...FEATURE_GROUPS], lexicons: { gazetteers: [] }, transition: [...transition], rows: 0, scale: 1 } as ModelHeader;
    const model = TaggerModel.fromWeights(header, weights, transition, ctx);
    // words met before in other places (cached) and new ones, with spelling variants
    for (const text of ['زار مدينـة طوكيو أمس', 'قال إن مدينة موسكو جميلة. زار مدينه بغداد', 'أمس زار موسكو']) {
      const layer = arabic.textLayer(text);
      const f = extractFeatures(layer, ctx);
      const scores = new Float64Array(layer.tokens.length * L);
      for (let i = 0; i < layer.tokens.length; i++) {
        for (let k = f.offsets[i]; k < f.offsets[i + 1]; k++) for (let l = 0; l < L; l++) scores[i * L + l] += weights[f.ids[k] * L + l];
      }
      for (let k = 0; k < scores.length; k++) expect(model.scores(layer)[k]).toBeCloseTo(scores[k], 9);
    }
  });
});

describe('mentions', () => {
  it('leaves one-letter proclitics out of the span but keeps the article', () => {
    const text = 'وصل الوفد وبروسيا والكرملين';
    const layer = arabic.textLayer(text);
    const labels = layer.tokens.map((t) => (t.index >= 2 ? B('LOC') : 0));
    const spans = mentionsFromLabels(layer, labels, arabic.fold).map((m) => text.slice(m.start, m.end));
    expect(spans).toEqual(['روسيا', 'الكرملين']);
  });

  it('skips a proclitic that carries a diacritic', () => {
    const text = 'وَبِروسيا';
    const layer = arabic.textLayer(text);
    const [m] = mentionsFromLabels(layer, [B('LOC')], arabic.fold);
    expect(text.slice(m.start, m.end)).toBe('روسيا');
  });
});

describe('the Arabic model', () => {
  it('loads once', () => {
    const model = taggerModel('ar');
    expect(model).not.toBeNull();
    expect(taggerModel('ar')).toBe(model);
    expect(model!.header.lang).toBe('ar');
  });

  it('finds clear people, places and organisations', () => {
    const found = names('وقال الرئيس الروسي فلاديمير بوتين في موسكو إن وزارة الخارجية الروسية تتابع الوضع في أوكرانيا .');
    expect(found).toContain('PERSON:فلاديمير بوتين');
    expect(found).toContain('LOC:موسكو');
    expect(found).toContain('LOC:أوكرانيا');
  });

  it('finds the same names through spelling variation', () => {
    const plain = names('وصل الرئيس الأمريكي جورج بوش إلى القاهرة أمس .');
    const varied = names('وصل الرئيسُ الأمريكى جـورج بوش إلى القاهره أمس .');
    expect(plain).toContain('PERSON:جورج بوش');
    expect(plain).toContain('LOC:القاهرة');
    expect(varied).toContain('PERSON:جـورج بوش');
    expect(varied).toContain('LOC:القاهره');
  });

  it('finds a country behind clitics, without them', () => {
    expect(names('وقال إن الوفد توجه أمس لبيلاروسيا .')).toContain('LOC:بيلاروسيا');
  });

  it('keeps a known channel whole: «روسيا اليوم» is an organisation', () => {
    const found = names('وذكرت قناة روسيا اليوم أن المحادثات بدأت .');
    expect(found).toContain('ORG:روسيا اليوم');
    expect(found).not.toContain('LOC:روسيا');
  });

  it('finds nothing in a sentence without names', () => {
    expect(names('وقال إن المحادثات كانت جيدة للغاية .')).toEqual([]);
  });
});
