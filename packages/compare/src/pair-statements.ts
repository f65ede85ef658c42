import type { Statement } from '@som/domain';
import { normaliseText } from './similarity.js';

/** The normalised text of a statement (see normaliseText); a comparison may pass one that remembers. */
export type StatementText = (statement: Statement) => string;

const plainText: StatementText = (s) => normaliseText(s.text);

/** A StatementText that normalises each statement once, for the lifetime of the returned function. */
export function createStatementText(): StatementText {
  const seen = new Map<Statement, string>();
  return (s) => {
    let text = seen.get(s);
    if (text === undefined) {
      text = normaliseText(s.text);
      seen.set(s, text);
    }
    return text;
  };
}

/** A base statement matched with a target statement. */
export interface StatementPair {
  base: Statement;
  target: Statement;
  /** 1 when the normalised texts are equal, else the similarity that paired them. */
  similarity: number;
  unchanged: boolean;
}

/** Statements of two aligned topics, paired, and the ones left on each side. */
export interface StatementPairing {
  pairs: StatementPair[];
  removed: Statement[];
  added: Statement[];
}

/** Similarity of a base and a target statement, in [0, 1]. */
export type StatementSimilarity = (base: Statement, target: Statement) => number;

/**
 * Pairs statements of an aligned topic: identical texts first (document order), then greedily by
 * descending similarity over the whole matrix, keeping pairs at or above `threshold`. Ties go to the
 * earlier base statement, then the earlier target statement, so the result is deterministic.
 * `normalisedTextOf` may be a remembering StatementText shared by the passes of one comparison.
 */
export function pairStatements(
  base: readonly Statement[],
  target: readonly Statement[],
  similarity: StatementSimilarity,
  threshold: number,
  normalisedTextOf: StatementText = plainText,
): StatementPairing {
  const usedBase = new Set<number>();
  const usedTarget = new Set<number>();
  const pairs: StatementPair[] = [];
  const targetByText = new Map<string, number[]>();
  target.forEach((t, j) => {
    const key = normalisedTextOf(t);
    targetByText.set(key, [...(targetByText.get(key) ?? []), j]);
  });
  base.forEach((b, i) => {
    const j = targetByText.get(normalisedTextOf(b))?.find((k) => !usedTarget.has(k));
    if (j === undefined) return;
    usedBase.add(i);
    usedTarget.add(j);
    pairs.push({ base: b, target: target[j]!, similarity: 1, unchanged: true });
  });
  const candidates: [number, number, number][] = [];
  base.forEach((b, i) => {
    if (usedBase.has(i)) return;
    target.forEach((t, j) => {
      if (usedTarget.has(j)) return;
      const score = similarity(b, t);
      if (score >= threshold) candidates.push([score, i, j]);
    });
  });
  candidates.sort((x, y) => y[0] - x[0] || x[1] - y[1] || x[2] - y[2]);
  for (const [score, i, j] of candidates) {
    if (usedBase.has(i) || usedTarget.has(j)) continue;
    usedBase.add(i);
    usedTarget.add(j);
    pairs.push({ base: base[i]!, target: target[j]!, similarity: Math.min(score, 0.999), unchanged: false });
  }
  return {
    pairs,
    removed: base.filter((_, i) => !usedBase.has(i)),
    added: target.filter((_, j) => !usedTarget.has(j)),
  };
}

/** A statement removed from one topic and added, nearly verbatim, under another. */
export interface StatementMove<K> {
  base: Statement;
  target: Statement;
  similarity: number;
  from: K;
  to: K;
}

/**
 * Finds statements that moved between topics: greedily pairs statements removed from one topic with
 * statements added to a different one when their similarity is at least `threshold` (texts equal
 * after normalisation count as 1). `normalisedTextOf` as in pairStatements.
 */
export function detectMoves<K>(
  removed: readonly { statement: Statement; key: K }[],
  added: readonly { statement: Statement; key: K }[],
  similarity: StatementSimilarity,
  threshold: number,
  normalisedTextOf: StatementText = plainText,
): StatementMove<K>[] {
  const candidates: [number, number, number][] = [];
  const removedText = removed.map((r) => normalisedTextOf(r.statement));
  const addedText = added.map((a) => normalisedTextOf(a.statement));
  removed.forEach((r, i) => {
    added.forEach((a, j) => {
      if (r.key === a.key) return;
      const score = removedText[i] === addedText[j] ? 1 : similarity(r.statement, a.statement);
      if (score >= threshold) candidates.push([score, i, j]);
    });
  });
  candidates.sort((x, y) => y[0] - x[0] || x[1] - y[1] || x[2] - y[2]);
  const usedR = new Set<number>();
  const usedA = new Set<number>();
  const moves: StatementMove<K>[] = [];
  for (const [score, i, j] of candidates) {
    if (usedR.has(i) || usedA.has(j)) continue;
    usedR.add(i);
    usedA.add(j);
    moves.push({
      base: removed[i]!.statement,
      target: added[j]!.statement,
      similarity: score,
      from: removed[i]!.key,
      to: added[j]!.key,
    });
  }
  return moves;
}
