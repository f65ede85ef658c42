import type { Commitment, OutcomeDocument, Statement } from '@som/domain';
import { type Tokenizer, tokenize } from './similarity.js';

/** Words too common in next-step sentences to show that one was taken up again. */
const GENERIC = new Set([
  'next',
  'meeting',
  'session',
  'place',
  'take',
  'held',
  'hold',
  'continue',
  'work',
  'planned',
  'foreseen',
  'upcoming',
  'june',
  'july',
  'march',
  'april',
  'may',
  'september',
  'october',
  'november',
  'december',
  'january',
  'february',
  'august',
  'dc',
  'agreed',
  'parties',
  'participant',
  'after',
  'before',
  'ahead',
]);

/** The first day a partial ISO date can mean: "2023-06" -> "2023-06-01", "2023" -> "2023-01-01". */
export function earliestDay(date: string): string {
  if (date.length === 4) return `${date}-01-01`;
  if (date.length === 7) return `${date}-01`;
  return date;
}

/** The day the target meeting took place (else the day its record was issued), or null when unknown. */
export function meetingDay(doc: OutcomeDocument): string | null {
  return doc.meeting.startDate ?? doc.meta.issuedOn ?? null;
}

/** A base commitment that fell due, with the target statements that take it up again (best first). */
export interface DueCommitment {
  commitment: Commitment;
  evidence: Statement[];
}

/** Words that say a next step is coming, not which one. */
const TRIVIAL = new Set(['next', 'upcoming', 'take', 'place', 'foreseen', 'planned', 'held', 'hold', 'due']);

/**
 * Commitments of `base` dated before the `target` meeting (a month-only date counts from its first day),
 * in base order, each with the target statements that take it up again (best first, at most three):
 * - in the topic the commitment belongs to (`nearby`, the target statements of the aligned topic),
 *   one shared word of its `what` or `place` is enough ("The next session" -> "the session held in
 *   Washington");
 * - anywhere else in the target, at least two of its distinctive words and half of them.
 * Undated commitments, or a target without a date, give nothing.
 */
export function findCommitmentsDue(
  base: OutcomeDocument,
  target: OutcomeDocument,
  tokens: Tokenizer = tokenize,
  nearby: (commitment: Commitment) => readonly Statement[] = () => [],
): DueCommitment[] {
  const day = meetingDay(target);
  if (!day) return [];
  const due = base.commitments.filter((c) => c.date !== null && earliestDay(c.date) < day);
  if (due.length === 0) return [];
  const targetTokens = new Map(target.statements.map((s) => [s, new Set(tokens(s.text))]));
  const tokensOf = (s: Statement) => targetTokens.get(s) ?? new Set(tokens(s.text));
  return due
    .sort((a, b) => a.span.start - b.span.start || a.id.localeCompare(b.id))
    .map((commitment) => {
      const all = [...new Set(tokens(`${commitment.what} ${commitment.place ?? ''}`))].filter(
        (w) => !/^\d+$/.test(w),
      );
      const local = all.filter((w) => !TRIVIAL.has(w));
      const distinctive = all.filter((w) => !GENERIC.has(w));
      const near = new Set(nearby(commitment));
      const scored = target.statements
        .map((s) => {
          const words = near.has(s) ? local : distinctive;
          const hits = words.filter((w) => tokensOf(s).has(w)).length;
          const share = words.length ? hits / words.length : 0;
          const ok = near.has(s) ? hits >= 1 : hits >= Math.min(2, words.length) && hits > 0 && share >= 0.5;
          return { s, hits, share, ok, near: near.has(s) };
        })
        .filter((x) => x.ok)
        .sort(
          (a, b) =>
            Number(b.near) - Number(a.near) ||
            b.share - a.share ||
            b.hits - a.hits ||
            a.s.span.start - b.s.span.start,
        );
      return { commitment, evidence: scored.slice(0, 3).map((x) => x.s) };
    });
}
