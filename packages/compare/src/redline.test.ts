import { describe, expect, it } from 'vitest';
import { redlineWords } from './redline.js';

describe('redlineWords', () => {
  it('marks the changed figure and keeps the rest equal', () => {
    const parts = redlineWords(
      'The US has admitted over 283,000 Ukrainians.',
      'The US has admitted over 300,000 Ukrainians.',
    );
    expect(parts.filter((p) => p.op === 'delete').map((p) => p.text)).toEqual(['283']);
    expect(parts.filter((p) => p.op === 'insert').map((p) => p.text)).toEqual(['300']);
  });
  it('rebuilds the new text from equal and insert parts', () => {
    const after = 'Both sides agreed to continue working in the tripartite process.';
    const parts = redlineWords(
      'Both sides agreed to keep working in the framework of the tripartite process.',
      after,
    );
    expect(
      parts
        .filter((p) => p.op !== 'delete')
        .map((p) => p.text)
        .join(''),
    ).toBe(after);
  });
  it('merges adjacent parts of the same kind', () => {
    const parts = redlineWords('a b c', 'x y z');
    for (let i = 1; i < parts.length; i++) expect(parts[i]!.op).not.toBe(parts[i - 1]!.op);
  });
  it('gives a single equal part for identical texts and nothing for two empty ones', () => {
    expect(redlineWords('same text', 'same text')).toEqual([{ op: 'equal', text: 'same text' }]);
    expect(redlineWords('', '')).toEqual([]);
  });
});

describe('redlineWords on common starts and ends', () => {
  it('never splits a word of the common start', () => {
    const parts = redlineWords('The delegation welcomed it.', 'The delegates welcomed it.');
    expect(parts[0]).toEqual({ op: 'equal', text: 'The ' });
    expect(parts.filter((p) => p.op === 'delete').map((p) => p.text)).toEqual(['delegation']);
  });
  it('handles a pure insertion and a pure deletion', () => {
    expect(redlineWords('Both sides agreed.', 'Both sides strongly agreed.')).toEqual([
      { op: 'equal', text: 'Both sides ' },
      { op: 'insert', text: 'strongly ' },
      { op: 'equal', text: 'agreed.' },
    ]);
    expect(
      redlineWords('Both sides strongly agreed.', 'Both sides agreed.').filter((p) => p.op !== 'equal'),
    ).toEqual([{ op: 'delete', text: 'strongly ' }]);
  });
  it('rebuilds both texts for texts with nothing in common', () => {
    const parts = redlineWords('alpha beta', 'gamma delta');
    expect(
      parts
        .filter((p) => p.op !== 'insert')
        .map((p) => p.text)
        .join(''),
    ).toBe('alpha beta');
    expect(
      parts
        .filter((p) => p.op !== 'delete')
        .map((p) => p.text)
        .join(''),
    ).toBe('gamma delta');
  });
});
