import { describe, expect, it } from 'vitest';
import type { TopicTimeline } from '../../lib/api-types';
import { buildSideSeries, listTimelineActors } from './stance-series';

function point(
  documentId: string,
  actors: [id: string, side: 'us' | 'eu' | 'both', stances: string[], statements: number][],
) {
  return {
    meeting: {
      kind: 'senior-officials',
      title: documentId,
      city: documentId,
      startDate: '2023-01-01',
      endDate: null,
    },
    documentId,
    classification: null,
    present: actors.length > 0,
    sectionIds: [],
    subtopicIds: [],
    titles: [],
    method: 'topic-id',
    score: 1,
    actors: actors.map(([id, side, stances, n]) => ({
      actor: { id, side },
      stances,
      statementIds: Array.from({ length: n }, (_, i) => `${id}-${i}`),
      statements: [],
    })),
    changes: { since: null, actors: [], summary: [] },
  };
}

const timeline = {
  schemaVersion: '1.0.0',
  topic: { id: 'visa-reciprocity', label: 'Visa reciprocity' },
  actor: null,
  markings: [],
  points: [
    point('m1', [
      ['us', 'us', ['concern'], 1],
      ['eu', 'eu', ['request'], 2],
    ]),
    point('m2', []),
    point('m3', [
      ['us', 'us', ['support', 'information'], 4],
      ['us-dhs', 'us', ['information'], 3],
      ['both', 'both', ['commitment'], 1],
    ]),
  ],
} as unknown as TopicTimeline;

describe('buildSideSeries', () => {
  it('follows each side meeting by meeting, silent where it said nothing', () => {
    const series = buildSideSeries(timeline);
    expect(series.us.map((p) => p.main)).toEqual(['concern', null, 'information']);
    expect(series.eu.map((p) => p.main)).toEqual(['request', null, null]);
    expect(series.both.map((p) => p.main)).toEqual([null, null, 'commitment']);
  });

  it('keeps every stance a side took, the most frequent first', () => {
    expect(buildSideSeries(timeline).us[2]?.stances).toEqual(['information', 'support']);
  });
});

describe('listTimelineActors', () => {
  it('lists each actor once, EU side first, then US, then both', () => {
    expect(listTimelineActors(timeline).map((a) => a.id)).toEqual(['eu', 'us', 'us-dhs', 'both']);
  });
});
