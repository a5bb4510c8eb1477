// One test per quote construction of issue 4, on short hand-made sentences with real
// spelling variation (ى/ي، ة/ه، أ/ا، diacritics, tatweel, attached و/ف/ب/ل), and the traps.
import { describe, expect, it } from 'vitest';
import type { Entity } from '../../src/core/types.js';
import { arabic } from '../../src/lang/ar/index.js';
import { quoteLexicon } from '../../src/quotes/index.js';
import { entityRows } from '../fixtures/entity-rows.js';
import { quotesIn, brief } from '../fixtures/quote-runs.js';

const rows = entityRows;

const quotes = quotesIn(arabic);


describe('the speech-verb lexicon', () => {
  it('generates inflections from the lemma', () => {
    const cues = quoteLexicon(arabic)!.cues;
    for (const form of ['قال', 'قالت', 'قالوا', 'يقول', 'تقول', 'أكد', 'أكدت', 'أكدوا', 'يؤكد', 'تؤكد', 'مؤكدا', 'مؤكدة', 'نفت', 'نفوا', 'رأت', 'أضافت', 'متابعا', 'مستطردا', 'مشيرا']) {
      expect(cues.has(arabic.fold(form)), form).toBe(true);
    }
    expect(cues.get(arabic.fold('قالت'))![0].gender).toBe('f');
    expect(cues.get(arabic.fold('أضاف'))![0].role).toBe('continue');
    expect(cues.has(arabic.fold('ليؤكد'))).toBe(false);
  });
});

describe('reported speech', () => {
  it('runs from after إن/أن to the end of the clause, speaker after the verb', () => {
    const text = 'وقال وزير الخارجية الأمريكى جون كيرى إن الاتفاق جيد للمنطقة. وانتهى الاجتماع.';
    const e = rows(text, [['kerry', 'PERSON', ['جون كيرى']]]);
    expect(quotes(text, e).map(brief)).toEqual([{ text: 'الاتفاق جيد للمنطقة', kind: 'indirect', speaker: 'kerry' }]);
  });

  it('skips the pronoun on the particle and stops before a participle cue', () => {
    const text = 'وأكّد الرئيس فلاديمير بوتين أنّه مستعد للحوار، مشيراً إلى أن الوفد وصل.';
    const e = rows(text, [['putin', 'PERSON', ['فلاديمير بوتين']]]);
    expect(quotes(text, e).map(brief)).toEqual([
      { text: 'مستعد للحوار', kind: 'indirect', speaker: 'putin' },
      { text: 'الوفد وصل', kind: 'indirect', speaker: 'putin' },
    ]);
  });

  it('takes أشار إلى أن, شدد على أن and صرح بأن', () => {
    const text = 'وأشارت المنظمة إلى أن الوضع خطير. وشدد ميدينسكى على أن روسيا تسعى للسلام. وصرح المتحدث بأن المحادثات مستمرة.';
    const found = quotes(text, rows(text, [['medinsky', 'PERSON', ['ميدينسكى']]])).map((q) => q.text);
    expect(found).toEqual(['الوضع خطير', 'روسيا تسعى للسلام', 'المحادثات مستمرة']);
  });

  it('does not take a purpose clause «ليؤكد … أن»', () => {
    expect(quotes('وعقد الوزير مؤتمرا ليؤكد للصحفيين أن الاتفاق قائم.')).toEqual([]);
  });

  it('keeps nested reported speech inside the outer quote', () => {
    const text = 'وقال لوكاشينكو إنه أبلغ بوتين أن الوفد قال إن المفاوضات ستبدأ.';
    const found = quotes(text, rows(text, [['lukashenko', 'PERSON', ['لوكاشينكو']], ['putin', 'PERSON', ['بوتين']]]));
    expect(found.map(brief)).toEqual([{ text: 'أبلغ بوتين أن الوفد قال إن المفاوضات ستبدأ', kind: 'indirect', speaker: 'lukashenko' }]);
  });
});

