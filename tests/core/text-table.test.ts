// The look-up table over a TSV text: keys found by content (not identity), absent keys,
// a repeated key keeps its last row's value as Map.set would, and growth past the first size.
import { describe, expect, it } from 'vitest';
import { TextKeyTable, forEachLine } from '../../src/core/text-table.js';

function tableOf(text: string): { keys: TextKeyTable; values: Map<number, string> } {
  const keys = new TextKeyTable(text, 4);
  const values = new Map<number, string>();
  forEachLine(text, (pos, nl) => {
    const tab = text.indexOf('\t', pos);
    if (tab > pos && tab < nl) values.set(keys.add(pos, tab), text.slice(tab + 1, nl));
  });
  return { keys, values };
}

describe('TextKeyTable', () => {
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
});
