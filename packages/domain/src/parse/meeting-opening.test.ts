import { describe, expect, it } from 'vitest';
import { normaliseCity, readMeetingOpening } from './meeting-opening.js';

function open(text: string, year: number | null = null) {
  const r = readMeetingOpening(text, 0, text.length, year);
  if (r === null) return null;
  const at = (s: { start: number; end: number } | null) => (s ? text.slice(s.start, s.end) : null);
  return { ...r, cityText: at(r.citySpan), dateText: at(r.dateSpan), presidencyText: at(r.presidencySpan) };
}

describe('readMeetingOpening', () => {
  it('reads date, city and the named Presidency of a Presidency-hosted Ministerial', () => {
    expect(
      open(
        '1. On 22 June 2021, the Portuguese Presidency of the Council of the European Union hosted the EU-U.S. Ministerial Meeting on Justice and Home Affairs in Lisbon. The United States was represented by the Secretary.',
      ),
    ).toMatchObject({
      city: 'Lisbon',
      cityText: 'Lisbon',
      start: '2021-06-22',
      end: '2021-06-22',
      dateText: '22 June 2021',
      presidencyAdjective: 'Portuguese',
      presidencyText: 'Portuguese',
    });
  });

  it('reads a press dateline sentence and writes "Washington, D.C." as "Washington D.C."', () => {
    expect(
      open(
        'WASHINGTON – On 17 November 2017, the U.S - EU Ministerial Meeting on Justice and Home Affairs took place in Washington, D.C. The meeting reaffirmed the importance of the partnership.',
      ),
    ).toMatchObject({
      city: 'Washington D.C.',
      cityText: 'Washington, D.C.',
      start: '2017-11-17',
      dateText: '17 November 2017',
      presidencyAdjective: null,
    });
  });

  it('reads a date written after the city', () => {
    expect(
      open('The EU-U.S. Ministerial on Justice and Home Affairs was held in Brussels on 21 June 2024.'),
    ).toMatchObject({ city: 'Brussels', start: '2024-06-21', dateText: '21 June 2024' });
  });

  it('reads a two-day meeting, taking the year from the document when the sentence gives none', () => {
    expect(
      open('On 13 and 14 November, the U.S.-EU Ministerial Meeting took place in Washington DC.', 2023),
    ).toMatchObject({ city: 'Washington D.C.', start: '2023-11-13', end: '2023-11-14' });
  });

  it('keeps the city but no date when the year cannot be known', () => {
    expect(
      open('On 13 and 14 November, the Ministerial Meeting took place in Washington, D.C.'),
    ).toMatchObject({ city: 'Washington D.C.', start: null, dateSpan: null });
  });

  // Relies on parse/dates.ts reading US-style "Nov. 13 and 14, 2023".
  it('reads a US-style date range', () => {
    expect(
      open('On Nov. 13 and 14, 2023, the U.S.-EU Ministerial Meeting took place in Washington, D.C.'),
    ).toMatchObject({ start: '2023-11-13', end: '2023-11-14', city: 'Washington D.C.' });
  });

  it('finds the city after a building ("at ... Headquarters in Washington D.C.")', () => {
    expect(
      open(
        'On 15 December 2022, the United States hosted the EU-U.S. Ministerial Meeting on Justice and Home Affairs at Department of Homeland Security Headquarters in Washington D.C. The United States was represented.',
      ),
    ).toMatchObject({ city: 'Washington D.C.', start: '2022-12-15' });
  });

  it('never takes a country, the Union or a month for the city', () => {
    expect(open('On 9 November 2018, the Ministerial Meeting took place in the United States.')).toBeNull();
    expect(open('The Ministerial Meeting was held in June 2023 in Brussels.')?.city).toBe('Brussels');
    expect(open('The two sides met in European Union premises.')).toBeNull();
  });

  it('does not read a city from another sentence or without a meeting verb', () => {
    expect(open('The meeting was productive. Officials discussed the situation in Lisbon.')).toBeNull();
    expect(open('The two sides met. Work continues in Lisbon.')).toBeNull();
  });

  it('ignores an incoming Presidency', () => {
    expect(
      open('On 21 June 2024, the incoming Hungarian Presidency hosted a meeting in Brussels.')
        ?.presidencyAdjective,
    ).toBeNull();
  });
});

describe('normaliseCity', () => {
  it('writes every District of Columbia suffix the same way', () => {
    expect(normaliseCity('Washington, D.C.')).toBe('Washington D.C.');
    expect(normaliseCity('Washington DC')).toBe('Washington D.C.');
    expect(normaliseCity('Washington D.C.')).toBe('Washington D.C.');
    expect(normaliseCity('Stockholm')).toBe('Stockholm');
  });
});
