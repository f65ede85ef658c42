import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { measureWrapWidth, selectNth } from './normalise-width.js';

describe('selectNth', () => {
  it('gives the value a sort would put at index n, duplicates included', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(40), { minLength: 1, maxLength: 60 }), fc.nat(), (values, k) => {
        const n = k % values.length;
        const sorted = [...values].sort((a, b) => a - b);
        expect(selectNth([...values], n)).toBe(sorted[n]);
      }),
      { numRuns: 2000 },
    );
  });

  it('reads a single value and the ends of a sorted or reversed array', () => {
    expect(selectNth([7], 0)).toBe(7);
    expect(selectNth([1, 2, 3, 4], 3)).toBe(4);
    expect(selectNth([4, 3, 2, 1], 0)).toBe(1);
  });
});

describe('measureWrapWidth', () => {
  it('is the 90th percentile of the non-empty line lengths, at least 60', () => {
    const lines = ['', ...Array.from({ length: 10 }, (_, i) => 'x'.repeat(70 + i)), ''];
    expect(measureWrapWidth(lines)).toBe(78);
    expect(measureWrapWidth(['short', 'lines'])).toBe(60);
  });

  it('is 80 for a text without a non-empty line', () => {
    expect(measureWrapWidth(['', ''])).toBe(80);
    expect(measureWrapWidth([])).toBe(80);
  });
});
