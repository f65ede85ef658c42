import { describe, expect, it } from 'vitest';
import { splitBySpans } from './highlight-spans';

const join = (runs: { text: string }[]) => runs.map((r) => r.text).join('');

describe('splitBySpans', () => {
  it('cuts the text around a mark and covers it exactly', () => {
    const text = 'The US delegation warned. The EU agreed.';
    const runs = splitBySpans(text, [{ key: 's2', start: 26, end: 40 }]);
    expect(runs).toEqual([
      { key: null, text: 'The US delegation warned. ', start: 0, end: 26 },
      { key: 's2', text: 'The EU agreed.', start: 26, end: 40 },
    ]);
    expect(join(runs)).toBe(text);
  });

  it('orders marks given out of order and keeps gaps as plain runs', () => {
    const runs = splitBySpans('aa bb cc', [
      { key: 'c', start: 6, end: 8 },
      { key: 'a', start: 0, end: 2 },
    ]);
    expect(runs.map((r) => r.key)).toEqual(['a', null, 'c']);
  });

  it('lets the earlier mark keep an overlap and clips the later one', () => {
    const runs = splitBySpans('abcdefgh', [
      { key: 'x', start: 0, end: 5 },
      { key: 'y', start: 3, end: 8 },
    ]);
    expect(runs).toEqual([
      { key: 'x', text: 'abcde', start: 0, end: 5 },
      { key: 'y', text: 'fgh', start: 5, end: 8 },
    ]);
  });

  it('drops empty marks and clamps marks that run past the text', () => {
    const runs = splitBySpans('abc', [
      { key: 'empty', start: 1, end: 1 },
      { key: 'long', start: 2, end: 99 },
    ]);
    expect(runs).toEqual([
      { key: null, text: 'ab', start: 0, end: 2 },
      { key: 'long', text: 'c', start: 2, end: 3 },
    ]);
  });

  it('returns one plain run without marks, and nothing for empty text', () => {
    expect(splitBySpans('abc', [])).toEqual([{ key: null, text: 'abc', start: 0, end: 3 }]);
    expect(splitBySpans('', [{ key: 'a', start: 0, end: 3 }])).toEqual([]);
  });

  it('drops a mark wholly inside an earlier one', () => {
    const runs = splitBySpans('abcdef', [
      { key: 'outer', start: 0, end: 6 },
      { key: 'inner', start: 2, end: 4 },
    ]);
    expect(runs.map((r) => r.key)).toEqual(['outer']);
  });
});
