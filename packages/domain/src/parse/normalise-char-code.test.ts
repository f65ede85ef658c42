import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CodeSet, codeAt, endsWithText, indexIn } from './normalise-char-code.js';

// strings of several internal shapes: literals, slices, joins, with and without two-byte characters
const text = fc
  .tuple(fc.string({ maxLength: 20 }), fc.constantFrom('', 'abc', '’ – é', 'x'.repeat(30)), fc.nat(40))
  .map(([a, b, n]) => (a + b + a).slice(n % 7, 5 + n));

describe('codeAt, indexIn and endsWithText', () => {
  it('answer as charCodeAt, indexOf and endsWith do, NaN and -1 outside the text included', () => {
    fc.assert(
      fc.property(text, fc.integer({ min: -2, max: 60 }), fc.string({ maxLength: 3 }), (t, i, search) => {
        expect(codeAt(t, i)).toEqual(t.charCodeAt(i));
        expect(indexIn(t, search)).toBe(t.indexOf(search));
        expect(indexIn(t, search, i)).toBe(t.indexOf(search, i));
        expect(endsWithText(t, search)).toBe(t.endsWith(search));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('CodeSet', () => {
  it('holds the codes of its characters, ASCII or not, and no other', () => {
    const set = new CodeSet('aZ.’–');
    for (const c of ['a', 'Z', '.', '’', '–']) expect(set.has(c.charCodeAt(0))).toBe(true);
    for (const c of ['b', 'z', ',', '‘', '—', '\u0000']) expect(set.has(c.charCodeAt(0))).toBe(false);
  });

  it('does not hold NaN, the code read outside a string', () => {
    expect(new CodeSet('ab').has(''.charCodeAt(0))).toBe(false);
  });
});