describe('direct speech', () => {
  it('finds words in « », “ ” and " " after a cue, without the marks', () => {
    const text = 'وقال كيري: «لا بديل عن الاتفاق». وأضاف “سنرد في حال خرقه”. وتابع "الوقت مناسب".';
    const found = quotes(text, rows(text, [['kerry', 'PERSON', ['كيري']]]));
    expect(found.map(brief)).toEqual([
      { text: 'لا بديل عن الاتفاق', kind: 'direct', speaker: 'kerry' },
      { text: 'سنرد في حال خرقه', kind: 'direct', speaker: 'kerry' },
      { text: 'الوقت مناسب', kind: 'direct', speaker: 'kerry' },
    ]);
  });

  it('keeps a quote over several sentences whole, nested marks included', () => {
    const text = 'وقال الوزير المعلم: «هناك حديث كثير. لكن موقفنا ‘ثابت’ ولن يتغير». ثم غادر.';
    const [q] = quotes(text, rows(text, [['muallem', 'PERSON', ['المعلم']]]));
    expect(q.text).toBe('هناك حديث كثير. لكن موقفنا ‘ثابت’ ولن يتغير');
    expect(q.speaker?.entity).toBe('muallem');
  });

  it('tolerates a mark that never closes: the quote ends with its clause', () => {
    const text = 'وأكد المعلم أن «مواقف إيران لم تتغير، موضحا أن إيران «قدمت كل الدعم».';
    const found = quotes(text, rows(text, [['muallem', 'PERSON', ['المعلم']]]));
    expect(found.map((q) => [q.text, q.kind])).toEqual([
      ['مواقف إيران لم تتغير', 'direct'],
      ['إيران «قدمت كل الدعم»', 'indirect'],
    ]);
  });

  it('mixed quotes: a clause partly in marks is one indirect quote, a clause wholly in marks is direct', () => {
    const text = 'وقال العطية إن الاتفاق "كان أفضل خيار" للجميع. وأكد أن "المنطقة ستكون آمنة".';
    const found = quotes(text, rows(text, [['attiyah', 'PERSON', ['العطية']]]));
    expect(found.map((q) => [q.text, q.kind])).toEqual([
      ['الاتفاق "كان أفضل خيار" للجميع', 'indirect'],
      ['المنطقة ستكون آمنة', 'direct'],
    ]);
  });

  it('reads a colon after the cue as direct speech without marks', () => {
    const text = 'وقال المصدر: سيطرت المقاومة على المعسكر.\nوأضاف: إنه لا توجد خسائر.';
    const found = quotes(text);
    expect(found.map((q) => [q.text, q.kind])).toEqual([
      ['سيطرت المقاومة على المعسكر', 'direct'],
      ['لا توجد خسائر', 'indirect'],
    ]);
  });
});

describe('the headline form «SPEAKER: quote»', () => {
  it('gives the words after the colon to the speaker before it', () => {
    const text = 'كيري: لا بديل عن الاتفاق النووي\n\nأعلن وزير الخارجية جون كيري أن الاتفاق لا بديل له.';
    const found = quotes(text, rows(text, [['kerry', 'PERSON', ['كيري', 'جون كيري']]]));
    expect(found.map(brief)[0]).toEqual({ text: 'لا بديل عن الاتفاق النووي', kind: 'direct', speaker: 'kerry' });
  });

  it('trap: «مُمثل رئيس أوكرانيا: …» is a representative, not the president', () => {
    const text = 'وقال الرئيس الأوكرانى فولوديمير زيلينسكي إن الحديث كان جوهريا. مُمثل رئيس أوكرانيا: المُفاوضات مع روسيا ستبدأ خلال ساعات وقال ميدينسكى أن الوفد جاهز.';
    const e = rows(text, [['zelensky', 'PERSON', ['فولوديمير زيلينسكي']], ['medinsky', 'PERSON', ['ميدينسكى']], ['ukraine', 'LOC', ['أوكرانيا']], ['russia', 'LOC', ['روسيا']]]);
    const found = quotes(text, e);
    const headline = found.find((q) => q.text.startsWith('المُفاوضات'))!;
    expect(headline.text).toBe('المُفاوضات مع روسيا ستبدأ خلال ساعات');
    expect(headline.kind).toBe('direct');
    expect(headline.speaker?.entity).toBeNull();
    expect(headline.speaker?.text).toBe('مُمثل رئيس أوكرانيا');
    expect(found.find((q) => q.text === 'الوفد جاهز')?.speaker?.entity).toBe('medinsky');
  });

  it('leaves an attached و out of an unnamed speaker: «ومندوبة واشنطن» is «مندوبة واشنطن»', () => {
    const text = 'ومندوبة واشنطن: القرار لا يبدد كل قلقنا\n\nتبنى المجلس القرار بالإجماع.';
    const found = quotes(text, rows(text, [['washington', 'LOC', ['واشنطن']]]));
    const headline = found.find((q) => q.text.startsWith('القرار'))!;
    expect(headline.speaker).toMatchObject({ entity: null, text: 'مندوبة واشنطن' });
    expect(text.slice(headline.speaker!.start, headline.speaker!.end)).toBe('مندوبة واشنطن');
  });
});

