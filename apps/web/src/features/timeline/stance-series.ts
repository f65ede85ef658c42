/**
 * Turns a TopicTimeline into what the grid and the chart draw: the actors (rows), and per side
 * the stances at each meeting with the dominant one that the chart's line follows.
 */
import type { ActorRef, Side, Stance, TopicTimeline } from '../../lib/api-types';
import { STANCES } from '../../lib/stance';

/** Sides drawn on the chart, in legend order. */
export const CHART_SIDES: readonly Side[] = ['eu', 'us', 'both'];

/** One side at one meeting: every stance it took (most frequent first) or null when silent/absent. */
export interface SidePoint {
  stances: Stance[];
  main: Stance | null;
}

/** Returns the actors of a timeline in a stable order: by side (eu, us, both, other), then id. */
export function listTimelineActors(timeline: TopicTimeline): ActorRef[] {
  const seen = new Map<string, ActorRef>();
  for (const point of timeline.points)
    for (const a of point.actors) if (!seen.has(a.actor.id)) seen.set(a.actor.id, a.actor);
  const order: Record<string, number> = { eu: 0, us: 1, both: 2, other: 3 };
  return [...seen.values()].sort(
    (a, b) => (order[a.side] ?? 4) - (order[b.side] ?? 4) || a.id.localeCompare(b.id),
  );
}

/**
 * Per side, per point: the stances its actors took, most frequent first (ties in contract order),
 * the first being `main`. A side with no statement at a meeting gets `{ stances: [], main: null }`.
 */
export function buildSideSeries(timeline: TopicTimeline): Record<Side, SidePoint[]> {
  const series = { us: [], eu: [], both: [], other: [] } as Record<Side, SidePoint[]>;
  for (const point of timeline.points) {
    const counts: Record<Side, Map<Stance, number>> = {
      us: new Map(),
      eu: new Map(),
      both: new Map(),
      other: new Map(),
    };
    for (const a of point.actors) {
      const side = counts[a.actor.side] ? a.actor.side : 'other';
      // Each statement counts once; actors without statement ids count their stances once.
      const weight = Math.max(1, Math.round(a.statementIds.length / Math.max(1, a.stances.length)));
      for (const stance of a.stances) counts[side].set(stance, (counts[side].get(stance) ?? 0) + weight);
    }
    for (const side of Object.keys(series) as Side[]) {
      const stances = [...counts[side].entries()]
        .sort((x, y) => y[1] - x[1] || STANCES.indexOf(x[0]) - STANCES.indexOf(y[0]))
        .map(([stance]) => stance);
      series[side].push({ stances, main: stances[0] ?? null });
    }
  }
  return series;
}
