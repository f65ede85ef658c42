import { describe, expect, it } from 'vitest';
import { formatDate, formatDateRange } from './format-date';

describe('formatDate', () => {
  it('writes days, months and years as officials do', () => {
    expect(formatDate('2023-03-16')).toBe('16 March 2023');
    expect(formatDate('2023-06')).toBe('June 2023');
    expect(formatDate('2023')).toBe('2023');
  });

  it('shows a dash for a missing date and leaves unknown text alone', () => {
    expect(formatDate(null)).toBe('—');
    expect(formatDate('soon')).toBe('soon');
  });
});

describe('formatDateRange', () => {
  it('shares the month and year of a range inside one month', () => {
    expect(formatDateRange('2023-03-16', '2023-03-17')).toBe('16–17 March 2023');
  });

  it('spells both months when a range crosses months, and one date when start equals end', () => {
    expect(formatDateRange('2023-06-30', '2023-07-01')).toBe('30 June – 1 July 2023');
    expect(formatDateRange('2023-06-21', '2023-06-21')).toBe('21 June 2023');
    expect(formatDateRange('2023-06-21', null)).toBe('21 June 2023');
  });
});
