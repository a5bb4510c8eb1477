import { describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { headline, isIsoDate, takeFrontMatter } from '../../src/io/metadata.js';
import { readDocumentFile } from '../../src/io/read.js';
import { tempDir } from '../helpers.js';

describe('metadata', () => {
  it('validates calendar dates', () => {
    expect(isIsoDate('2022-02-27')).toBe(true);
    expect(isIsoDate('2022-02-30')).toBe(false);
    expect(isIsoDate('27/02/2022')).toBe(false);
  });
  it('reads front matter and blanks it without moving offsets', () => {
    const raw = '---\ndate: 2024-03-14\ntitle: "قمة المياه"\n---\nنص الخبر.';
    const { text, meta } = takeFrontMatter(raw);
    expect(meta).toEqual({ date: '2024-03-14', title: 'قمة المياه', lang: undefined });
    expect(text.length).toBe(raw.length);
    expect(text.indexOf('نص الخبر.')).toBe(raw.indexOf('نص الخبر.'));
    expect(text.trim()).toBe('نص الخبر.');
  });
  it('takes a headline only when it looks like one', () => {
    expect(headline('اليونان ترسل مساعدات\n\nالنص هنا.')).toBe('اليونان ترسل مساعدات');
    expect(headline('جملة كاملة تنتهي بنقطة.\nثم نص.')).toBeUndefined();
    expect(headline('سطر واحد فقط')).toBeUndefined();
  });
  it('reads a sidecar NAME.json beside the file; front matter wins over it', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'a'));
    writeFileSync(join(dir, 'a', 'x.txt'), 'خبر قصير.');
    writeFileSync(join(dir, 'a', 'x.json'), JSON.stringify({ date: '2022-02-27', title: 'عنوان' }));
    const read = readDocumentFile(join(dir, 'a', 'x.txt'), { maxBytes: 1e6 });
    expect(read.ok && read.doc).toMatchObject({ referenceDate: '2022-02-27', title: 'عنوان' });
    writeFileSync(join(dir, 'a', 'y.md'), '---\ndate: 2023-01-01\n---\nخبر.');
    writeFileSync(join(dir, 'a', 'y.json'), JSON.stringify({ date: '2022-02-27' }));
    const y = readDocumentFile(join(dir, 'a', 'y.md'), { maxBytes: 1e6 });
    expect(y.ok && y.doc.referenceDate).toBe('2023-01-01');
  });
});
