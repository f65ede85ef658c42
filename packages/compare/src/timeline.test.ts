import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TopicTimelineSchema } from './schema/topic-timeline.js';
import { documentArb } from './test-support/arbitrary-document.js';
import { buildDocument } from './test-support/build-document.js';
import { buildAutumnMeeting, buildSpringMeeting } from './test-support/sample-meetings.js';
import { topicTimeline } from './timeline.js';

const winter = buildDocument({
  id: 'sample-2024-02-winter',
  city: 'Brussels',
  startDate: '2024-02-01',
  classification: null,
  sections: [
    {
      title: 'Drugs',
      topic: 'drugs',
      statements: [{ actor: 'us', stance: 'request', text: 'The US asked for a coalition.' }],
    },
  ],
});
const spring24 = buildDocument({
  id: 'sample-2024-05-spring',
  startDate: '2024-05-01',
  sections: [
    {
      title: 'Visa Waiver Program',
      topic: 'visa-reciprocity',
      statements: [
        {
          actor: 'us',
          stance: 'support',
          text: 'The US welcomed the progress of Member States on refusal rates.',
        },
      ],
    },
  ],
});

describe('topicTimeline', () => {
  // Given out of order on purpose.
  const tl = topicTimeline(
    [spring24, buildAutumnMeeting(), winter, buildSpringMeeting()],
    'visa-reciprocity',
  );
  it('validates against TopicTimelineSchema and orders meetings by date', () => {
    expect(() => TopicTimelineSchema.parse(tl)).not.toThrow();
    expect(tl.points.map((p) => p.documentId)).toEqual([
      'sample-2023-03-spring',
      'sample-2023-10-autumn',
      'sample-2024-02-winter',
      'sample-2024-05-spring',
    ]);
  });
  it('marks where the topic was present and under which titles', () => {
    expect(tl.points.map((p) => p.present)).toEqual([true, true, false, true]);
    expect(tl.points[3]!.titles).toEqual(['Visa Waiver Program']);
    expect(tl.points[2]).toMatchObject({ method: 'unmatched', score: 0, actors: [] });
  });
  it('follows the US stances: information, then concern, then support', () => {
    expect(tl.points.map((p) => p.actors.find((a) => a.actor.id === 'us')?.stances ?? null)).toEqual([
      ['information'],
      ['concern'],
      null,
      ['support'],
    ]);
  });
  it('compares each present point with the previous present one', () => {
    expect(tl.points[0]!.changes).toEqual({ since: null, actors: [], summary: [] });
    expect(tl.points[3]!.changes.since).toBe('sample-2023-10-autumn');
    expect(tl.points[3]!.changes.actors.find((a) => a.actor.id === 'us')).toMatchObject({
      before: ['concern'],
      after: ['support'],
      change: 'shifted',
    });
    expect(tl.points[1]!.changes.summary[0]).toMatchObject({ kind: 'stance-shift' });
  });
  it('collects markings of all documents', () => {
    expect(tl.markings).toEqual(['LIMITE']);
  });
  it('filters by actor', () => {
    const us = topicTimeline([buildSpringMeeting(), buildAutumnMeeting()], 'visa-reciprocity', {
      actor: 'us',
    });
    expect(us.points.flatMap((p) => p.actors.map((a) => a.actor.id))).toEqual(['us', 'us']);
    expect(us.actor).toBe('us');
  });
  it('finds a derived topic under another derived id by similarity', () => {
    const t = topicTimeline(
      [
        buildAutumnMeeting(),
        buildDocument({
          id: 'later',
          startDate: '2024-03-01',
          sections: [
            {
              title: 'Hybrid threats',
              topic: 'x-hybrid-threats',
              statements: [
                {
                  actor: 'eu',
                  stance: 'concern',
                  text: 'The EU expressed concern about the instrumentalisation of migrants at the borders.',
                },
              ],
            },
          ],
        }),
      ],
      'x-hybrid-threats-at-the-borders',
    );
    expect(t.points.map((p) => [p.present, p.method])).toEqual([
      [true, 'topic-id'],
      [true, 'similarity'],
    ]);
  });
  it('gives an empty timeline for no documents, and all-absent points for an unknown topic', () => {
    expect(topicTimeline([], 'drugs').points).toEqual([]);
    expect(topicTimeline([winter], 'nothing').points.map((p) => p.present)).toEqual([false]);
  });
  it('points every statement span at its own document', () => {
    fc.assert(
      fc.property(fc.array(documentArb('doc'), { maxLength: 4 }), (docs) => {
        const list = docs.map((d, i) => ({ ...d, id: `doc-${i}` }));
        const t = topicTimeline(list, 'visa-reciprocity');
        for (const p of t.points) {
          const doc = list.find((d) => d.id === p.documentId)!;
          for (const a of p.actors)
            for (const s of a.statements)
              expect(doc.source.text.slice(s.span.start, s.span.end)).toBe(s.span.text);
        }
      }),
      { numRuns: 30 },
    );
  });
});