describe('speakers', () => {
  it('verb–subject order with a title-and-name chain between commas', () => {
    const text = 'وقال رئيس الوفد الروسى المفاوض، فلاديمير ميدينسكى، بحسب الإعلام الروسى أن ممثلى روسيا سينتظرون الرد.';
    const e = rows(text, [['medinsky', 'PERSON', ['فلاديمير ميدينسكى']], ['russia', 'LOC', ['روسيا']]]);
    expect(quotes(text, e).map(brief)).toEqual([{ text: 'ممثلى روسيا سينتظرون الرد', kind: 'indirect', speaker: 'medinsky' }]);
  });

  it('resolves a bare title through the names it stood next to', () => {
    const text = 'وقال الرئيس الأوكرانى فولوديمير زيلينسكي إن الحديث كان جوهريا. وقال الرئيس البيلاروسى ألكسندر لوكاشينكو إنه اقترح التأجيل. وتابع الرئيس الأوكراني: "هدفنا وحدة أراضينا".';
    const e = rows(text, [['zelensky', 'PERSON', ['فولوديمير زيلينسكي']], ['lukashenko', 'PERSON', ['ألكسندر لوكاشينكو']]]);
    expect(quotes(text, e).map((q) => q.speaker?.entity)).toEqual(['zelensky', 'lukashenko', 'zelensky']);
  });

  it('resolves a title from the entity row\'s titles', () => {
    const text = 'وأوضح الأمين العام للمنظمة أن الإنتاج لن يتغير.';
    const e: Entity[] = [{ id: 'badri', type: 'PERSON', name: 'عبد الله البدري', variants: [], titles: ['الأمين العام'], mentions: [] }];
    // a title alone needs the person to have been named before
    expect(quotes(text, e)[0].speaker?.entity).toBeNull();
    const named = 'قال عبد الله البدري إن السوق مستقرة. ' + text;
    const e2 = rows(named, [['badri', 'PERSON', ['عبد الله البدري'], ['الأمين العام']]]);
    expect(quotes(named, e2).map((q) => q.speaker?.entity)).toEqual(['badri', 'badri']);
  });

  it('carries a dropped subject from the last speaker, with gender agreement', () => {
    const text = 'وقالت المقررة هلال إلفر إن الحصار خانق. وقال طارق يساريفيتش إن المستشفيات مغلقة. وأضافت أن "التجويع جريمة". وأضاف أن الأدوية نفدت.';
    const e = rows(text, [['elver', 'PERSON', ['هلال إلفر']], ['jasarevic', 'PERSON', ['طارق يساريفيتش']]]);
    expect(quotes(text, e).map((q) => q.speaker?.entity)).toEqual(['elver', 'jasarevic', 'elver', 'jasarevic']);
  });

  it('the participle continuations متابعا / مستطردا go to the speaker of the sentence', () => {
    const text = 'وقال زيلينسكى إن الحديث كان جوهريا، متابعاً: "علينا التصرف بسرعة". وأضاف، خلال كلمة له، أن الحرب ستنتهي، مستطردا: "هدفنا السلام".';
    const found = quotes(text, rows(text, [['zelensky', 'PERSON', ['زيلينسكى']]]));
    expect(found.map((q) => [q.text, q.speaker?.entity])).toEqual([
      ['الحديث كان جوهريا', 'zelensky'],
      ['علينا التصرف بسرعة', 'zelensky'],
      ['الحرب ستنتهي', 'zelensky'],
      ['هدفنا السلام', 'zelensky'],
    ]);
  });

  it('a subject before the verb, and the pronoun on إنه', () => {
    const text = 'لكن طهران تقول إنه سلمي. من جانبه، قال الرئيس ألكسندر لوكاشينكو إنه اقترح التأجيل.';
    const e = rows(text, [['tehran', 'LOC', ['طهران']], ['lukashenko', 'PERSON', ['ألكسندر لوكاشينكو']]]);
    expect(quotes(text, e).map(brief)).toEqual([
      { text: 'سلمي', kind: 'indirect', speaker: 'tehran' },
      { text: 'اقترح التأجيل', kind: 'indirect', speaker: 'lukashenko' },
    ]);
  });

  it('trap: unnamed officials stay unnamed, never forced onto a named entity', () => {
    const text = 'وقال زيلينسكي إن كييف مستعدة. وكان الكرملين قد تحدث عن مفاوضات لكن عددا من المسئولين الأوكرانيين أشاروا إلى أن الاقتراح ليس جديا.';
    const e = rows(text, [['zelensky', 'PERSON', ['زيلينسكي']], ['kremlin', 'ORG', ['الكرملين']], ['kyiv', 'LOC', ['كييف']]]);
    const last = quotes(text, e).at(-1)!;
    expect(last.text).toBe('الاقتراح ليس جديا');
    expect(last.speaker).toMatchObject({ entity: null, name: null, text: 'عددا من المسئولين الأوكرانيين' });
  });

  it('a statement of an office is not the person whose office it is', () => {
    const text = 'وقال داود أوغلو إن العمليات مستمرة. وقال بيان مكتب داود أوغلو إن الاجتماع عقد.';
    const found = quotes(text, rows(text, [['davutoglu', 'PERSON', ['داود أوغلو']]]));
    expect(found.map((q) => q.speaker?.entity ?? null)).toEqual(['davutoglu', null]);
  });

  it('trap: «نقلت وكالة X عن Y قوله» gives the words to Y, not X', () => {
    const text = 'ونقلت وكالة الصحافة الفرنسية عن غابريال قوله إن «أمن إسرائيل مهم».';
    const e = rows(text, [['afp', 'ORG', ['وكالة الصحافة الفرنسية']], ['gabriel', 'PERSON', ['غابريال']]]);
    expect(quotes(text, e).map(brief)).toEqual([{ text: 'أمن إسرائيل مهم', kind: 'direct', speaker: 'gabriel' }]);
  });

  it('a government speaks for its country', () => {
    const text = 'زار الوفد تركيا. وقالت الحكومة التركية إنها لن تتهاون.';
    const e = rows(text, [['turkey', 'LOC', ['تركيا']]]);
    expect(quotes(text, e)[0].speaker?.entity).toBe('turkey');
  });
});

