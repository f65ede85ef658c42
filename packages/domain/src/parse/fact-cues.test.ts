import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DATE_CUE, DIGIT_CUE, FUTURE_CUE, factCues } from './fact-cues.js';
import { tokenizeWords } from './statements-words.js';

const MONTHS = new Set(
  'january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec'.split(
    ' ',
  ),
);
const FUTURE = new Set(
  'will shall would agreed committed decided pledged undertook offered promised foreseen planned scheduled expected due set forward'.split(
    ' ',
  ),
);
const FIGURE = new Set(['percent', 'per', 'million', 'billion', 'thousand', 'hundred']);
const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';

/** The plain definition, on the words as written (the first set a word is in counts). */
function plainCues(text: string): number {
  const words = tokenizeWords(text, 0, text.length);
  let date = false;
  let digit = false;
  let future = false;
  for (let k = 0; k < words.length; k++) {
    const written = words.text(k);
    const lower = words.lower(k);
    if (isDigit(written[0]) || isDigit(written[written.length - 1])) digit = true;
    else if (MONTHS.has(lower)) date = true;
    else if (lower === 'year')
      date ||=
        (k >= 3 && words.lower(k - 3) === 'end' && words.lower(k - 2) === 'of') ||
        (k >= 1 && (words.lower(k - 1) === 'next' || words.lower(k - 1) === 'this'));
    else if (FUTURE.has(lower)) future = true;
    else if (FIGURE.has(lower)) digit = true;
  }
  return (date || digit ? DATE_CUE : 0) | (digit ? DIGIT_CUE : 0) | (future ? FUTURE_CUE : 0);
}

const WORDS =
  'the end of this next year will June Sept. mid-2025 2024 G7 7725/23 3,000 per cent percent Million meeting agreed forward é2 x5 5x ΑΒ1 1st the of year-end B2B'.split(
    ' ',
  );

describe('factCues', () => {
  it('equals the plain definition, also for words met before', () => {
    const text = fc
      .array(fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(' ', ', ', '-', '. ')), { maxLength: 16 })
      .map((parts) => parts.map(([w, s]) => w + s).join(''));
    fc.assert(
      fc.property(text, (t) => {
        const cues = factCues(t, tokenizeWords(t, 0, t.length));
        expect(cues).toBe(plainCues(t));
        expect(factCues(t, tokenizeWords(t, 0, t.length))).toBe(cues);
      }),
      { numRuns: 2000 },
    );
  });

  it('gives no cue without words', () => {
    expect(factCues('', undefined)).toBe(0);
  });
});
