import { describe, expect, it } from 'vitest';
import { cleanCharacters, needsCleaning } from './normalise-characters.js';

/** The characters the replacements touch, as one RegExp (`cleanCharacters` scans by char code first). */
const TOUCHED =
  /[^\P{Cc}\n]|[\uFEFF\u2028\u2029\u00A0\u1680\u2000-\u200D\u2010-\u2012\u2212\u202F\u205F\u3000\u00AD\u2060\uFB00-\uFB06\uF0A7\uF0A8\uF0B7\uF0D8\uF076\uF0FC\uF06E\uF071\uF0E0\uF0A1\uF0D7\uF075]/u;

describe('cleanCharacters', () => {
  it('changes a text exactly when it holds a character the replacements touch (every UTF-16 code unit)', () => {
    const wrong: number[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      if (c === 10) continue;
      const input = `a${String.fromCharCode(c)}b`;
      const changed = cleanCharacters(input).text !== input;
      if (changed !== TOUCHED.test(String.fromCharCode(c))) wrong.push(c);
    }
    expect(wrong).toEqual([]);
  });

  it('makes a soft hyphen ending a line the wrap hyphen, drops it elsewhere, and prints Symbol-font bullets', () => {
    expect(cleanCharacters('The Commission in\u00AD\nformed the Pro\u00ADgram.').text).toBe(
      'The Commission in-\nformed the Program.',
    );
    expect(cleanCharacters('\uF0B7 The US noted.\n\uF0A7 The EU agreed.\n\uF041').text).toBe(
      '• The US noted.\n• The EU agreed.\n\uF041',
    );
  });

  it('returns plain text and newlines untouched', () => {
    const text = 'The US delegation “noted” – twice.\n\nÉté 2023: ß, Ø.';
    expect(cleanCharacters(text)).toEqual({ text, controlCount: 0 });
  });

  it('turns the Unicode hyphens and the minus sign into "-", one for one, but keeps the dashes', () => {
    const text = '14\u201115 April, EU\u2010US, 1\u20122, \u22125; 4 \u2013 5 December \u2014 end';
    const { text: out } = cleanCharacters(text);
    expect(out).toBe('14-15 April, EU-US, 1-2, -5; 4 \u2013 5 December \u2014 end');
    expect(out.length).toBe(text.length);
  });

  it('counts and drops control characters, turns CRLF and tabs into newline and space', () => {
    expect(cleanCharacters('a\u0001b\r\nc\td')).toEqual({ text: 'ab\nc d', controlCount: 1 });
  });
});

describe('needsCleaning', () => {
  it('looks past characters outside ASCII that need no cleaning', () => {
    expect(needsCleaning('“quoted” – é \u00a0')).toBe(true);
    expect(needsCleaning('“quoted” – é\n')).toBe(false);
    expect(needsCleaning('plain\ttab')).toBe(true);
    expect(needsCleaning('')).toBe(false);
  });

  it('gives the same answer twice in a row (no state left between calls)', () => {
    expect(needsCleaning('’ \u2212')).toBe(true);
    expect(needsCleaning('’')).toBe(false);
    expect(needsCleaning('’ \u2212')).toBe(true);
  });
});
