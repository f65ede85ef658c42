import { describe, expect, it } from 'vitest';
import {
  findNextPresidency,
  findPresidencyByAdjective,
  findPresidencyByCode,
  findPresidencyOn,
  PRESIDENCIES,
} from './presidencies.js';

describe('presidencies', () => {
  it('finds a Presidency by its adjective in any case, Greece also as "Hellenic"', () => {
    expect(findPresidencyByAdjective('Swedish')?.country).toBe('Sweden');
    expect(findPresidencyByAdjective('sWEDISH')?.country).toBe('Sweden');
    expect(findPresidencyByAdjective('Hellenic')?.country).toBe('Greece');
    expect(findPresidencyByAdjective('Greek')?.country).toBe('Greece');
    expect(findPresidencyByAdjective('Luxembourg')?.country).toBe('Luxembourg');
  });

  it('finds no Presidency for an adjective or code outside the rotation', () => {
    expect(findPresidencyByAdjective('American')).toBeNull();
    expect(findPresidencyByAdjective('')).toBeNull();
    expect(findPresidencyByAdjective('constructor')).toBeNull();
    expect(findPresidencyByCode('US')).toBeNull();
    expect(findPresidencyByCode('se')).toBeNull();
  });

  it('finds a Presidency by its Council country code (Greece is "EL")', () => {
    expect(findPresidencyByCode('RO')?.country).toBe('Romania');
    expect(findPresidencyByCode('EL')?.country).toBe('Greece');
  });

  it('gives the next Presidency in the rotation, none after the last or for an unknown country', () => {
    expect(findNextPresidency('Sweden')?.country).toBe('Spain');
    expect(findNextPresidency('Spain')?.country).toBe('Belgium');
    expect(findNextPresidency('Greece')).toBeNull();
    expect(findNextPresidency('United States')).toBeNull();
  });

  it('agrees with a search in order for every adjective, code and country', () => {
    for (const p of PRESIDENCIES) {
      const first = (same: (q: typeof p) => boolean) => PRESIDENCIES.find(same);
      expect(findPresidencyByAdjective(p.adjective.toUpperCase())).toBe(
        first((q) => q.adjective === p.adjective),
      );
      expect(findPresidencyByCode(p.code)).toBe(first((q) => q.code === p.code));
      const i = PRESIDENCIES.indexOf(p);
      // on a day of its term, the next of that term; with no day, the next of the latest term
      expect(findNextPresidency(p.country, p.start)).toBe(PRESIDENCIES[i + 1] ?? null);
      const last = PRESIDENCIES.map((q) => q.country).lastIndexOf(p.country);
      expect(findNextPresidency(p.country)).toBe(PRESIDENCIES[last + 1] ?? null);
    }
  });

  it('tells the terms of a country apart by date ("the incoming Presidency" of the Greek one of 2014)', () => {
    expect(findNextPresidency('Greece', '2014-03-05')?.country).toBe('Italy');
    expect(findNextPresidency('Greece', '2027-09-01')).toBeNull();
    expect(findNextPresidency('Sweden', '2009-10-01')?.start).toBe('2010-01-01');
    expect(findPresidencyByAdjective('Netherlands')?.country).toBe('Netherlands');
  });

  it('finds the Presidency in office on a date, none outside 2008-2027', () => {
    expect(findPresidencyOn('2023-03-16')?.country).toBe('Sweden');
    expect(findPresidencyOn('2023-07-01T10:00:00Z')?.country).toBe('Spain');
    expect(findPresidencyOn('2014-12-31')?.country).toBe('Italy');
    expect(findPresidencyOn('2008-01-01')?.country).toBe('Slovenia');
    expect(findPresidencyOn('2007-12-31')).toBeNull();
    expect(findPresidencyOn('2028-01-01')).toBeNull();
  });
});
