import { describe, expect, it } from 'vitest';
import type { ParseWarning } from '../schema/warning.js';
import { findDates } from './dates.js';

function datesOf(text: string, year: number | null = 2023) {
  return findDates(text, 0, text.length, year).map((d) => ({
    text: d.text,
    value: d.value,
    end: d.end,
    precision: d.precision,
    inferred: d.yearInferred,
  }));
}

describe('findDates', () => {
  it('reads a full date', () => {
    expect(datesOf('the next Ministerial meeting in Stockholm on 21 June 2023')).toEqual([
      { text: '21 June 2023', value: '2023-06-21', end: null, precision: 'day', inferred: false },
    ]);
  });

  it('takes the year from the document for "7 June" and says so', () => {
    expect(datesOf('foreseen to take place on 7 June in Washington, DC', 2024)[0]).toMatchObject({
      value: '2024-06-07',
      inferred: true,
    });
  });

  it('reads a month and year as a month', () => {
    expect(datesOf('The next session will take place in June 2023')[0]).toMatchObject({
      value: '2023-06',
      precision: 'month',
    });
  });

  it('reads day ranges within a month, with and without a year', () => {
    expect(datesOf('(Stockholm, 16-17 March 2023)')[0]).toMatchObject({
      value: '2023-03-16',
      end: '2023-03-17',
      inferred: false,
    });
    expect(datesOf('held in the margins of the SOM 15-16 March in Stockholm')[0]).toMatchObject({
      value: '2023-03-15',
      end: '2023-03-16',
      inferred: true,
    });
  });

  it('reads a range across months', () => {
    expect(datesOf('Brussels, 28 February - 1 March 2024')[0]).toMatchObject({
      value: '2024-02-28',
      end: '2024-03-01',
    });
    expect(datesOf('in New York from 29 January to 9 February 2024')[0]).toMatchObject({
      value: '2024-01-29',
      end: '2024-02-09',
      inferred: false,
    });
  });

  it('reads a date used as a name ("the 6 January 2021 events")', () => {
    expect(datesOf('perpetrators responsible for the 6 January 2021 events')[0]?.value).toBe('2021-01-06');
  });

  it('reads a US-style date', () => {
    expect(datesOf('signed on June 21, 2023')[0]?.value).toBe('2023-06-21');
  });

  it('reads a bare month only after a preposition', () => {
    expect(
      datesOf('a Ministerial event planned in June and a side event in September').map((d) => d.value),
    ).toEqual(['2023-06', '2023-09']);
    expect(datesOf('March on. May the best win. Member States may act.')).toEqual([]);
  });

  it('reads a year after a preposition, but not a year used as a name', () => {
    expect(datesOf('in the second half of 2024')[0]).toMatchObject({
      text: '2024',
      value: '2024',
      precision: 'year',
    });
    expect(datesOf('the 2021 G7 Statement')).toEqual([]);
  });

  it('leaves fiscal years out', () => {
    expect(datesOf('the FY2024 refusal rate')).toEqual([]);
  });

  it('skips a date without year when the document gives none, with a warning', () => {
    const warnings: ParseWarning[] = [];
    expect(findDates('on 7 June', 0, 9, null, warnings)).toEqual([]);
    expect(warnings.map((w) => w.code)).toEqual(['date-without-year']);
  });

  it('gives spans that slice to the date text', () => {
    const text = 'It was signed in Kyiv on 3 March 2023.';
    for (const d of findDates(text, 0, text.length, 2023))
      expect(text.slice(d.span.start, d.span.end)).toBe(d.text);
  });
});

describe('findDates: seasons and parts of a year', () => {
  it.each([
    ['in autumn 2024', '2024'],
    ['for spring 2025', '2025'],
    ['planned for mid-2025', '2025'],
    ['by early-2026', '2026'],
    ['in the second half of 2024', '2024'],
  ])('reads "%s" as the year %s', (text, year) => {
    expect(datesOf(text).map((d) => [d.value, d.precision])).toEqual([[year, 'year']]);
  });

  it('does not read a bare number after a season word as a year ("summer 150 participants")', () => {
    expect(datesOf('in summer 150 participants')).toEqual([]);
  });
});
