import { describe, expect, it } from 'vitest';
import { findDateRange, iso } from './meeting-dates.js';

/** The day check as a Date makes it (a day outside the month rolls over): the reference for `iso`. */
function isoByDate(year: number, month: number, day: number): string | null {
  const d = new Date(Date.UTC(year, month, day));
  if (d.getUTCMonth() !== month || d.getUTCDate() !== day) return null;
  return `${String(year).padStart(4, '0')}-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

describe('iso', () => {
  it('writes an existing day and refuses one that does not exist', () => {
    expect(iso(2023, 2, 16)).toBe('2023-03-16');
    expect(iso(2024, 1, 29)).toBe('2024-02-29');
    expect(iso(2023, 1, 29)).toBeNull();
    expect(iso(2023, 3, 31)).toBeNull();
    expect(iso(2023, 0, 0)).toBeNull();
  });

  it('reads a year from 0 to 99 as Date.UTC does (1900-1999) for February 29', () => {
    expect(iso(0, 1, 29)).toBeNull();
    expect(iso(96, 1, 29)).toBe('0096-02-29');
    expect(iso(100, 1, 29)).toBeNull();
    expect(iso(400, 1, 29)).toBe('0400-02-29');
  });

  it('agrees with the Date check on every day, month and year around the edges', () => {
    const years = [
      ...Array.from({ length: 121 }, (_, i) => i),
      1899,
      1900,
      1904,
      1996,
      2000,
      2023,
      2024,
      2100,
      2400,
      9999,
      -1,
      -4,
      -100,
      -400,
      275_000,
      2023.5,
      Number.NaN,
    ];
    const differing: string[] = [];
    for (const year of years)
      for (let month = -1; month <= 12; month++)
        for (const day of [-1, 0, 1, 15, 28, 29, 30, 31, 32, 99, 1.5, Number.NaN])
          if (iso(year, month, day) !== isoByDate(year, month, day))
            differing.push(`${year}-${month}-${day}`);
    expect(differing).toEqual([]);
  });
});

describe('findDateRange', () => {
  it('reads a range of days, one across two months, and a day without a year from the default', () => {
    expect(findDateRange('Stockholm, 16-17 March 2023', null)).toMatchObject({
      start: '2023-03-16',
      end: '2023-03-17',
    });
    expect(findDateRange('28 February - 1 March 2017', null)).toMatchObject({
      start: '2017-02-28',
      end: '2017-03-01',
    });
    expect(findDateRange('on 1 March', 2024)).toMatchObject({ start: '2024-03-01', end: '2024-03-01' });
  });

  it('reads a date written the US way, with its comma before the year', () => {
    expect(findDateRange('Washington, June 22-23, 2022', null)).toMatchObject({
      start: '2022-06-22',
      end: '2022-06-23',
      index: 12,
    });
    expect(findDateRange('June 30 - July 1, 2022', null)).toMatchObject({
      start: '2022-06-30',
      end: '2022-07-01',
    });
    expect(findDateRange('on December 5, 2019', null)).toMatchObject({
      start: '2019-12-05',
      end: '2019-12-05',
    });
    expect(findDateRange('June 31, 2022', null)).toBeNull();
  });

  it('finds nothing without a year, or for a day that does not exist', () => {
    expect(findDateRange('on 1 March', null)).toBeNull();
    expect(findDateRange('30 February 2023', null)).toBeNull();
    expect(findDateRange('no date here', 2023)).toBeNull();
  });
});
