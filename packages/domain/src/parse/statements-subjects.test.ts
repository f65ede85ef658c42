import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { INSERTION_RE, isGapText, mayOpenInsertion } from './statements-subjects.js';

// The checks decide by char codes before (or instead of) a RegExp: each is checked against the
// RegExp it stands for, on texts built from the pieces that matter to it.
const PIECES = [
  ...[' ', '\t', '\n', '\u00a0', '\u2028', '\u3000', '\ufeff', '\u200b', '\u0085', ',', ';', '(', ')'],
  ...['for its part', 'For their part', 'in turn', 'In particular', 'FOR', 'ı', 'ſ', 'f', 'i', 'DOJ'],
  ...['which', 'and', 'noted', 'x', 'é', '.', '1'],
];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 10 }).map((parts) => parts.join(''));

describe('char-code checks agree with the RegExps they stand for', () => {
  it('isGapText is /^[\\s,]*$/ on the slice', () => {
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(), (t, a, b) => {
        const from = Math.min(a, b) % (t.length + 1);
        const to = Math.max(from, Math.max(a, b) % (t.length + 1));
        expect(isGapText(t, from, to)).toBe(/^[\s,]*$/.test(t.slice(from, to)));
      }),
      { numRuns: 3000 },
    );
  });

  it('mayOpenInsertion holds wherever INSERTION_RE matches (and rules out a verb)', () => {
    fc.assert(
      fc.property(text, (t) => {
        if (INSERTION_RE.test(t.slice(0, 90)))
          expect(mayOpenInsertion(t, 0, Math.min(t.length, 90))).toBe(true);
      }),
      { numRuns: 3000 },
    );
    expect(mayOpenInsertion(' (DOJ) presented', 0, 16)).toBe(true);
    expect(mayOpenInsertion(', in turn, noted', 0, 16)).toBe(true);
    expect(mayOpenInsertion(' noted that', 0, 11)).toBe(false);
    expect(mayOpenInsertion('   ', 0, 3)).toBe(false);
  });
});
