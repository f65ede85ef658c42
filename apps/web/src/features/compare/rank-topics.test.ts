import { describe, expect, it } from 'vitest';
import { makeTopicDiff } from '../../test-support/make-document';
import { countChanges, filterTopics, rankTopics } from './rank-topics';

const quiet = makeTopicDiff({
  topic: { id: 'drugs', label: 'Drugs' },
  actors: [
    {
      actor: { id: 'eu', side: 'eu' },
      before: ['information'],
      after: ['information'],
      gained: [],
      lost: [],
      change: 'same',
      baseStatementIds: [],
      targetStatementIds: [],
    },
  ],
  statements: [],
});
const added = makeTopicDiff({
  topic: { id: 'migration', label: 'Migration' },
  status: 'added',
  actors: [],
  statements: [],
});
const shifted = makeTopicDiff();

describe('countChanges', () => {
  it('counts shifts, changed statements and ignores unchanged ones', () => {
    expect(countChanges(shifted)).toMatchObject({ shifts: 1, changed: 1, total: 2 });
    expect(countChanges(quiet).total).toBe(0);
  });
});

describe('rankTopics', () => {
  it('puts topics with stance shifts first', () => {
    expect(rankTopics([quiet, added, shifted]).map((t) => t.topic.id)).toEqual([
      'visa-reciprocity',
      'drugs',
      'migration',
    ]);
  });

  it('is deterministic for topics that tie', () => {
    const a = makeTopicDiff({ topic: { id: 'a', label: 'Alpha' }, actors: [], statements: [] });
    const b = makeTopicDiff({ topic: { id: 'b', label: 'Beta' }, actors: [], statements: [] });
    expect(rankTopics([b, a]).map((t) => t.topic.id)).toEqual(['a', 'b']);
  });
});

describe('filterTopics', () => {
  it('keeps only the rows and statements of the chosen actor', () => {
    const [topic] = filterTopics([shifted], { actor: 'us', stance: '' });
    expect(topic?.actors.map((a) => a.actor.id)).toEqual(['us']);
    expect(topic?.statements.map((s) => s.baseId)).toEqual(['s1']);
  });

  it('keeps statements whose stance on either side matches', () => {
    const [topic] = filterTopics([shifted], { actor: '', stance: 'support' });
    expect(topic?.statements.map((s) => s.targetId)).toEqual(['s9']);
  });

  it('drops topics where nothing matches, and returns all topics without a filter', () => {
    expect(filterTopics([quiet, shifted], { actor: 'europol', stance: '' })).toEqual([]);
    expect(filterTopics([quiet, shifted], { actor: '', stance: '' })).toHaveLength(2);
  });
});
