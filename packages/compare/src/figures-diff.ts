import type { Figure, Statement } from '@som/domain';
import type { TextSpan } from './schema/refs.js';
import type { FigureChange } from './schema/topic-diff.js';
import { tokenize } from './similarity.js';

const GLUE = new Set(
  (
    'and or of to for in on the a an by with is are was were has have been be under from at per into as than ' +
    'since over across through via within every each who which that this those these its their so far now ' +
    'already currently still will would can could may had it they'
  ).split(' '),
);

/** A figure together with the statement it was read from (its context gives the figure a name). */
export interface FigureInContext {
  figure: Figure;
  statement: Statement;
}

/** A base figure matched to a target figure (the caller keeps the orientation). */
export interface FigurePair {
  base: FigureInContext;
  target: FigureInContext;
}

/**
 * Names what a figure counts: its unit when the parser found one ("Ukrainians"), else the words right
 * after it in its sentence, up to punctuation ("3,000 new applications screened" gives "new applications"),
 * with the rate when there is one ("per week").
 */
export function labelFigure({ figure, statement }: FigureInContext): string {
  const after = statement.text.slice(figure.span.end - statement.span.start).split(/[,;:.()]/)[0] ?? '';
  const words: string[] = [];
  for (const w of after.trim().split(/\s+/)) {
    if (!w) break;
    const lower = w.toLowerCase();
    if (GLUE.has(lower)) {
      if (words.length > 0) break;
      continue;
    }
    // "3,000 new applications screened every week": a participle or adverb ends the noun phrase.
    if (words.length > 0 && /(ed|ing|ly)$/.test(lower)) break;
    words.push(w);
    if (words.length === 3) break;
  }
  const per = figure.per ? ` per ${figure.per}` : '';
  // The parser's unit is the counted noun ("Ukrainians", "percent", "EUR") when it found one.
  if (figure.unit) return `${figure.unit}${per}`;
  return `${words.join(' ') || figure.text}${per}`;
}

/** Content words around a figure, used to decide whether two figures count the same thing. */
function contextTokens({ figure, statement }: FigureInContext): Set<string> {
  const rel = figure.span.start - statement.span.start;
  const before = tokenize(statement.text.slice(0, rel)).slice(-3);
  const after = tokenize(statement.text.slice(figure.span.end - statement.span.start)).slice(0, 4);
  return new Set([...before, ...after, ...(figure.unit ? tokenize(figure.unit) : [])]);
}

function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 && b.size === 0) return 0;
  let inter = 0;
  for (const t of a) if (b.has(t)) inter++;
  return inter / (a.size + b.size - inter);
}

/**
 * Pairs figures that count the same thing: first inside paired statements (same unit, in order), then
 * across the topic by the words around them (Jaccard at least `minContext`). Greedy, ties by order.
 */
export function pairFigures(
  base: readonly FigureInContext[],
  target: readonly FigureInContext[],
  statementPairs: readonly { base: Statement; target: Statement }[],
  minContext = 0.34,
): { pairs: FigurePair[]; removed: FigureInContext[]; added: FigureInContext[] } {
  const usedB = new Set<number>();
  const usedT = new Set<number>();
  const pairs: FigurePair[] = [];
  const sameUnit = (x: FigureInContext, y: FigureInContext) =>
    (x.figure.unit ?? '') === (y.figure.unit ?? '');
  for (const sp of statementPairs) {
    const bs = base
      .map((f, i) => [f, i] as const)
      .filter(([f, i]) => !usedB.has(i) && f.statement.id === sp.base.id);
    const ts = target
      .map((f, j) => [f, j] as const)
      .filter(([f, j]) => !usedT.has(j) && f.statement.id === sp.target.id);
    for (const [bf, i] of bs) {
      const match = ts.find(([tf, j]) => !usedT.has(j) && sameUnit(bf, tf));
      if (!match) continue;
      usedB.add(i);
      usedT.add(match[1]);
      pairs.push({ base: bf, target: match[0] });
    }
  }
  const ctxB = base.map(contextTokens);
  const ctxT = target.map(contextTokens);
  const candidates: [number, number, number][] = [];
  base.forEach((bf, i) => {
    if (usedB.has(i)) return;
    target.forEach((tf, j) => {
      if (usedT.has(j) || !sameUnit(bf, tf)) return;
      const score = jaccard(ctxB[i]!, ctxT[j]!);
      if (score >= minContext) candidates.push([score, i, j]);
    });
  });
  candidates.sort((x, y) => y[0] - x[0] || x[1] - y[1] || x[2] - y[2]);
  for (const [, i, j] of candidates) {
    if (usedB.has(i) || usedT.has(j)) continue;
    usedB.add(i);
    usedT.add(j);
    pairs.push({ base: base[i]!, target: target[j]! });
  }
  return {
    pairs,
    removed: base.filter((_, i) => !usedB.has(i)),
    added: target.filter((_, j) => !usedT.has(j)),
  };
}

/** True when two values differ by more than `minRelative` of the larger (any difference when 0). */
export function isFigureChange(before: number, after: number, minRelative: number): boolean {
  if (before === after) return false;
  const scale = Math.max(Math.abs(before), Math.abs(after));
  return scale === 0 || Math.abs(after - before) / scale > minRelative;
}

/**
 * Figure rows of one topic: pairs whose values changed, then figures found on one side only.
 * `spanOf` turns a span of the given side into a TextSpan.
 */
export function diffFigures(
  pairs: readonly FigurePair[],
  removed: readonly FigureInContext[],
  added: readonly FigureInContext[],
  spanOf: (side: 'base' | 'target', span: { start: number; end: number }) => TextSpan,
  minRelative: number,
): FigureChange[] {
  const rows: FigureChange[] = [];
  for (const p of pairs) {
    if (!isFigureChange(p.base.figure.value, p.target.figure.value, minRelative)) continue;
    rows.push({
      label: labelFigure(p.target),
      status: 'changed',
      before: p.base.figure.value,
      after: p.target.figure.value,
      unit: p.target.figure.unit,
      baseSpan: spanOf('base', p.base.figure.span),
      targetSpan: spanOf('target', p.target.figure.span),
    });
  }
  for (const f of removed) {
    rows.push({
      label: labelFigure(f),
      status: 'removed',
      before: f.figure.value,
      after: null,
      unit: f.figure.unit,
      baseSpan: spanOf('base', f.figure.span),
      targetSpan: null,
    });
  }
  for (const f of added) {
    rows.push({
      label: labelFigure(f),
      status: 'added',
      before: null,
      after: f.figure.value,
      unit: f.figure.unit,
      baseSpan: null,
      targetSpan: spanOf('target', f.figure.span),
    });
  }
  const order = { changed: 0, added: 1, removed: 2 } as const;
  return rows.sort(
    (a, b) =>
      order[a.status] - order[b.status] ||
      (a.targetSpan?.start ?? -1) - (b.targetSpan?.start ?? -1) ||
      (a.baseSpan?.start ?? -1) - (b.baseSpan?.start ?? -1),
  );
}
