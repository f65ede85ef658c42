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
      expect(findPresidencyByAdjective(p.adjective.toUpperCase())).toBe(p);
      expect(findPresidencyByCode(p.code)).toBe(p);
      const i = PRESIDENCIES.indexOf(p);
      expect(findNextPresidency(p.country)).toBe(PRESIDENCIES[i + 1] ?? null);
    }
  });

  it('finds the Presidency in office on a date, none outside 2015-2027', () => {
    expect(findPresidencyOn('2023-03-16')?.country).toBe('Sweden');
    expect(findPresidencyOn('2023-07-01T10:00:00Z')?.country).toBe('Spain');
    expect(findPresidencyOn('2014-12-31')).toBeNull();
    expect(findPresidencyOn('2028-01-01')).toBeNull();
  });
});
