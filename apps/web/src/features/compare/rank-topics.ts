/**
 * Orders and filters the topics of a MeetingDiff for the compare view: stance shifts first, then
 * the topics with the most changes; filters keep only what concerns an actor or a stance.
 */
import type { Stance, TopicDiff } from '../../lib/api-types';

/** How much moved in one topic, by kind. */
export interface ChangeCounts {
  shifts: number;
  newActors: number;
  droppedActors: number;
  changed: number;
  added: number;
  removed: number;
  moved: number;
  figures: number;
  total: number;
}

/** Counts the changes in one topic (unchanged statements and `same` actors do not count). */
export function countChanges(topic: TopicDiff): ChangeCounts {
  const counts: ChangeCounts = {
    shifts: 0,
    newActors: 0,
    droppedActors: 0,
    changed: 0,
    added: 0,
    removed: 0,
    moved: 0,
    figures: 0,
    total: 0,
  };
  for (const a of topic.actors) {
    if (a.change === 'shifted') counts.shifts++;
    else if (a.change === 'new') counts.newActors++;
    else if (a.change === 'dropped') counts.droppedActors++;
  }
  for (const s of topic.statements) {
    if (s.status === 'changed') counts.changed++;
    else if (s.status === 'added') counts.added++;
    else if (s.status === 'removed') counts.removed++;
    else if (s.status === 'moved') counts.moved++;
  }
  counts.figures = topic.figures.length;
  counts.total =
    counts.shifts +
    counts.newActors +
    counts.droppedActors +
    counts.changed +
    counts.added +
    counts.removed +
    counts.moved +
    counts.figures;
  return counts;
}

const STATUS_ORDER = { continued: 0, added: 1, removed: 2 } as const;

/**
 * Returns the topics ordered for reading: topics with stance shifts first (most shifts first), then
 * by total changes, then added before removed, then by label. Stable and deterministic.
 */
export function rankTopics(topics: readonly TopicDiff[]): TopicDiff[] {
  const counted = topics.map((topic) => ({ topic, counts: countChanges(topic) }));
  counted.sort(
    (a, b) =>
      Number(b.counts.shifts > 0) - Number(a.counts.shifts > 0) ||
      b.counts.shifts - a.counts.shifts ||
      b.counts.total - a.counts.total ||
      STATUS_ORDER[a.topic.status] - STATUS_ORDER[b.topic.status] ||
      a.topic.topic.label.localeCompare(b.topic.topic.label),
  );
  return counted.map((c) => c.topic);
}

/** Filters: an actor id and/or a stance; empty strings mean no filter. */
export interface TopicFilter {
  actor: string;
  stance: Stance | '';
}

/**
 * Narrows each topic to the actor rows and statement pairs that match the filter, dropping topics
 * left with nothing. Without a filter, returns the topics unchanged.
 */
export function filterTopics(topics: readonly TopicDiff[], filter: TopicFilter): TopicDiff[] {
  if (!filter.actor && !filter.stance) return [...topics];
  const out: TopicDiff[] = [];
  for (const topic of topics) {
    const actors = topic.actors.filter(
      (a) =>
        (!filter.actor || a.actor.id === filter.actor) &&
        (!filter.stance || a.before.includes(filter.stance) || a.after.includes(filter.stance)),
    );
    const statements = topic.statements.filter(
      (pair) =>
        (!filter.actor || pair.actor?.id === filter.actor) &&
        (!filter.stance || pair.baseStance === filter.stance || pair.targetStance === filter.stance),
    );
    if (actors.length === 0 && statements.length === 0) continue;
    out.push({ ...topic, actors, statements });
  }
  return out;
}
