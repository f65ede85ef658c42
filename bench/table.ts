import type { BenchFigure } from './types.js';

/**
 * Formats bench figures as one plain-text table: figure, value, baseline, ratio, target, pass.
 * @example
 * figure                    value        baseline              ratio  target       pass
 * parse.throughput          41.2 MB/s    split lines 950 MB/s  23.1x  >= 20 MB/s   yes
 */
export function formatTable(figures: BenchFigure[]): string {
  const header = ['figure', 'value', 'baseline', 'ratio', 'target', 'pass'];
  const rows = figures.map((f) => [
    f.name,
    `${formatNumber(f.value)} ${f.unit}`,
    f.baseline ? `${f.baseline.label}: ${formatNumber(f.baseline.value)} ${f.baseline.unit}` : '-',
    f.ratio === undefined ? '-' : `${formatNumber(f.ratio)}${f.ratioMeaning ? ` (${f.ratioMeaning})` : ''}`,
    f.target ?? '-',
    f.pass === undefined ? '-' : f.pass ? 'yes' : 'NO',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i]!))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

/** Three significant figures, without exponent notation for the ranges benches produce. */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const abs = Math.abs(value);
  if (abs >= 100) return Math.round(value).toString();
  if (abs >= 10) return value.toFixed(1);
  if (abs >= 0.01 || abs === 0) return value.toFixed(abs >= 1 ? 2 : 3);
  return value.toPrecision(2);
}
