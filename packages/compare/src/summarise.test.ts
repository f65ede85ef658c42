import { describe, expect, it } from 'vitest';
import type { TopicDiff } from './schema/topic-diff.js';
import { sortBullets, summariseTopic } from './summarise.js';

const span = (start: number, text: string) => ({ start, end: start + text.length, text });
const ctx = {
  statementSpan: (side: 'base' | 'target', id: string) => span(side === 'base' ? 10 : 20, `${side}:${id}`),
  titleSpans: { base: [span(0, 'Old title')], target: [span(0, 'New title')] },
};
const emptyDiff: Omit<TopicDiff, 'summary'> = {
  topic: { id: 'visa-reciprocity', label: 'Visa reciprocity' },
  status: 'continued',
  alignment: {
    baseSectionIds: ['a'],
    targetSectionIds: ['b'],
    baseSubtopicIds: [],
    targetSubtopicIds: [],
    baseTopicIds: ['visa-reciprocity'],
    targetTopicIds: ['visa-reciprocity'],
    baseTitles: ['Visa reciprocity'],
    targetTitles: ['Visa reciprocity'],
    score: 1,
    method: 'topic-id',
  },
  actors: [],
  statements: [],
  figures: [],
  entities: { added: [], removed: [] },
  commitmentsDue: [],
};

describe('summariseTopic', () => {
  it('says nothing when nothing changed', () => {
    expect(summariseTopic(emptyDiff, ctx)).toEqual([]);
  });
  it('puts a stance shift first, with spans on both sides', () => {
    const bullets = summariseTopic(
      {
        ...emptyDiff,
        actors: [
          {
            actor: { id: 'eu', side: 'eu' },
            before: [],
            after: ['request'],
            change: 'new',
            gained: ['request'],
            lost: [],
            baseStatementIds: [],
            targetStatementIds: ['t2'],
          },
          {
            actor: { id: 'us', side: 'us' },
            before: ['concern'],
            after: ['support'],
            change: 'shifted',
            gained: ['support'],
            lost: ['concern'],
            baseStatementIds: ['b1'],
            targetStatementIds: ['t1'],
          },
        ],
        figures: [
          {
            label: 'Ukrainians',
            status: 'changed',
            before: 283000,
            after: 300000,
            unit: null,
            baseSpan: span(1, '283,000'),
            targetSpan: span(2, '300,000'),
          },
        ],
      },
      ctx,
    );
    expect(bullets.map((b) => b.kind)).toEqual(['stance-shift', 'actor-new', 'figure-changed']);
    expect(bullets[0]).toMatchObject({
      text: 'The US moved from concern to support on Visa reciprocity.',
      importance: 5,
      baseSpans: [span(10, 'base:b1')],
      targetSpans: [span(20, 'target:t1')],
    });
    expect(bullets[2]!.text).toBe('Ukrainians: 283,000 → 300,000.');
  });
  it('announces a new topic with its heading span', () => {
    const bullets = summariseTopic({ ...emptyDiff, status: 'added' }, ctx);
    expect(bullets).toEqual([
      expect.objectContaining({
        kind: 'topic-added',
        importance: 5,
        targetSpans: [span(0, 'New title')],
        baseSpans: [],
      }),
    ]);
  });
  it('notes a new title and a commitment not taken up again', () => {
    const bullets = summariseTopic(
      {
        ...emptyDiff,
        alignment: { ...emptyDiff.alignment, targetTitles: ['Visa Waiver Program'] },
        commitmentsDue: [
          {
            commitmentId: 'c1',
            text: 'x',
            what: 'tripartite meeting',
            date: '2023-06-07',
            place: null,
            followedUp: false,
            baseSpan: span(5, 'x'),
            evidenceSpans: [],
          },
        ],
      },
      ctx,
    );
    expect(bullets.map((b) => b.text)).toEqual([
      'Next step due 2023-06-07 not mentioned again: “tripartite meeting”.',
      'Visa reciprocity continues under a new title: “Visa Waiver Program” (was “Visa reciprocity”).',
    ]);
  });
});

describe('summariseTopic: realigned headings', () => {
  it('agrees the verb with the headings it names (a split into two, a merge of two)', () => {
    const split = summariseTopic(
      {
        ...emptyDiff,
        alignment: {
          ...emptyDiff.alignment,
          method: 'split',
          baseTitles: ['Counter-terrorism and information sharing'],
          targetTitles: ['Counter-terrorism', 'Foreign terrorist fighters'],
        },
      },
      ctx,
    );
    expect(split.map((b) => b.text)).toContain(
      '“Counter-terrorism” and “Foreign terrorist fighters” continue part of “Counter-terrorism and information sharing” (split; similarity 1.00).',
    );
    const merged = summariseTopic(
      {
        ...emptyDiff,
        alignment: { ...emptyDiff.alignment, method: 'merge', baseTitles: ['A', 'B'], targetTitles: ['C'] },
      },
      ctx,
    );
    expect(merged.map((b) => b.text)).toContain(
      '“A” and “B” are now discussed within “C” (merged; similarity 1.00).',
    );
    const one = summariseTopic(
      {
        ...emptyDiff,
        alignment: { ...emptyDiff.alignment, method: 'split', baseTitles: ['A'], targetTitles: ['B'] },
      },
      ctx,
    );
    expect(one.map((b) => b.text)).toContain('“B” continues part of “A” (split; similarity 1.00).');
  });
});

describe('sortBullets', () => {
  it('orders by importance, then kind', () => {
    const b = (kind: 'figure-changed' | 'topic-added', importance: number) => ({
      text: kind,
      kind,
      importance,
      topicId: 't',
      actor: null,
      baseSpans: [],
      targetSpans: [],
    });
    expect(sortBullets([b('figure-changed', 3), b('topic-added', 5)]).map((x) => x.kind)).toEqual([
      'topic-added',
      'figure-changed',
    ]);
  });
});

describe('summariseTopic stance wording', () => {
  const row = (
    before: ('information' | 'concern' | 'request')[],
    after: ('information' | 'concern' | 'request')[],
  ) => ({
    actor: { id: 'us', side: 'us' as const },
    before,
    after,
    change: 'shifted' as const,
    gained: after.filter((s) => !before.includes(s)),
    lost: before.filter((s) => !after.includes(s)),
    baseStatementIds: ['b1'],
    targetStatementIds: ['t1'],
  });
  it('says "now also" when a stance was added', () => {
    const [b] = summariseTopic(
      { ...emptyDiff, actors: [row(['information'], ['information', 'concern'])] },
      ctx,
    );
    expect(b!.text).toBe('The US now also expresses concern on Visa reciprocity (besides information).');
  });
  it('says "no longer" when a stance was dropped', () => {
    const [b] = summariseTopic({ ...emptyDiff, actors: [row(['concern', 'request'], ['request'])] }, ctx);
    expect(b!.text).toBe('The US no longer expresses concern on Visa reciprocity (still requests).');
  });
});
