import { describeStances, nameActor } from './actor-names.js';
import type { TextSpan } from './schema/refs.js';
import type { SummaryBullet, SummaryKind, TopicDiff } from './schema/topic-diff.js';

/** How a summariser finds the sentences and headings behind a topic's rows. */
export interface SummaryContext {
  /** The sentence of a statement of the given side, or null if unknown. */
  statementSpan(side: 'base' | 'target', statementId: string): TextSpan | null;
  /** Heading spans of the topic on each side. */
  titleSpans: { base: TextSpan[]; target: TextSpan[] };
}

const KIND_ORDER: readonly SummaryKind[] = [
  'topic-added',
  'topic-removed',
  'stance-shift',
  'actor-new',
  'actor-dropped',
  'commitment-due',
  'topic-realigned',
  'figure-changed',
  'entity-added',
  'entity-removed',
  'statement-moved',
  'statement-changed',
  'statement-added',
  'statement-removed',
];

const MAX_SPANS = 3;

function quote(text: string, max = 90): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return `“${flat.length > max ? `${flat.slice(0, max - 1).trimEnd()}…` : flat}”`;
}

function formatNumber(n: number): string {
  return Number.isInteger(n) ? n.toLocaleString('en-GB') : String(n);
}

function titlesOf(titles: readonly string[]): string {
  return [...new Set(titles)].map((t) => quote(t, 70)).join(' and ');
}

/** Whether `titlesOf(titles)` names more than one title (the verb after it is then plural). */
function isSeveral(titles: readonly string[]): boolean {
  return new Set(titles).size > 1;
}

function sameTitles(a: readonly string[], b: readonly string[]): boolean {
  const norm = (xs: readonly string[]) =>
    [...new Set(xs.map((x) => x.toLowerCase().replace(/\W+/g, ' ').trim()))].sort().join('|');
  return norm(a) === norm(b);
}

/** Orders bullets: importance (high first), then kind, then position in the target, then in the base. */
export function sortBullets(bullets: SummaryBullet[]): SummaryBullet[] {
  return bullets.sort(
    (a, b) =>
      b.importance - a.importance ||
      KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) ||
      (a.targetSpans[0]?.start ?? -1) - (b.targetSpans[0]?.start ?? -1) ||
      (a.baseSpans[0]?.start ?? -1) - (b.baseSpans[0]?.start ?? -1) ||
      a.text.localeCompare(b.text),
  );
}

/**
 * Plain-language change bullets for one topic, most important first: new or dropped topic and stance
 * shifts (5), actors who started or stopped speaking and commitments that fell due (4), a new title,
 * split or merge and changed figures (3), entities that appeared or went (2), moved and reworded
 * statements (2, 1). Each bullet carries the spans behind it on both sides.
 */
