import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  endsTerminal,
  endsWithFunctionWord,
  endsWithWrapHyphen,
  isCapitalsLine,
  isFieldLabelAlone,
  isFieldLine,
  isHeaderLine,
  isNumberAlone,
  isPlaceDateLine,
  looksLikeTitle,
  matchNumberedStart,
  NUMBERED_START,
  parenthesisDepth,
  startsLower,
  startsNumbered,
} from './normalise-lines.js';

// The predicates decide by char codes before (or instead of) a RegExp: each is checked against
// the plain definition it replaces, on lines built from the pieces that matter to it.
const PIECES = [
  ...[
    'a',
    'B',
    'I',
    'V',
    'x',
    'i',
    'ii',
    'v',
    'C',
    'é',
    'É',
    'Σ',
    'σ',
    '𝒜',
    '\ud835',
    '1',
    '12',
    '_',
    '-',
    '.',
    ')',
    '(',
  ],
  ...[' ', ' ', 'of', 'the', 'and', 'towards', 'between', 'Of', 'THE', 'USA', 'JAI', ',', ':'],
  ...['From', 'To', 'Subject', 'Prev. doc.', 'Ref', 'Tr', ';', '"', "'", '“', '‘', '”', '’', ']', '!'],
  ...['Brussels', ', ', '24', 'March', '2023', '-', '19-20', '(', 'D.C.'],
];
const line = fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }).map((parts) => parts.join(''));

const FUNCTION_WORD_END =
  /\b(?:of|on|the|and|in|for|to|at|with|between|a|an|by|from|or|its|their|as|into|that|which|under|towards)$/;

/** `isCapitalsLine` as first written: letters counted on a copy, words by splitting. */
function isCapitalsLineByCopy(text: string): boolean {
  return (
    !/\p{Ll}/u.test(text) &&
    text.replace(/[^\p{L}]/gu, '').length >= 4 &&
    text.split(' ').length <= 14 &&
    !/[.,;:)]$/.test(text) &&
    !/^(?:[A-Z]{2,12}(?: \d{1,4})?)(?: [A-Z]{2,12} \d{1,4})*$/.test(text)
  );
}

/** Parentheses open after `text`, counted character by character. */
function depthByCharacter(depth: number, text: string): number {
  let d = depth;
  for (const c of text) {
    if (c === '(') d++;
    else if (c === ')' && d > 0) d--;
  }
  return d;
}

