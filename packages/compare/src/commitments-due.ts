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
  /** True when the target is itself the promised meeting ("would host the next SOM in Warsaw on 26 March"). */
  fulfilled: boolean;
}

/** True when `commitment` promised the `target` meeting: its place names the target city and its date is the target's day or month. */
export function isTargetMeeting(commitment: Commitment, target: OutcomeDocument): boolean {
  const city = target.meeting.city?.toLowerCase();
  const start = target.meeting.startDate;
  if (!city || !start || !commitment.date) return false;
  const where = `${commitment.place ?? ''} ${commitment.what} ${commitment.text}`.toLowerCase();
  return where.includes(city) && start.startsWith(commitment.date);
}

/** Words that say a next step is coming, not which one. */
const TRIVIAL = new Set(['next', 'upcoming', 'take', 'place', 'foreseen', 'planned', 'held', 'hold', 'due']);

/**
 * Commitments of `base` dated on or before the `target` meeting day (a month-only date counts from its first day),
 * in base order, each with the target statements that take it up again (best first, at most three):
 * - in the topic the commitment belongs to (`nearby`, the target statements of the aligned topic),
 *   two shared words of its `what` or `place` are enough ("The next session ... in Washington, DC" ->
 *   "held in Washington, D.C."), one when it has only one;
 * - the target meeting itself, when the commitment was to hold it (same city, same day or month):
 *   `fulfilled` is true and the evidence is the target's meeting line;
 * - anywhere else in the target, at least two of its distinctive words and half of them;
 * - never a target sentence that itself announces a step with another date.
 * Words are read from the commitment's `what`, `place` and sentence.
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
  const due = base.commitments.filter((c) => c.date !== null && earliestDay(c.date) <= day);
  if (due.length === 0) return [];
  const targetTokens = new Map(target.statements.map((s) => [s, new Set(tokens(s.text))]));
  // A target sentence announcing another dated step ("A tripartite meeting ... will be organised in May
  // 2024") is a new promise, not a report on the old one.
  const announced = new Map<string, (string | null)[]>();
  for (const c of target.commitments) {
    if (c.statementId) announced.set(c.statementId, [...(announced.get(c.statementId) ?? []), c.date]);
  }
  const tokensOf = (s: Statement) => targetTokens.get(s) ?? new Set(tokens(s.text));
  return due
    .sort((a, b) => a.span.start - b.span.start || a.id.localeCompare(b.id))
    .map((commitment) => {
      const all = [
        ...new Set(tokens(`${commitment.what} ${commitment.place ?? ''} ${commitment.text}`)),
      ].filter((w) => !/^\d+$/.test(w));
      const local = all.filter((w) => !TRIVIAL.has(w));
      const distinctive = all.filter((w) => !GENERIC.has(w));
      const near = new Set(nearby(commitment));
      const scored = target.statements
        .filter(
          (s) =>
            !announced
              .get(s.id)
              ?.some((d) => d !== null && !d.startsWith(commitment.date!) && !commitment.date!.startsWith(d)),
        )
        .map((s) => {
          const words = near.has(s) ? local : distinctive;
          const hits = words.filter((w) => tokensOf(s).has(w)).length;
          const share = words.length ? hits / words.length : 0;
          const ok = near.has(s)
            ? hits >= Math.min(2, words.length) && hits > 0
            : hits >= Math.min(2, words.length) && hits > 0 && share >= 0.5;
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
      return {
        commitment,
        evidence: scored.slice(0, 3).map((x) => x.s),
        fulfilled: isTargetMeeting(commitment, target),
      };
    });
}