export function summariseTopic(diff: Omit<TopicDiff, 'summary'>, ctx: SummaryContext): SummaryBullet[] {
  const bullets: SummaryBullet[] = [];
  const topicId = diff.topic.id;
  const label = diff.topic.label;
  const spans = (side: 'base' | 'target', ids: readonly string[]) =>
    ids
      .map((id) => ctx.statementSpan(side, id))
      .filter((s): s is TextSpan => s !== null)
      .slice(0, MAX_SPANS);
  const push = (
    kind: SummaryKind,
    importance: number,
    text: string,
    baseSpans: TextSpan[],
    targetSpans: TextSpan[],
    actor: SummaryBullet['actor'] = null,
  ) => bullets.push({ text, kind, importance, topicId, actor, baseSpans, targetSpans });
  const { alignment } = diff;

  if (diff.status === 'added') {
    push(
      'topic-added',
      5,
      `New topic: ${label} (${titlesOf(alignment.targetTitles)}).`,
      [],
      ctx.titleSpans.target,
    );
  } else if (diff.status === 'removed') {
    push(
      'topic-removed',
      5,
      `Topic no longer on the agenda: ${label} (was ${titlesOf(alignment.baseTitles)}).`,
      ctx.titleSpans.base,
      [],
    );
  } else {
    const was = titlesOf(alignment.baseTitles);
    const now = titlesOf(alignment.targetTitles);
    const score = alignment.score.toFixed(2);
    if (alignment.method === 'split') {
      push(
        'topic-realigned',
        3,
        `${now} ${isSeveral(alignment.targetTitles) ? 'continue' : 'continues'} part of ${was} (split; similarity ${score}).`,
        ctx.titleSpans.base,
        ctx.titleSpans.target,
      );
    } else if (alignment.method === 'merge') {
      push(
        'topic-realigned',
        3,
        `${was} ${isSeveral(alignment.baseTitles) ? 'are' : 'is'} now discussed within ${now} (merged; similarity ${score}).`,
        ctx.titleSpans.base,
        ctx.titleSpans.target,
      );
    } else if (alignment.method === 'similarity' || alignment.method === 'parent-topic') {
      push(
        'topic-realigned',
        3,
        `${label} continues as ${now} (was ${was}; ${alignment.method === 'similarity' ? `matched by text similarity ${score}` : 'a sub-topic of the same subject'}).`,
        ctx.titleSpans.base,
        ctx.titleSpans.target,
      );
    } else if (
      alignment.baseTitles.length > 0 &&
      alignment.targetTitles.length > 0 &&
      !sameTitles(alignment.baseTitles, alignment.targetTitles)
    ) {
      push(
        'topic-realigned',
        3,
        `${label} continues under a new title: ${now} (was ${was}).`,
        ctx.titleSpans.base,
        ctx.titleSpans.target,
      );
    }
    for (const row of diff.actors) {
      const who = nameActor(row.actor.id);
      const plural = row.actor.id === 'both' || row.actor.id === 'member-states';
      const b = spans('base', row.baseStatementIds);
      const t = spans('target', row.targetStatementIds);
      if (row.change === 'shifted') {
        // "moved from concern to support" when stances were swapped; "now also" / "no longer" when one was added or dropped.
        const text =
          row.gained.length > 0 && row.lost.length > 0
            ? `${who} moved from ${describeStances(row.before)} to ${describeStances(row.after)} on ${label}.`
            : row.gained.length > 0
              ? `${who} now also ${plural ? 'express' : 'expresses'} ${describeStances(row.gained)} on ${label} (besides ${describeStances(row.before)}).`
              : `${who} no longer ${plural ? 'express' : 'expresses'} ${describeStances(row.lost)} on ${label} (still ${describeStances(row.after)}).`;
        push('stance-shift', 5, text, b, t, row.actor);
      } else if (row.change === 'new') {
        push(
          'actor-new',
          4,
          `${who} ${plural ? 'now speak' : 'now speaks'} on ${label} (${describeStances(row.after)}).`,
          b,
          t,
          row.actor,
        );
      } else if (row.change === 'dropped') {
        push(
          'actor-dropped',
          4,
          `${who} ${plural ? 'no longer speak' : 'no longer speaks'} on ${label} (was ${describeStances(row.before)}).`,
          b,
          t,
          row.actor,
        );
      }
    }
  }

  for (const due of diff.commitmentsDue) {
    const when = due.date ? `due ${due.date}` : 'due';
    const text = due.followedUp
      ? `Next step ${when} taken up again: ${quote(due.what)}.`
      : `Next step ${when} not mentioned again: ${quote(due.what)}.`;
    push('commitment-due', 4, text, [due.baseSpan], due.evidenceSpans);
  }
  for (const f of diff.figures) {
    if (f.status !== 'changed' || f.before === null || f.after === null) continue;
    const unit = f.unit ? ` ${f.unit}` : '';
    push(
      'figure-changed',
      3,
      `${f.label}: ${formatNumber(f.before)}${unit} → ${formatNumber(f.after)}${unit}.`,
      f.baseSpan ? [f.baseSpan] : [],
      f.targetSpan ? [f.targetSpan] : [],
    );
  }
  if (diff.status === 'continued') {
    for (const e of diff.entities.added)
      push('entity-added', 2, `Newly mentioned: ${e.name}.`, [], e.spans.slice(0, MAX_SPANS));
    for (const e of diff.entities.removed)
      push('entity-removed', 2, `No longer mentioned: ${e.name}.`, e.spans.slice(0, MAX_SPANS), []);
  }
  for (const row of diff.statements) {
    if (row.status !== 'moved' || !row.movedFrom) continue;
    push(
      'statement-moved',
      2,
      `Moved here from ${row.movedFrom}: ${quote(row.targetSpan?.text ?? '')}.`,
      row.baseSpan ? [row.baseSpan] : [],
      row.targetSpan ? [row.targetSpan] : [],
    );
  }
  if (diff.status === 'continued') {
    const rows = (status: string) => diff.statements.filter((r) => r.status === status);
    const changed = rows('changed');
    const added = rows('added');
    const removed = rows('removed');
    const countText = (n: number, one: string, many: string) =>
      n === 1 ? one : many.replace('%', String(n));
    const baseOf = (rs: typeof changed) =>
      rs.flatMap((r) => (r.baseSpan ? [r.baseSpan] : [])).slice(0, MAX_SPANS);
    const targetOf = (rs: typeof changed) =>
      rs.flatMap((r) => (r.targetSpan ? [r.targetSpan] : [])).slice(0, MAX_SPANS);
    if (changed.length)
      push(
        'statement-changed',
        1,
        countText(changed.length, 'One statement reworded.', '% statements reworded.'),
        baseOf(changed),
        targetOf(changed),
      );
    if (added.length)
      push(
        'statement-added',
        1,
        countText(added.length, 'One new statement.', '% new statements.'),
        [],
        targetOf(added),
      );
    if (removed.length)
      push(
        'statement-removed',
        1,
        countText(removed.length, 'One statement no longer made.', '% statements no longer made.'),
        baseOf(removed),
        [],
      );
  }
  return sortBullets(bullets);
}