describe('line predicates agree with their plain definitions', () => {
  it('endsWithFunctionWord is /\\b(?:of|the|...)$/', () => {
    fc.assert(
      fc.property(line, (l) => {
        expect(endsWithFunctionWord(l)).toBe(FUNCTION_WORD_END.test(l));
      }),
      { numRuns: 3000 },
    );
  });

  it('startsNumbered is NUMBERED_START.test, and startsLower /^\\p{Ll}/u', () => {
    fc.assert(
      fc.property(line, (l) => {
        expect(startsNumbered(l)).toBe(NUMBERED_START.test(l));
        expect(startsLower(l)).toBe(/^\p{Ll}/u.test(l));
      }),
      { numRuns: 3000 },
    );
    for (const l of [
      '1. Text',
      '2.1 Text',
      '(a) Text',
      'a) Text',
      'x) Text',
      'B) Text',
      'B. Text',
      'IV. Text',
      'ii. Text',
      '(iv) Text',
      'in Text',
      'The text',
    ])
      expect(startsNumbered(l)).toBe(NUMBERED_START.test(l));
  });

  it('matchNumberedStart is NUMBERED_START.exec: the same number, or null', () => {
    fc.assert(
      fc.property(line, (l) => {
        expect(matchNumberedStart(l)?.[0] ?? null).toBe(NUMBERED_START.exec(l)?.[0] ?? null);
      }),
      { numRuns: 3000 },
    );
    expect(matchNumberedStart('IV. Text')?.[0]).toBe(NUMBERED_START.exec('IV. Text')?.[0]);
    expect(matchNumberedStart('The text')).toBeNull();
  });

  it('isNumberAlone is the RegExp of a number or mark alone', () => {
    const alone = /^(?:\d{1,2}(?:\.\d{1,2})*[.)]|[IVXLC]{1,6}[.)]|\(?[a-z]\)|[A-Z][.)]|\(?[ivx]{1,4}[.)])$/;
    fc.assert(
      fc.property(line, (l) => {
        expect(isNumberAlone(l)).toBe(alone.test(l));
      }),
      { numRuns: 3000 },
    );
    for (const l of ['1.', '2.1)', 'IV.', '(a)', 'a)', 'B.', 'B)', 'The.', '12'])
      expect(isNumberAlone(l)).toBe(alone.test(l));
  });

  it('isCapitalsLine counts letters (astral ones as two units) and words as the copy did', () => {
    fc.assert(
      fc.property(line, (l) => {
        expect(isCapitalsLine(l)).toBe(isCapitalsLineByCopy(l));
      }),
      { numRuns: 3000 },
    );
    expect(isCapitalsLine('𝒜𝒜')).toBe(true);
    expect(isCapitalsLine('𝒜')).toBe(false);
  });

  it('parenthesisDepth counts as a scan of every character does, a closing one with none open ignored', () => {
    fc.assert(
      fc.property(fc.nat(3), line, (depth, l) => {
        expect(parenthesisDepth(depth, l)).toBe(depthByCharacter(depth, l));
      }),
      { numRuns: 3000 },
    );
    expect(parenthesisDepth(0, ') (a (b) c')).toBe(1);
    expect(parenthesisDepth(2, 'x) y)) z')).toBe(0);
  });

  it('isFieldLine, endsTerminal, looksLikeTitle and isPlaceDateLine are their RegExps', () => {
    const field = /^(?:From|To|Subject|Subj\.|Date|Prev\. doc\.?|Ref\.?)\s*:/;
    const terminal = /[.!?:;]["'”’)\]]*$/;
    const months = 'January|February|March|April|May|June|July|August|September|October|November|December';
    const placeDate = new RegExp(
      `^\\(?[A-Z][\\p{L} .'’-]{1,40}(?:,\\s*D\\.\\s?C\\.)?,\\s+\\d{1,2}(?:\\s*(?:${months}))?(?:\\s*[-–]\\s*\\d{1,2})?\\s+(?:${months})\\s+\\d{4}\\)?$`,
      'u',
    );
    /** A numbered title closed by a colon ("2 Counter-terrorism:"), not a lead-in with a verb. */
    const label =
      /^(?:\d{1,2}(?:\.\d{1,2})*[.)]?|[IVXLC]{1,6}[.)])\s+\p{Lu}[\p{L}-]*(?:\s+[\p{L}-]+){0,2}:$/u;
    /** `looksLikeTitle` as first written, with RegExps for the ends and the first character. */
    const title = (l: string) =>
      !(l.length > 140 || /[,;]$/.test(l)) &&
      (terminal.test(l)
        ? l.endsWith(':') && label.test(l) && !/(?:ed|ing)\s*:$/.test(l)
        : startsNumbered(l)
          ? l.split(' ').length <= 16
          : isCapitalsLine(l) || (l.split(' ').length <= 12 && /^[\p{Lu}\d“"‘']/u.test(l)));
    fc.assert(
      fc.property(line, (l) => {
        expect(isFieldLine(l)).toBe(field.test(l));
        expect(endsTerminal(l)).toBe(terminal.test(l));
        expect(looksLikeTitle(l)).toBe(title(l));
        expect(isPlaceDateLine(l)).toBe(placeDate.test(l));
        expect(endsWithWrapHyphen(l)).toBe(l.endsWith('-') && /[\p{L}\d]-$/u.test(l.slice(-3)));
        expect(isFieldLabelAlone(l)).toBe(/^(?:From|To|Subject|Subj\.)\s*:$/.test(l));
      }),
      { numRuns: 5000 },
    );
    for (const l of [
      '2 Counter-terrorism:',
      '3. Visa reciprocity:',
      '2. The US side highlighted:',
      'Migration:',
    ])
      expect(looksLikeTitle(l)).toBe(title(l));
    expect(looksLikeTitle('2 Counter-terrorism:')).toBe(true);
    expect(looksLikeTitle('2. The US side highlighted:')).toBe(false);
    for (const l of [
      'Brussels, 24 March 2023',
      '(Brussels, 19-20 March 2023)',
      'Brussels, 24 March 202',
      'To: x',
    ])
      expect([isPlaceDateLine(l), isFieldLine(l)]).toEqual([placeDate.test(l), field.test(l)]);
  });

  it('isHeaderLine still reads the Council name and subject codes, and not longer lines', () => {
    expect(isHeaderLine('Council of the European Union')).toBe(true);
    expect(isHeaderLine('COUNCIL OF THE EUROPEAN UNION')).toBe(true);
    expect(isHeaderLine('Council of the European Union and more')).toBe(false);
    expect(isHeaderLine('JAIEX 14 JAI 345 USA 24')).toBe(true);
    expect(isHeaderLine('J 14')).toBe(false);
    expect(isHeaderLine('JAIEX')).toBe(false);
  });
});
