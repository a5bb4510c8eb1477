// Writes the compiled forms of the big word lists (dist/tables/*.bin, see
// src/core/table-file.ts) by loading every language's tagger model and lexicons once with
// compiling switched on. Run by `npm run build`; safe to run again at any time.
// usage: node dist/scripts/compile-tables.js
import { compileTablesOnLoad } from '../src/core/table-file.js';
import { taggerModel } from '../src/entities/tagger.js';
import { wordFrequency } from '../src/lang/ar/lexicon.js';
import type { LangCode } from '../src/core/types.js';

compileTablesOnLoad(true);
wordFrequency('');
for (const lang of ['ar', 'en'] as LangCode[]) taggerModel(lang);
compileTablesOnLoad(false);
