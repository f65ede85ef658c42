/** Dates as officials write them ("16 March 2023"); ISO in, text out, no time zones involved. */

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** Formats `2023-03-16` as "16 March 2023", `2023-06` as "June 2023"; anything else unchanged; null as "—". */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '—';
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso);
  if (!match) return iso;
  const [, year, month, day] = match;
  const monthName = month ? MONTHS[Number(month) - 1] : undefined;
  if (!monthName) return year!;
  return day ? `${Number(day)} ${monthName} ${year}` : `${monthName} ${year}`;
}

/** Formats a meeting's dates: "16–17 March 2023", "30 June – 1 July 2023", or one date. */
export function formatDateRange(start: string | null | undefined, end: string | null | undefined): string {
  if (!start) return formatDate(end);
  if (!end || end === start) return formatDate(start);
  const a = formatDate(start).split(' ');
  const b = formatDate(end).split(' ');
  if (a.length === 3 && b.length === 3) {
    if (a[1] === b[1] && a[2] === b[2]) return `${a[0]}–${b[0]} ${b[1]} ${b[2]}`;
    if (a[2] === b[2]) return `${a[0]} ${a[1]} – ${b.join(' ')}`;
  }
  return `${a.join(' ')} – ${b.join(' ')}`;
}
