import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  countSpaces,
  lastNonSpaceCode,
  slugifyCity,
  startsWithCapital,
  trimDateLead,
} from './meeting-text.js';

/** Texts of the characters these helpers hinge on, ASCII and not. */
const MIXED = fc
  .array(
    fc.constantFrom(
      'a',
      'Z',
      'é',
      'É',
      'ß',
      '.',
      '-',
      '–',
      ',',
      '(',
      ' ',
      '\t',
      '\u00a0',
      '\u2003',
      '7',
      'K',
      'İ',
      '𝐀',
      '_',
    ),
    { maxLength: 12 },
  )
  .map((parts) => parts.join(''));

describe('lastNonSpaceCode and countSpaces', () => {
  it('find the last character that is not white space, -1 when there is none', () => {
    expect(lastNonSpaceCode('March 2023)  \n')).toBe(41);
    expect(lastNonSpaceCode(' \u00a0')).toBe(-1);
    expect(lastNonSpaceCode('')).toBe(-1);
  });

  it('count plain spaces only', () => {
    expect(countSpaces('Washington D.C.')).toBe(1);
    expect(countSpaces('a\u00a0b\tc')).toBe(0);
    fc.assert(fc.property(MIXED, (s) => countSpaces(s) === s.split(' ').length - 1));
  });
});

describe('startsWithCapital', () => {
  it('tells an upper-case first letter, ASCII or not', () => {
    expect(startsWithCapital('Stockholm')).toBe(true);
    expect(startsWithCapital('Évora')).toBe(true);
    expect(startsWithCapital('stockholm')).toBe(false);
    expect(startsWithCapital('(Stockholm')).toBe(false);
    expect(startsWithCapital('')).toBe(false);
    fc.assert(fc.property(MIXED, (s) => startsWithCapital(s) === /^\p{Lu}/u.test(s)));
  });
});

describe('trimDateLead', () => {
  it('cuts white space, commas, brackets and dashes at the end only', () => {
    expect(trimDateLead('Stockholm, ')).toBe('Stockholm');
    expect(trimDateLead('(Budapest – ')).toBe('(Budapest');
    expect(trimDateLead('Warsaw')).toBe('Warsaw');
    expect(trimDateLead(', (')).toBe('');
    fc.assert(fc.property(MIXED, (s) => trimDateLead(s) === s.replace(/[\s,(–-]+$/, '')));
  });
});

describe('slugifyCity', () => {
  const reference = (s: string) =>
    s
      .normalize('NFKD')
      .toLowerCase()
      .replace(/\./g, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '');

  it('writes a city as a lower-case id part', () => {
    expect(slugifyCity('Washington D.C.')).toBe('washington-dc');
    expect(slugifyCity('Stockholm')).toBe('stockholm');
    expect(slugifyCity('  Den Haag -- ')).toBe('den-haag');
    // as the chain writes it: NFKD splits off the cedilla, which is no letter a-z
    expect(slugifyCity('Bucureşti')).toBe('bucures-ti');
    expect(slugifyCity('')).toBe('');
    expect(slugifyCity('...')).toBe('');
  });

  it('agrees with the normalise-and-replace chain on any text', () => {
    fc.assert(
      fc.property(MIXED, (s) => slugifyCity(s) === reference(s)),
      { numRuns: 500 },
    );
    fc.assert(
      fc.property(
        fc
          .array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 20 })
          .map((codes) => String.fromCharCode(...codes)),
        (s) => slugifyCity(s) === reference(s),
      ),
    );
  });
});
