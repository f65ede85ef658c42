import { MONTHS as MONTH } from './normalise-lines.js';

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** A day or range of days as written in a Subject or place-and-date line. */
export interface FoundDateRange {
  start: string;
  end: string;
  /** Offsets of the date text inside the searched string. */
  index: number;
  length: number;
}

// "16-17 March 2023", "28 February - 1 March 2017", "15 December 2022", "1–2 March", "16 and 17 March 2023"
const RANGE = new RegExp(
  `\\b(\\d{1,2})(?:\\s+(${MONTH}))?(?:\\s*(?:-|–|—|and|to)\\s*(\\d{1,2}))?\\s+(${MONTH})(?:,?\\s+(\\d{4}))?\\b`,
  'i',
);

/**
 * The ISO day of a year, month (0-11) and day of the month, or null when the day does not exist
 * (a day outside the month rolls the Date over).
 */
export function iso(year: number, month: number, day: number): string | null {
  const d = new Date(Date.UTC(year, month, day));
  if (d.getUTCMonth() !== month || d.getUTCDate() !== day) return null;
  return `${String(year).padStart(4, '0')}-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * Finds the first day or range of days in `text` ("16-17 March 2023", "28 February - 1 March
 * 2017", "15 December 2022"); a missing year is taken from `defaultYear`. Null when there is
 * none, the day does not exist, or no year is known.
 */
export function findDateRange(text: string, defaultYear: number | null): FoundDateRange | null {
  const m = RANGE.exec(text);
  const us = US_RANGE.exec(text);
  if (us !== null && (m === null || us.index < m.index)) return readUsRange(us);
  if (!m) return null;
  const year = m[5] ? Number(m[5]) : defaultYear;
  if (year === null) return null;
  const endMonth = MONTHS.indexOf((m[4] as string).toLowerCase());
  const startMonth = m[2] ? MONTHS.indexOf(m[2].toLowerCase()) : endMonth;
  const firstDay = Number(m[1]);
  const lastDay = m[3] ? Number(m[3]) : m[2] ? firstDay : firstDay;
  let start: string | null;
  let end: string | null;
  if (m[2] && !m[3]) {
    // "28 February - 1 March": m[1] is the first day, "1" is missing -> RANGE reads it as day + month; keep one day
    start = iso(year, startMonth, firstDay);
    end = start;
  } else {
    start = iso(year, startMonth, firstDay);
    end = iso(year, endMonth, lastDay);
  }
  return foundRange(start, end, m);
}

// Written the US way: "June 22-23, 2022", "June 22, 2022", "June 30 - July 1, 2022"
const US_RANGE = new RegExp(
  `\\b(${MONTH})\\s+(\\d{1,2})(?:\\s*(?:-|–|—|and|to)\\s*(?:(${MONTH})\\s+)?(\\d{1,2}))?,?\\s+(\\d{4})\\b`,
  'i',
);

/** The day or days of a `US_RANGE` match (whose year is always written). */
function readUsRange(m: RegExpExecArray): FoundDateRange | null {
  const year = Number(m[5]);
  const startMonth = MONTHS.indexOf((m[1] as string).toLowerCase());
  const endMonth = m[3] ? MONTHS.indexOf(m[3].toLowerCase()) : startMonth;
  const start = iso(year, startMonth, Number(m[2]));
  const end = m[4] ? iso(year, endMonth, Number(m[4])) : start;
  return foundRange(start, end, m);
}

/** The range matched by `m`, from `start` to `end` (no earlier than `start`); null if a day does not exist. */
function foundRange(start: string | null, end: string | null, m: RegExpExecArray): FoundDateRange | null {
  if (start === null || end === null) return null;
  return { start, end: end < start ? start : end, index: m.index, length: m[0].length };
}
