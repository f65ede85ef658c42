import { describe, expect, it } from 'vitest';
import { classifyStanceChange, collectStances, compareActorStances } from './actor-stances.js';
import { buildDocument, type StatementSpec } from './test-support/build-document.js';

const statements = (list: StatementSpec[]) =>
  buildDocument({ id: 'a', startDate: null, sections: [{ title: 'T', topic: 'drugs', statements: list }] })
    .statements;

describe('compareActorStances', () => {
  const before = statements([
    { actor: 'us', stance: 'concern', text: 'The US warned.' },
    { actor: 'eu', stance: 'information', text: 'The EU informed.' },
    { actor: 'europol', stance: 'information', text: 'Europol presented.' },
    { actor: 'unattributed', stance: null, text: 'It was noted.' },
  ]);
  const after = statements([
    { actor: 'us', stance: 'support', text: 'The US welcomed.' },
    { actor: 'eu', stance: 'information', text: 'The EU updated.' },
    { actor: 'both', stance: 'commitment', text: 'Both sides committed.' },
  ]);
  const rows = compareActorStances(before, after);
  it('makes one row per actor, sorted by id, without unattributed sentences', () => {
    expect(rows.map((r) => r.actor.id)).toEqual(['both', 'eu', 'europol', 'us']);
  });
  it('says the US moved from concern to support', () => {
    expect(rows.find((r) => r.actor.id === 'us')).toMatchObject({
      before: ['concern'],
      after: ['support'],
      change: 'shifted',
    });
  });
  it('classifies same, new and dropped', () => {
    expect(rows.map((r) => r.change)).toEqual(['new', 'same', 'dropped', 'shifted']);
  });
  it('keeps the statement ids of each side', () => {
    expect(rows.find((r) => r.actor.id === 'eu')).toMatchObject({
      baseStatementIds: ['s2'],
      targetStatementIds: ['s2'],
    });
  });
  it('filters by actor', () => {
    expect(compareActorStances(before, after, 'us').map((r) => r.actor.id)).toEqual(['us']);
    expect(compareActorStances(before, after, 'nobody')).toEqual([]);
  });
});

describe('collectStances and classifyStanceChange', () => {
  it('lists distinct stances in the enum order, without nulls', () => {
    const list = statements([
      { actor: 'us', stance: 'request', text: 'a.' },
      { actor: 'us', stance: 'support', text: 'b.' },
      { actor: 'us', stance: 'request', text: 'c.' },
      { actor: 'us', stance: null, text: 'd.' },
    ]);
    expect(collectStances(list)).toEqual(['support', 'request']);
  });
  it('calls a speaker without stances on both sides the same', () => {
    expect(classifyStanceChange([], [], true, true)).toBe('same');
  });
  it('calls an added stance a shift', () => {
    expect(classifyStanceChange(['information'], ['information', 'concern'], true, true)).toBe('shifted');
  });
});
