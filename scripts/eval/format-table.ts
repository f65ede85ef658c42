import { type DocumentScore, FIELDS, measure } from './score-document.js';

const pct = (x: number) => x.toFixed(2);

/** The overall table: one row per field with counts, precision, recall and F1. */
export function formatOverallTable(total: DocumentScore): string {
  const rows = [['field', 'tp', 'pred', 'gold', 'P', 'R', 'F1']];
  for (const f of FIELDS) {
    const c = total[f];
    const m = measure(c);
    rows.push([f, String(c.tp), String(c.pred), String(c.gold), pct(m.precision), pct(m.recall), pct(m.f1)]);
  }
  return alignRows(rows);
}

/** The per-file table: one row per field, one column per file, each cell "P/R". */
export function formatPerFileTable(files: readonly { name: string; score: DocumentScore }[]): string {
  const rows = [['field', ...files.map((_f, i) => `#${i + 1}`)]];
  for (const field of FIELDS) {
    rows.push([
      field,
      ...files.map((f) => {
        const m = measure(f.score[field]);
        return `${pct(m.precision)}/${pct(m.recall)}`;
      }),
    ]);
  }
  const legend = files.map((f, i) => `#${i + 1} ${f.name}`).join('\n');
  return `${alignRows(rows)}\n${legend}`;
}

function alignRows(rows: string[][]): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)));
  return rows
    .map((r) =>
      r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  '),
    )
    .join('\n');
}
