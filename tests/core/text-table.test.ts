// The key table behind the big word lists: keys found by content (not identity), absent
// keys, a repeated key keeps one row (its last value wins, as Map.set would), growth past
// the first size, and the same answers after a round trip through its arrays (table files).
import { describe, expect, it } from 'vitest';
import { KeyTable, forEachLine } from '../../src/core/text-table.js';

function tableOf(text: string): { keys: KeyTable; values: Map<number, string> } {
  const keys = KeyTable.empty(4);
  const values = new Map<number, string>();
  forEachLine(text, (pos, nl) => {
    const tab = text.indexOf('\t', pos);
    if (tab > pos && tab < nl) values.set(keys.add(text, pos, tab), text.slice(tab + 1, nl));
  });
  return { keys, values };
}

describe('KeyTable', () => {
  it('finds Arabic keys written anew, not only the same string', () => {
    const { keys, values } = tableOf('موسكو\t10\nبغداد\t7\nالقاهره\t3\n');
    const key = ['مو', 'سكو'].join('');
    expect(values.get(keys.get(key))).toBe('10');
    expect(values.get(keys.get('القاهره'))).toBe('3');
    expect(keys.get('القاهرة')).toBe(-1);
    expect(keys.get('موسك')).toBe(-1);
    expect(keys.get('')).toBe(-1);
  });

  it('keeps one row per key, the last value winning', () => {
    const { keys, values } = tableOf('a\t1\nb\t2\na\t3');
    expect(keys.size).toBe(2);
    expect(values.get(keys.get('a'))).toBe('3');
    expect(keys.key(keys.get('b'))).toBe('b');
  });

  it('grows past its first size and still finds every key', () => {
    const lines = Array.from({ length: 5000 }, (_, i) => `كلمة${i}\t${i}`);
    const { keys, values } = tableOf(lines.join('\n'));
    expect(keys.size).toBe(5000);
    for (const i of [0, 1, 777, 4999]) expect(values.get(keys.get(`كلمة${i}`))).toBe(String(i));
    expect(keys.get('كلمة5000')).toBe(-1);
  });

  it('answers the same after a round trip through its arrays', () => {
    const { keys } = tableOf(Array.from({ length: 3000 }, (_, i) => `وزير${i}\t${i}`).join('\n'));
    const copy = KeyTable.fromArrays(keys.toArrays());
    expect(copy.size).toBe(3000);
    for (const i of [0, 42, 2999]) expect(copy.get(`وزير${i}`)).toBe(keys.get(`وزير${i}`));
    expect(copy.get('وزير3000')).toBe(-1);
    expect(copy.key(copy.get('وزير42'))).toBe('وزير42');
  });
});
