// tokenAfter: the token an offset falls in or before, by binary search over the text layer.
import { describe, expect, it } from 'vitest';
import { arabic } from '../../src/lang/ar/index.js';
import { tokenAfter } from '../../src/lang/layer.js';

describe('tokenAfter', () => {
  it('finds the token an offset starts, falls inside or precedes, and the end past the last', () => {
    const layer = arabic.textLayer('قال الوزير:  «نعم».');
    const { tokens } = layer;
    expect(tokenAfter(tokens, 0)).toBe(0);
    expect(tokenAfter(tokens, 1)).toBe(0);
    expect(tokenAfter(tokens, tokens[1].start)).toBe(1);
    // the spaces before «: the next token
    expect(tokenAfter(tokens, tokens[2].end + 1)).toBe(3);
    expect(tokenAfter(tokens, layer.text.length)).toBe(tokens.length);
    expect(tokenAfter([], 5)).toBe(0);
  });
});