describe('attribution phrases', () => {
  it('بحسب before the clause names its source', () => {
    const text = 'وبحسب وكالة رويترز، ترك الوزراء التفاصيل لما بعد التصويت.';
    const found = quotes(text, rows(text, [['reuters', 'ORG', ['رويترز']]]));
    expect(found.map(brief)).toEqual([{ text: 'ترك الوزراء التفاصيل لما بعد التصويت', kind: 'indirect', speaker: 'reuters' }]);
  });

  it('حسب / كما ذكر after the clause name an unnamed source', () => {
    const text = 'وسيطرت المقاومة على دبابة ومدفع، حسب مصدر طبي.\nكما سيعقد الوزير اجتماعا ثلاثيا، كما ذكر دبلوماسي في الخارجية.';
    const found = quotes(text);
    expect(found.map((q) => [q.text, q.speaker?.text])).toEqual([
      ['وسيطرت المقاومة على دبابة ومدفع', 'مصدر طبي'],
      ['سيعقد الوزير اجتماعا ثلاثيا', 'دبلوماسي في الخارجية'],
    ]);
  });

  it('«حسبما نقلت» a medium that carried the news is not a quote', () => {
    expect(quotes('وأمر الرئيس وزارة الدفاع بوضع القوات في حالة تأهب، حسبما نقلت روسيا اليوم.')).toEqual([]);
  });

  it('names a source after a reported clause whose subject was vague', () => {
    const text = 'وأشار البعض منهم إلى أن الاتفاق نقطة بداية، حسب ما جاء على لسان فيدريكا موغيريني.';
    const found = quotes(text, rows(text, [['mogherini', 'PERSON', ['فيدريكا موغيريني']]]));
    expect(found.map(brief)).toEqual([{ text: 'الاتفاق نقطة بداية', kind: 'indirect', speaker: 'mogherini' }]);
  });
});

