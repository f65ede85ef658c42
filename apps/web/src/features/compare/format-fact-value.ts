/** Formats a figure's value from a diff as officials read it ("283,000"); null as "—". */
export function formatFactValue(value: number | null | undefined): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '—';
  return value.toLocaleString('en-GB', { maximumFractionDigits: 2 });
}
