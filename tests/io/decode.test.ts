import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { decodeBytes } from '../../src/io/decode.js';

const arabic = 'قال الرئيس إن المفاوضات ستبدأ غدا.';

describe('decodeBytes', () => {
  it('reads UTF-8 with and without a BOM', () => {
    const plain = Buffer.from(arabic, 'utf8');
    expect(decodeBytes(plain)).toMatchObject({ ok: true, text: arabic, encoding: 'utf-8' });
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), plain]);
    expect(decodeBytes(bom)).toMatchObject({ ok: true, text: arabic });
  });
  it('reads UTF-16 LE and BE with a BOM', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(arabic, 'utf-16le')]);
    expect(decodeBytes(le)).toMatchObject({ ok: true, text: arabic, encoding: 'utf-16le' });
    const be = Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(arabic, 'utf-16be')]);
    expect(decodeBytes(be)).toMatchObject({ ok: true, text: arabic, encoding: 'utf-16be' });
  });
  it('falls back to Windows-1256 for legacy Arabic bytes, with a note', () => {
    const result = decodeBytes(iconv.encode(arabic, 'windows-1256'));
    expect(result).toMatchObject({ ok: true, text: arabic, encoding: 'windows-1256' });
    expect(result.ok && result.note).toMatch(/Windows-1256/);
  });
  it('honours a forced encoding, and doubts it out loud when the text says otherwise', () => {
    const right = decodeBytes(iconv.encode(arabic, 'windows-1256'), 'windows-1256');
    expect(right).toMatchObject({ ok: true, text: arabic });
    expect(right.ok && right.note).toBeUndefined();
    // UTF-8 bytes forced through a legacy code page: mojibake, said so
    const legacy = decodeBytes(Buffer.from(arabic, 'utf8'), 'windows-1256');
    expect(legacy.ok && legacy.note).toMatch(/valid UTF-8: check --encoding/);
    // UTF-16 forced on UTF-8 text gives characters of other scripts
    const wide = decodeBytes(Buffer.from('The minister said talks would start. ' + arabic, 'utf8'), 'utf-16le');
    expect(wide.ok && wide.note).toMatch(/check --encoding/);
    // legacy bytes (not UTF-8) read as UTF-16: mostly characters of scripts news never uses
    const odd = decodeBytes(iconv.encode(arabic + ' ' + arabic, 'windows-1256'), 'utf-16le');
    expect(odd.ok && odd.note).toMatch(/% of its characters are neither Arabic nor Latin/);
    // plain English forced as Latin-1 is just that
    const ascii = decodeBytes(Buffer.from('The minister said talks would start.', 'utf8'), 'latin1');
    expect(ascii.ok && ascii.note).toBeUndefined();
  });
  it('refuses binary, empty and undecodable input with a reason', () => {
    expect(decodeBytes(Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x00, 0x01]))).toEqual({ ok: false, reason: expect.stringMatching(/binary/) });
    expect(decodeBytes(Buffer.alloc(0))).toEqual({ ok: false, reason: 'empty file' });
    expect(decodeBytes(Buffer.from(' \n\t\n'))).toEqual({ ok: false, reason: expect.stringMatching(/empty/) });
    // Latin-1 accented text is not UTF-8 and not Arabic
    expect(decodeBytes(Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0xe0, 0x20, 0x6c, 0xe0]))).toEqual({ ok: false, reason: expect.stringMatching(/not valid UTF-8/) });
  });
});
