/**
 * The cues a sentence's words give the fact passes (dates, figures, commitments): one read of
 * its words says which of them can find anything in it.
 */
import { isDigit } from './char-classes.js';
import { lexiconWordSet, type Words, WordTags, wordId } from './statements-words.js';

const MONTH_WORDS = lexiconWordSet(
  'january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec'.split(
    ' ',
  ),
);
/** "before the end of the year", "next year": a date without a digit or a month's name. */
const YEAR_WORDS = lexiconWordSet(['year']);
const END = wordId('end');
const OF = wordId('of');
/** "next year", "this year" (`findDates` reads them as years). */
const NEXT = wordId('next');
const THIS = wordId('this');
/** Words that make a figure without a digit ("less than three percent", "two million"). */
const FIGURE_WORDS = lexiconWordSet(['percent', 'per', 'million', 'billion', 'thousand', 'hundred']);
/** Words without which `readCommitment` cannot fire (its triggers all contain one). */
const FUTURE_WORDS = lexiconWordSet(
  'will shall would agreed committed decided pledged undertook offered promised foreseen planned scheduled expected due set forward'.split(
    ' ',
  ),
);

/** The four sets above, asked with one read a word; a word's first tag in this order counts. */
const CUES = new WordTags([MONTH_WORDS, YEAR_WORDS, FUTURE_WORDS, FIGURE_WORDS]);
const MONTH = 1;
const YEAR = 2;
const FUTURE = 4;
const FIGURE = 8;

/**
 * What a sentence's words show for the fact passes, as bits (each unset lets one pass skip it):
 * a date may be written (`DATE_CUE`), a figure (`DIGIT_CUE`), a next step (`FUTURE_CUE`).
 */
export const DATE_CUE = 1;
export const DIGIT_CUE = 2;
export const FUTURE_CUE = 4;

/**
 * Whether a vocabulary word starts or ends with a digit, by id: 0 not yet known, 1 no, 2 yes.
 * Every written form of a vocabulary word lower-cases to it, and lower-casing makes no digit and
 * changes none, so the answer read once in the text holds for every later occurrence.
 */
let digitEdgeById = new Uint8Array(1024);

/** Whether word `k` starts or ends with a digit: "2025", and a year joined to a word ("mid-2025", "end-2024"). */
function hasDigitEdge(text: string, w: Words, k: number): boolean {
  return isDigit(text.charCodeAt(w.start(k))) || isDigit(text.charCodeAt(w.end(k) - 1));
}

/** `hasDigitEdge` for a vocabulary word (`id` >= 0), read in the text only at its first occurrence. */
function vocabularyDigitEdge(text: string, w: Words, k: number, id: number): boolean {
  if (id >= digitEdgeById.length) {
    const grown = new Uint8Array(Math.max(id + 1, digitEdgeById.length * 2));
    grown.set(digitEdgeById);
    digitEdgeById = grown;
  }
  let known = digitEdgeById[id] as number;
  if (known === 0) {
    known = hasDigitEdge(text, w, k) ? 2 : 1;
    digitEdgeById[id] = known;
  }
  return known === 2;
}

/**
 * Cheap word checks that let the fact passes skip sentences with nothing for them (`*_CUE` bits
 * of the sentence's `words`, read in `text`): a digit at either end of a word, a month's name,
 * "end of the/this year", "next/this year", a word of the future, a word of a figure ("percent", "million").
 */
export function factCues(text: string, words: Words | undefined): number {
  let date = false;
  let digit = false;
  let future = false;
  const count = words === undefined ? 0 : words.length;
  for (let k = 0; k < count; k++) {
    const w = words as Words;
    const id = w.id(k);
    // a word no lexicon knows (numbers are among them) is in no cue set: only its digits count
    if (id < 0) {
      if (hasDigitEdge(text, w, k)) digit = true;
      continue;
    }
    if (vocabularyDigitEdge(text, w, k, id)) {
      digit = true;
      continue;
    }
    const cue = CUES.tags(id);
    if (cue === 0) continue;
    if ((cue & MONTH) !== 0) date = true;
    else if ((cue & YEAR) !== 0)
      date ||= (w.id(k - 3) === END && w.id(k - 2) === OF) || w.id(k - 1) === NEXT || w.id(k - 1) === THIS;
    else if ((cue & FUTURE) !== 0) future = true;
    else if ((cue & FIGURE) !== 0) digit = true;
  }
  return (date || digit ? DATE_CUE : 0) | (digit ? DIGIT_CUE : 0) | (future ? FUTURE_CUE : 0);
}
