import type { DateMention } from '../schema/facts.js';
import type { ParseWarning } from '../schema/warning.js';

const MONTHS: Record<string, number> = {
  january: 1,
  february: 2,
  march: 3,
  april: 4,
  may: 5,
  june: 6,
  july: 7,
  august: 8,
  september: 9,
  october: 10,
  november: 11,
  december: 12,
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

const MONTH =
  '(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const YEAR = '((?:19|20)\\d{2})';
const DASH = '(?:\\s*[-–—]\\s*|\\s+(?:to|until|till)\\s+)';

/**
 * One alternation, tried left to right; the first alternative that fits at a position wins, so
 * ranges come before single dates. Groups: see `readMatch`.
 */
const DATE_ALTERNATIVES = [
  // 28 February - 1 March 2024 | 28 February 2024 - 1 March 2024
  `\\b${DAY}\\s+${MONTH}(?:\\s+${YEAR})?${DASH}${DAY}\\s+${MONTH}(?:,?\\s+${YEAR})?\\b`,
  // 16-17 March 2023 | 15-16 March
  `\\b${DAY}${DASH}${DAY}\\s+${MONTH}(?:,?\\s+${YEAR})?\\b`,
  // 21 June 2023 | 7 June
  `\\b${DAY}\\s+${MONTH}(?:,?\\s+${YEAR})?\\b`,
  // June 21, 2023 | June 21
  `\\b${MONTH}\\s+${DAY}(?:,\\s*${YEAR})?\\b(?!\\s*(?:%|per|percent))`,
  // June 2023 | in June | by September
  `\\b${MONTH}(?:\\s+${YEAR})?\\b`,
  // in 2024 | the second half of 2024 | by end-2025
  // in autumn 2024 | for spring 2025 | by mid-2025
  `(?<=\\b(?:in|by|since|until|during|from|before|after|of|for|early|late|spring|summer|autumn|fall|winter)\\s+|\\b(?:end|mid|early|late)-)${YEAR}\\b`,
];
/**
 * Every alternative starts with a digit or a month's capital: the leading lookahead says so,
 * and positions without one are skipped before any alternative (and the lookbehind) is tried
 * (measured 2.3x faster on the fixtures' statements).
 */
const DATE_RE = new RegExp(`(?=[\\dJFMASOND])(?:${DATE_ALTERNATIVES.map((p) => `(?:${p})`).join('|')})`, 'g');

/** A bare month only counts as a date after one of these words ("in June", "by September"). */
const MONTH_CONTEXT_RE =
  /(?:\b(?:in|by|since|until|till|during|from|before|after|of|early|late|mid|end|next|last|this|and|or|to|on|the)\s*-?\s*)$/i;

const CAPITAL_START_RE = /^[A-Z]/;

/**
 * Finds the dates in `text.slice(start, end)` and normalises them to ISO: "21 June 2023" →
 * `2023-06-21`; "June 2023" → `2023-06`; "16-17 March 2023" → `2023-03-16` with end `2023-03-17`;
 * "28 February - 1 March 2024"; "in 2024" → `2024`. A day or month without a year takes
 * `defaultYear` and says so (`yearInferred`); without a default year it is skipped with a
 * `date-without-year` warning. A bare month counts only after a preposition ("in June"), so
 * the modal "may" or a name is never a date. Fiscal years ("FY2024") are left out.
 */
export function findDates(
  text: string,
  start: number,
  end: number,
  defaultYear: number | null,
  warnings?: ParseWarning[],
): DateMention[] {
  const chunk = text.slice(start, end);
  const out: DateMention[] = [];
  DATE_RE.lastIndex = 0;
  for (let m = DATE_RE.exec(chunk); m !== null; m = DATE_RE.exec(chunk)) {
    const mention = readMatch(m, defaultYear, chunk);
    const span = { start: start + m.index, end: start + m.index + m[0].length };
    if (mention === 'skip') continue;
    if (mention === null) {
      warnings?.push({
        code: 'date-without-year',
        message: `"${m[0]}" has no year and the document gives none.`,
        span,
      });
      continue;
    }
    out.push({ text: m[0], span, ...mention });
  }
  return out;
}

type Reading = Omit<DateMention, 'text' | 'span'>;

function readMatch(m: RegExpExecArray, defaultYear: number | null, chunk: string): Reading | null | 'skip' {
  const g = m;
  if (g[1] !== undefined) {
    // cross-month range: d1 M1 [Y1] - d2 M2 [Y2]
    const y2 = num(g[6]) ?? num(g[3]) ?? defaultYear;
    if (y2 === null) return null;
    const y1 = num(g[3]) ?? y2;
    return range(
      iso(y1, month(g[2]), num(g[1])),
      iso(y2, month(g[5]), num(g[4])),
      g[6] === undefined && g[3] === undefined,
    );
  }
  if (g[7] !== undefined) {
    const y = num(g[10]) ?? defaultYear;
    if (y === null) return null;
    const mo = month(g[9]);
    return range(iso(y, mo, num(g[7])), iso(y, mo, num(g[8])), g[10] === undefined);
  }
  if (g[11] !== undefined) {
    const y = num(g[13]) ?? defaultYear;
    if (y === null) return null;
    return day(iso(y, month(g[12]), num(g[11])), g[13] === undefined);
  }
  if (g[14] !== undefined) {
    const y = num(g[16]) ?? defaultYear;
    if (y === null) return null;
    return day(iso(y, month(g[14]), num(g[15])), g[16] === undefined);
  }
  if (g[17] !== undefined) {
    const year = num(g[18]);
    if (year === null) {
      // A bare month: only after a preposition, and only when written with a capital.
      if (
        !CAPITAL_START_RE.test(g[17]) ||
        !MONTH_CONTEXT_RE.test(chunk.slice(Math.max(0, m.index - 12), m.index))
      )
        return 'skip';
      if (defaultYear === null) return null;
    }
    const y = year ?? (defaultYear as number);
    return { value: `${y}-${pad(month(g[17]))}`, end: null, precision: 'month', yearInferred: year === null };
  }
  if (g[19] !== undefined) {
    return { value: g[19], end: null, precision: 'year', yearInferred: false };
  }
  return 'skip';
}

function range(a: string | null, b: string | null, inferred: boolean): Reading | 'skip' {
  if (a === null || b === null) return 'skip';
  return { value: a, end: b, precision: 'day', yearInferred: inferred };
}

function day(a: string | null, inferred: boolean): Reading | 'skip' {
  if (a === null) return 'skip';
  return { value: a, end: null, precision: 'day', yearInferred: inferred };
}

function iso(y: number, mo: number, d: number | null): string | null {
  if (d === null || d < 1 || d > 31 || mo < 1) return null;
  return `${y}-${pad(mo)}-${pad(d)}`;
}

function month(name: string | undefined): number {
  return MONTHS[(name ?? '').toLowerCase()] ?? 0;
}

function num(s: string | undefined): number | null {
  return s === undefined ? null : Number(s);
}

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}
