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

  it('reads a range written with a non-breaking hyphen, a figure dash or a minus sign', () => {
    for (const dash of ['\u2010', '\u2011', '\u2012', '\u2212'])
      expect(datesOf(`ahead of the Senior Officials Meeting on 14${dash}15 April 2021.`)).toEqual([
        {
          text: `14${dash}15 April 2021`,
          value: '2021-04-14',
          end: '2021-04-15',
          precision: 'day',
          inferred: false,
        },
      ]);
  });

  it('reads US-style ranges, with and without a year', () => {
    expect(datesOf('On June 20-21, 2024, the Belgian Presidency hosted the Ministerial.')).toEqual([
      { text: 'June 20-21, 2024', value: '2024-06-20', end: '2024-06-21', precision: 'day', inferred: false },
    ]);
    expect(datesOf('On Nov. 13 and 14, the U.S.-EU Ministerial Meeting took place', 2015)).toEqual([
      { text: 'Nov. 13 and 14', value: '2015-11-13', end: '2015-11-14', precision: 'day', inferred: true },
    ]);
    expect(datesOf('met on November 13 and 14, 2015 in Washington')[0]).toMatchObject({
      value: '2015-11-13',
      end: '2015-11-14',
      inferred: false,
    });
    expect(datesOf('(Budapest, September 30 - October 1, 2024)')[0]).toMatchObject({
      value: '2024-09-30',
      end: '2024-10-01',
    });
  });

  it('reads two days in a row joined by "and" as a range', () => {
    expect(datesOf('the Ministerial held on 13 and 14 November 2015')).toEqual([
      {
        text: '13 and 14 November 2015',
        value: '2015-11-13',
        end: '2015-11-14',
        precision: 'day',
        inferred: false,
      },
    ]);
  });

  it('reads two days apart joined by "and" as two dates, not a range', () => {
    expect(datesOf('plenary meetings on 5 and 19 November 2015').map((d) => [d.value, d.end])).toEqual([
      ['2015-11-05', null],
      ['2015-11-19', null],
    ]);
  });

  it('puts the first day of a range across the new year in the year before', () => {
    expect(datesOf('from 28 December - 2 January 2025')[0]).toMatchObject({
      value: '2024-12-28',
      end: '2025-01-02',
    });
  });

  it('does not read a percentage range after a month as days', () => {
    expect(datesOf('a rise of 5-10 percent since June').map((d) => d.value)).toEqual(['2023-06']);
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
    ['in the first half of 2020', '2020'],
    ['in Budapest in H2 2024', '2024'],
    ['planned for Q3 2025', '2025'],
  ])('reads "%s" as the year %s', (text, year) => {
    expect(datesOf(text).map((d) => [d.value, d.precision])).toEqual([[year, 'year']]);
  });

  it('reads "by the end of the year" as December of the document\'s year', () => {
    expect(datesOf('the regulation would apply by the end of the year.', 2024)).toEqual([
      { text: 'the end of the year', value: '2024-12', end: null, precision: 'month', inferred: true },
    ]);
    expect(datesOf('to conclude the agreement before the end of this year', 2024)[0]?.value).toBe('2024-12');
    expect(datesOf('by the end of the year 2025', 2024)[0]).toMatchObject({
      value: '2025-12',
      inferred: false,
    });
  });

  it('reads "next year" and "this year" as years from the document, and "the end of next year" as its December', () => {
    expect(datesOf('The US will host a workshop next year and report later this year.', 2023)).toEqual([
      { text: 'next year', value: '2024', end: null, precision: 'year', inferred: true },
      { text: 'this year', value: '2023', end: null, precision: 'year', inferred: true },
    ]);
    expect(datesOf('to conclude by the end of next year', 2023).map((d) => d.value)).toEqual(['2024-12']);
    // read once: "the end of this year" is December, not also the year
    expect(datesOf('before the end of this year', 2023).map((d) => d.value)).toEqual(['2023-12']);
    expect(datesOf('in June and next year', 2023).map((d) => d.value)).toEqual(['2023-06', '2024']);
    expect(
      datesOf('a next year-long process, this year 2025', 2023).some((d) => d.text.endsWith('year')),
    ).toBe(false);
    expect(datesOf('next year', null)).toEqual([]);
  });

  it('keeps "end of the year" dates in text order among the others', () => {
    expect(datesOf('in June and by the end of the year, then in 2026', 2024).map((d) => d.value)).toEqual([
      '2024-06',
      '2024-12',
      '2026',
    ]);
  });

  it('does not read "the end of the year" without a preposition, a year-long process, or without a document year', () => {
    expect(datesOf('The end of the year was busy.', 2024)).toEqual([]);
    expect(datesOf('at the end of the year-long process', 2024)).toEqual([]);
    expect(datesOf('by the end of the year', null)).toEqual([]);
  });

  it('does not read a bare number after a season word as a year ("summer 150 participants")', () => {
    expect(datesOf('in summer 150 participants')).toEqual([]);
  });
});

describe('findDates: where a date may start', () => {
  it('reads a date right after a word that starts like a month, and none inside such words', () => {
    expect(datesOf('Member States, Security and Justice met on 3 March; Decisions followed in May.')).toEqual(
      [
        { text: '3 March', value: '2023-03-03', end: null, precision: 'day', inferred: true },
        { text: 'May', value: '2023-05', end: null, precision: 'month', inferred: true },
      ],
    );
  });

  it('reads no date from a number glued to a word or too long for a day', () => {
    expect(datesOf('G7 partners, 283,000 people and 7725/23 were noted in 12345 March.')).toEqual([]);
  });

  it('reads the end of the year among other dates, in text order', () => {
    expect(
      datesOf('From 5 May until the end of the year and by the end of this year 2024 (June 2025).'),
    ).toEqual([
      { text: '5 May', value: '2023-05-05', end: null, precision: 'day', inferred: true },
      { text: 'the end of the year', value: '2023-12', end: null, precision: 'month', inferred: true },
      { text: 'the end of this year 2024', value: '2024-12', end: null, precision: 'month', inferred: false },
      { text: 'June 2025', value: '2025-06', end: null, precision: 'month', inferred: false },
    ]);
  });
});
