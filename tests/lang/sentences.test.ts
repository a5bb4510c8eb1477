import { describe, expect, it } from 'vitest';
import { arabic } from '../../src/lang/ar/index.js';
import { english } from '../../src/lang/en/index.js';
import type { LanguagePack } from '../../src/lang/pack.js';

function sentences(pack: LanguagePack, text: string): string[] {
  const layer = pack.textLayer(text);
  return layer.sentences.map((s) => text.slice(s.start, s.end));
}

describe('sentence splitting', () => {
  it('splits Arabic on . ؟ ! and keeps numbers whole', () => {
    expect(sentences(arabic, 'ارتفع المؤشر 3.2% اليوم. هل يستمر؟ نعم!')).toEqual(['ارتفع المؤشر 3.2% اليوم.', 'هل يستمر؟', 'نعم!']);
  });
  it('does not split after Arabic one-letter abbreviations', () => {
    expect(sentences(arabic, 'قال د. محمد علي إن الوضع صعب. وأضاف أنه متفائل.')).toEqual(['قال د. محمد علي إن الوضع صعب.', 'وأضاف أنه متفائل.']);
  });
  it('keeps a quotation whole', () => {
    const text = 'وقال الوزير: «الوضع صعب. لكننا سننجح». ثم غادر.';
    expect(sentences(arabic, text)).toEqual(['وقال الوزير: «الوضع صعب. لكننا سننجح».', 'ثم غادر.']);
  });
  it('makes a headline line without punctuation its own sentence', () => {
    const text = 'اليونان ترسل مساعدات إلى أوكرانيا\n\nأعلنت الحكومة اليونانية إرسال مساعدات.';
    expect(sentences(arabic, text)).toEqual(['اليونان ترسل مساعدات إلى أوكرانيا', 'أعلنت الحكومة اليونانية إرسال مساعدات.']);
  });
  it('cuts an unclosed quote at the line break', () => {
    const text = 'قال: "هذا نص بلا علامة إغلاق. وجملة ثانية\nسطر جديد. وجملة أخرى.';
    expect(sentences(arabic, text)).toEqual(['قال: "هذا نص بلا علامة إغلاق. وجملة ثانية', 'سطر جديد.', 'وجملة أخرى.']);
  });
  it('knows English abbreviations and acronyms', () => {
    expect(sentences(english, 'Mr. Smith flew to the U.S. on Monday. He met Dr. Jones at 3.30 in the afternoon. It rained.')).toEqual([
      'Mr. Smith flew to the U.S. on Monday.',
      'He met Dr. Jones at 3.30 in the afternoon.',
      'It rained.',
    ]);
  });
});

describe('tokens', () => {
  it('carries original text, offsets, folded form and kind', () => {
    const text = 'وقال «بوتين» ٢٠٢٢ NATO،';
    const tokens = arabic.textLayer(text).tokens;
    expect(tokens.map((t) => [t.text, t.kind])).toEqual([
      ['وقال', 'word'],
      ['«', 'quote'],
      ['بوتين', 'word'],
      ['»', 'quote'],
      ['٢٠٢٢', 'number'],
      ['NATO', 'latin'],
      ['،', 'punct'],
    ]);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(tokens[4].folded).toBe('2022');
  });
  it('splits English possessives and contractions as CoNLL does', () => {
    const tokens = english.textLayer("Blair's party didn't win.").tokens.map((t) => t.text);
    expect(tokens).toEqual(['Blair', "'s", 'party', 'did', "n't", 'win', '.']);
  });
});
