import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findActorMentions } from './actors.js';
import {
  findPassive,
  hasNamedAgent,
  INSERTION_RE,
  isGapText,
  mayOpenInsertion,
  readPassive,
} from './statements-subjects.js';
import { tokenizeWords } from './statements-words.js';
import { findReportingVerbs } from './verbs.js';

// The checks decide by char codes before (or instead of) a RegExp: each is checked against the
// RegExp it stands for, on texts built from the pieces that matter to it.
const PIECES = [
  ...[' ', '\t', '\n', '\u00a0', '\u2028', '\u3000', '\ufeff', '\u200b', '\u0085', ',', ';', '(', ')'],
  ...['for its part', 'For their part', 'in turn', 'In particular', 'FOR', 'ı', 'ſ', 'f', 'i', 'DOJ'],
  ...['which', 'and', 'noted', 'x', 'é', '.', '1', '23'],
];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 10 }).map((parts) => parts.join(''));

describe('char-code checks agree with the RegExps they stand for', () => {
  it('isGapText is /^[\\s,]*$/ on the slice, after a footnote call right after a letter', () => {
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(), (t, a, b) => {
        const from = Math.min(a, b) % (t.length + 1);
        const to = Math.max(from, Math.max(a, b) % (t.length + 1));
        const call = /[A-Za-z]$/.test(t.slice(0, from)) ? /^\d{0,2}/.exec(t.slice(from, to))![0].length : 0;
        expect(isGapText(t, from, to)).toBe(/^[\s,]*$/.test(t.slice(from + call, to)));
      }),
      { numRuns: 3000 },
    );
  });

  it('mayOpenInsertion holds wherever INSERTION_RE matches (and rules out a verb)', () => {
    fc.assert(
      fc.property(text, (t) => {
        if (INSERTION_RE.test(t.slice(0, 90)))
          expect(mayOpenInsertion(t, 0, Math.min(t.length, 90))).toBe(true);
      }),
      { numRuns: 3000 },
    );
    expect(mayOpenInsertion(' (DOJ) presented', 0, 16)).toBe(true);
    expect(mayOpenInsertion(', in turn, noted', 0, 16)).toBe(true);
    expect(mayOpenInsertion(' – represented by DHS – presented', 0, 33)).toBe(true);
    expect(mayOpenInsertion(' noted that', 0, 11)).toBe(false);
    expect(mayOpenInsertion('   ', 0, 3)).toBe(false);
  });
});

// Sentences built from the words a passive reading turns on: forms of "be", participles (lexicon
// verbs and the neutral ones), "by", agents named or not, and words that stop a subject.
const PASSIVE_PIECES = [
  ...['was', 'were', 'is', 'been', 'as', 'also', 'echoed', 'shared', 'raised', 'expressed', 'welcomed'],
  ...['by', 'By', 'the US delegation', 'Europol', 'it', 'them', 'the Commission', 'Concerns', 'Support'],
  ...['about', 'data', 'areas of focus', 'and', ',', 'which', 'identified', 'noted'],
];
const passiveSentence = fc
  .array(fc.constantFrom(...PASSIVE_PIECES), { maxLength: 14 })
  .map((parts) => parts.join(' '));

describe('findPassive looks for a passive only where an agent follows "by"', () => {
  it('is readPassive, which finds nothing when no named mention follows "by"', () => {
    fc.assert(
      fc.property(passiveSentence, (t) => {
        const words = tokenizeWords(t, 0, t.length);
        const mentions = findActorMentions(t, words);
        const verbs = findReportingVerbs(words);
        const plain = readPassive(words, mentions, verbs);
        if (!hasNamedAgent(words, mentions)) expect(plain).toBeNull();
        expect(findPassive(words, mentions, verbs)).toEqual(plain);
      }),
      { numRuns: 3000 },
    );
    const t = 'Support was echoed by the US delegation';
    const words = tokenizeWords(t, 0, t.length);
    const mentions = findActorMentions(t, words);
    expect(hasNamedAgent(words, mentions)).toBe(true);
    expect(findPassive(words, mentions, findReportingVerbs(words))?.mention.id).toBe('us');
  });
});
