// Language detection by script: Arabic letters against Latin letters.
import type { LangCode } from '../core/types.js';
import type { LanguagePack } from './pack.js';
import { arabic } from './ar/index.js';
import { english } from './en/index.js';

const PACKS: Record<LangCode, LanguagePack> = { ar: arabic, en: english };

export const LANGUAGES = Object.keys(PACKS) as LangCode[];

export function languagePack(code: LangCode): LanguagePack {
  return PACKS[code];
}

/** 'ar' when Arabic letters outnumber Latin ones in the first 20,000 characters, else 'en'. */
export function detectLanguage(text: string): LangCode {
  let arabicLetters = 0;
  let latinLetters = 0;
  const n = Math.min(text.length, 20000);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x0620 && c <= 0x06ff) arabicLetters++;
    else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) latinLetters++;
  }
  return arabicLetters >= latinLetters && arabicLetters > 0 ? 'ar' : 'en';
}
