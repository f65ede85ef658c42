import { describe, expect, it } from 'vitest';
import { splitRedline } from './redline';

describe('splitRedline', () => {
  const ops = [
    { op: 'equal', text: 'The US ' },
    { op: 'delete', text: 'warned against' },
    { op: 'insert', text: 'welcomed' },
    { op: 'equal', text: ' the plan.' },
  ] as const;

  it('gives the base the equal and deleted words, the target the equal and inserted words', () => {
    const { base, target } = splitRedline(ops);
    expect(base.map((p) => p.text).join('')).toBe('The US warned against the plan.');
    expect(target.map((p) => p.text).join('')).toBe('The US welcomed the plan.');
    expect(base.filter((p) => p.changed).map((p) => p.text)).toEqual(['warned against']);
    expect(target.filter((p) => p.changed).map((p) => p.text)).toEqual(['welcomed']);
  });

  it('merges neighbouring pieces of the same kind', () => {
    const { base } = splitRedline([
      { op: 'delete', text: 'a ' },
      { op: 'insert', text: 'x' },
      { op: 'delete', text: 'b' },
    ]);
    expect(base).toEqual([{ text: 'a b', changed: true }]);
  });

  it('returns empty sides for an empty redline and skips empty pieces', () => {
    expect(splitRedline([])).toEqual({ base: [], target: [] });
    expect(splitRedline([{ op: 'equal', text: '' }])).toEqual({ base: [], target: [] });
  });
});