describe('attribution in Arabic news (issue 4 polish)', () => {
  it('«، كما أكد أن …» starts a new quote of the same speaker, not an attribution to what follows', () => {
    const text = 'وقال وزير الخارجية جون كيري إن الاتفاق جيد، كما اكد ان اسرائيل سترتكب خطأ جسيما. ونوه الى انه لا حل عسكريا.';
    const e = rows(text, [['kerry', 'PERSON', ['جون كيري']], ['israel', 'LOC', ['اسرائيل']]]);
    expect(quotes(text, e).map(brief)).toEqual([
      { text: 'الاتفاق جيد', kind: 'indirect', speaker: 'kerry' },
      { text: 'اسرائيل سترتكب خطأ جسيما', kind: 'indirect', speaker: 'kerry' },
      { text: 'لا حل عسكريا', kind: 'indirect', speaker: 'kerry' },
    ]);
  });
  it('a place speaks only as the head of the subject, not inside an idafa or a prepositional phrase', () => {
    const text = 'وقالت أنقرة إنها ستتخذ الإجراءات اللازمة. وقال مندوب واشنطن إن القرار لا يبدد القلق. واكد اجتماع الوزراء فى صنعاء ان الهدنة صامدة.';
    const e = rows(text, [['ankara', 'LOC', ['أنقرة']], ['washington', 'LOC', ['واشنطن']], ['sanaa', 'LOC', ['صنعاء']]]);
    expect(quotes(text, e).map((q) => [q.text, q.speaker?.entity ?? null])).toEqual([
      ['ستتخذ الإجراءات اللازمة', 'ankara'],
      ['القرار لا يبدد القلق', null],
      ['الهدنة صامدة', null],
    ]);
  });

  it('a title cut off by an adjunct takes the name after it, not another holder of a like title', () => {
    const text = 'وقال سفير نيوزيلندا جيرارد فان بوهيمن: «تم اعتماد القرار». وقالت سفيرة الولايات المتحدة لدى الأمم المتحدة سامنتا باور أن «العالم سيكون أكثر أمانا».';
    const e = rows(text, [['bohemen', 'PERSON', ['جيرارد فان بوهيمن'], ['سفير نيوزيلندا']], ['us', 'LOC', ['الولايات المتحدة']], ['un', 'ORG', ['الأمم المتحدة']], ['power', 'PERSON', ['سامنتا باور']]]);
    expect(quotes(text, e).map((q) => q.speaker?.entity ?? null)).toEqual(['bohemen', 'power']);
  });
  it('«قبل أن / دون أن / بعد ان» open a clause of time or manner, not reported words', () => {
    expect(quotes('وتعتبر هذه المديريات الأكثر سكانا وكانت تتبع محافظة إب قبل أن يتم إلحاقها بالضالع.')).toEqual([]);
    expect(quotes('وغادر الوزير القاعة دون ان يذكر أي تفاصيل.')).toEqual([]);
    const found = quotes('وقال الوزير بعد أن التقى نظيره إن المحادثات مثمرة.');
    expect(found.map((q) => q.text)).toEqual(['المحادثات مثمرة']);
  });
  it('takes «واعدة بأن», the verbal noun with the article «جدد التأكيد على أن», and not the noun «مقرا»', () => {
    const text = 'وقالت المندوبة سامنثا باور إن الاتفاق جيد، واعدة بان بلادها ستساعد. وجدد الرئيس عبد الفتاح السيسي التاكيد على ان فلسطين قضية العرب. وافادت المنظمة التي تتخذ مقرا في لندن أن الإعدامات زادت.';
    const e = rows(text, [['power', 'PERSON', ['سامنثا باور']], ['sisi', 'PERSON', ['عبد الفتاح السيسي']]]);
    expect(quotes(text, e).map((q) => [q.text, q.cue?.text, q.speaker?.entity ?? null])).toEqual([
      ['الاتفاق جيد', 'وقالت', 'power'],
      ['بلادها ستساعد', 'واعدة', 'power'],
      ['فلسطين قضية العرب', 'التاكيد', 'sisi'],
      ['الإعدامات زادت', 'وافادت', null],
    ]);
  });

  it('a continuation cue takes the quotation right after it, however short', () => {
    const text = 'واكد اردوغان ان تركيا سمحت بشن غارات. واضاف "ستستخدم في اطار محدد"، بدون ان يذكر أي تفاصيل.';
    const found = quotes(text, rows(text, [['erdogan', 'PERSON', ['اردوغان']]]));
    expect(found.map(brief)).toEqual([
      { text: 'تركيا سمحت بشن غارات', kind: 'indirect', speaker: 'erdogan' },
      { text: 'ستستخدم في اطار محدد', kind: 'direct', speaker: 'erdogan' },
    ]);
  });
  it('a person introduced with a title as the subject of a say verb takes over from the last speaker', () => {
    const text = 'وقال غابريل إن امن اسرائيل مهم. ونقلت الوكالة عن غابريل قوله إن «العلاقات جيدة». لكن الناطقة باسم الخارجية الايرانية مرضيه افخم اكدت مجددا على المواقف المختلفة. وقالت كما نقلت عنها وكالة الأنباء «مواقفنا مختلفة تماما». واضافت: «سنعبر عن قلقنا».';
    const e = rows(text, [['gabriel', 'PERSON', ['غابريل']], ['mfa', 'ORG', ['الخارجية الايرانية']]]);
    const found = quotes(text, e);
    expect(found.map((q) => q.speaker?.entity ?? null)).toEqual(['gabriel', 'gabriel', null, null]);
    // no entity row for her name: the speaker is the titled phrase that names her
    expect(found.slice(2).map((q) => q.speaker?.text)).toEqual(['الناطقة باسم الخارجية الايرانية مرضيه افخم', 'الناطقة باسم الخارجية الايرانية مرضيه افخم']);
  });

  it('a named source after the clause beats a vague subject, and «، التي أضافت» goes back to it', () => {
    const text = 'وأشار البعض منهم إلى أن الاتفاق نقطة بداية، حسب ما جاء على لسان فيدريكا موغيريني منسقة السياسة الخارجية، التي أضافت أن الثقة ستأتي. واعربت المسؤولة عن املها فى ان ينجح الاتفاق.';
    const found = quotes(text);
    expect(found.map((q) => q.text)).toEqual(['الاتفاق نقطة بداية', 'الثقة ستأتي', 'ينجح الاتفاق']);
    for (const q of found) expect(q.speaker?.text).toContain('فيدريكا موغيريني');
  });
  it('a coordinated verb with no subject shares the one its sentence opened with, not a fronted «وحول X»', () => {
    const text = 'وقالت أنقرة إنها ستتخذ إجراءات. وظلت تركيا شريكا متمنعا في التحالف وتقول ان القوات الكردية خطر. وحول الصين بدا المسؤول مطمئنا، وقال ان المشكلة هي المخزونات.';
    const e = rows(text, [['ankara', 'LOC', ['أنقرة']], ['turkey', 'LOC', ['تركيا']], ['china', 'LOC', ['الصين']]]);
    const found = quotes(text, e).map((q) => q.speaker?.entity ?? null);
    expect(found.slice(0, 2)).toEqual(['ankara', 'turkey']);
    expect(found[2]).not.toBe('china');
  });
});

describe('offsets', () => {
  it('spans are UTF-16 offsets into the text and give the text back', () => {
    const text = 'وقـــال الوزير كيري إنّ الاتفاقَ جيّد.\nوقال: «نعم».';
    for (const q of quotes(text, rows(text, [['kerry', 'PERSON', ['كيري']]]))) {
      expect(text.slice(q.start, q.end)).toBe(q.text);
      expect(text.slice(q.cue!.start, q.cue!.end)).toBe(q.cue!.text);
      if (q.speaker) expect(text.slice(q.speaker.start, q.speaker.end)).toBe(q.speaker.text);
    }
  });
});
