import { describe, expect, it } from 'vitest';
import { isCapital, isDigit, isWhiteSpace } from './char-classes.js';

describe('isWhiteSpace', () => {
  it('reads the white space and line breaks of /\\s/', () => {
    for (const ch of [' ', '\t', '\n', '\v', '\f', '\r', '\u00a0', '\u2003', '\u2028', '\u3000', '\ufeff'])
      expect(isWhiteSpace(ch.charCodeAt(0))).toBe(true);
  });

  it('does not read letters, marks, zero-width characters or a missing character', () => {
    for (const ch of ['a', '-', '\u200b', '\u0301', '\u0085', '\u180e'])
      expect(isWhiteSpace(ch.charCodeAt(0))).toBe(false);
    expect(isWhiteSpace(Number.NaN)).toBe(false);
  });

  it('agrees with /\\s/ on every UTF-16 code unit', () => {
    const differ: number[] = [];
    for (let c = 0; c <= 0xffff; c++)
      if (isWhiteSpace(c) !== /\s/.test(String.fromCharCode(c))) differ.push(c);
    expect(differ).toEqual([]);
  });
});

describe('isDigit and isCapital', () => {
  it('read ASCII digits and capitals only', () => {
    expect([...'09'].map((c) => isDigit(c.charCodeAt(0)))).toEqual([true, true]);
    expect([...'/:a٣'].map((c) => isDigit(c.charCodeAt(0)))).toEqual([false, false, false, false]);
    expect([...'AZ'].map((c) => isCapital(c.charCodeAt(0)))).toEqual([true, true]);
    expect([...'@[aÉ'].map((c) => isCapital(c.charCodeAt(0)))).toEqual([false, false, false, false]);
    expect(isDigit(Number.NaN) || isCapital(Number.NaN)).toBe(false);
  });
});
