import { diffWords } from 'diff';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffWordsExactly } from './word-diff.js';

// Words, punctuation and whitespace of the genre, so that random texts share tokens and exercise the
// edit search, the pruning at the graph's edges and jsdiff's whitespace clean-up.
const WORDS = [
  'the',
  'US',
  'EU',
  'side',
  'welcomed',
  'agreed',
  'visa',
  '283,000',
  'Europol',
  'café',
  'on',
  'a',
];
const PUNCT = ['.', ',', '(', ')', '—', "'", '-'];
const SPACES = [' ', ' ', ' ', '  ', '\n', '\t', ' \n '];
const piece = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 2, arbitrary: fc.constantFrom(...PUNCT) },
  { weight: 4, arbitrary: fc.constantFrom(...SPACES) },
);
const text = fc.array(piece, { maxLength: 40 }).map((parts) => parts.join(''));

describe('diffWordsExactly', () => {
  it('returns what jsdiff diffWords returns, on random texts of the genre', () => {
    fc.assert(
      fc.property(text, text, (a, b) => {
        expect(diffWordsExactly(a, b)).toEqual(diffWords(a, b));
      }),
      { numRuns: 400 },
    );
  });
  it('returns what jsdiff diffWords returns on a text and a reworded copy', () => {
    fc.assert(
      fc.property(text, fc.array(fc.tuple(fc.nat(40), piece), { maxLength: 6 }), (a, edits) => {
        const words = a.split(/(\s+)/);
        for (const [at, w] of edits) words.splice(at % (words.length + 1), 1, w);
        const b = words.join('');
        expect(diffWordsExactly(a, b)).toEqual(diffWords(a, b));
      }),
      { numRuns: 300 },
    );
  });
  it('handles empty and identical texts as jsdiff does', () => {
    for (const [a, b] of [
      ['', ''],
      ['', 'new words'],
      ['old words', ''],
      ['same text.', 'same text.'],
      ['  ', ' '],
    ] as const) {
      expect(diffWordsExactly(a, b)).toEqual(diffWords(a, b));
    }
  });
  it('marks a changed figure as one removal and one insertion', () => {
    const changes = diffWordsExactly('admitted over 283,000 people', 'admitted over 300,000 people');
    expect(changes.filter((c) => c.removed).map((c) => c.value)).toEqual(['283']);
    expect(changes.filter((c) => c.added).map((c) => c.value)).toEqual(['300']);
  });
});
