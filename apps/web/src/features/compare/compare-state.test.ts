import { describe, expect, it } from 'vitest';
import { chooseDefaultPair, readCompareState, writeCompareState } from './compare-state';

describe('compare URL state', () => {
  it('round-trips every field through the URL', () => {
    const state = {
      base: 'som-a',
      target: 'som-b',
      topic: 'visa-reciprocity',
      actor: 'us',
      stance: 'concern' as const,
      unchanged: true,
    };
    const url = writeCompareState(state).toString();
    expect(url).toBe('base=som-a&target=som-b&topic=visa-reciprocity&actor=us&stance=concern&unchanged=1');
    expect(readCompareState(new URLSearchParams(url))).toEqual(state);
  });

  it('leaves defaults out of the URL', () => {
    expect(
      writeCompareState({
        base: '',
        target: '',
        topic: '',
        actor: '',
        stance: '',
        unchanged: false,
      }).toString(),
    ).toBe('');
  });

  it('drops a stance outside the closed set and ids with odd characters', () => {
    const state = readCompareState(new URLSearchParams('base=a&target=<script>&stance=anger&topic=ok'));
    expect(state).toMatchObject({ base: 'a', target: '', stance: '', topic: 'ok' });
  });
});

describe('chooseDefaultPair', () => {
  const meetings = [
    { id: 'old', startDate: '2022-03-01' },
    { id: 'latest', startDate: '2024-06-20' },
    { id: 'middle', startDate: '2023-03-16' },
  ];
  const empty = { base: '', target: '', topic: '', actor: '', stance: '' as const, unchanged: false };

  it('compares the latest meeting with the one before it', () => {
    expect(chooseDefaultPair(empty, meetings)).toMatchObject({ base: 'middle', target: 'latest' });
  });

  it('keeps a chosen target and picks the meeting before it as base', () => {
    expect(chooseDefaultPair({ ...empty, target: 'middle' }, meetings)).toMatchObject({
      base: 'old',
      target: 'middle',
    });
  });

  it('leaves the base empty when there is no earlier meeting', () => {
    expect(chooseDefaultPair({ ...empty, target: 'old' }, meetings)).toMatchObject({
      base: '',
      target: 'old',
    });
    expect(chooseDefaultPair(empty, [])).toMatchObject({ base: '', target: '' });
  });
});
