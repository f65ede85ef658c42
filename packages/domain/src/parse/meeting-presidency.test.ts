import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findHosted, findIncomingMention } from './meeting-presidency.js';

// The patterns `findHosted` and `findIncomingMention` must agree with, run from the start.
const HOSTED_FROM_START =
  /\b(?:the )?(?<!\bincoming )(\p{Lu}\p{Ll}+) Presidency(?: of the Council(?: of the (?:EU|European Union))?)? (?:\((?:which|who) hosted|hosted\b)|\bhosted by the (\p{Lu}\p{Ll}+) Presidency/u;
const INCOMING_FROM_START = /\b(?:the )?incoming (\p{Lu}\p{Ll}+) Presidency/u;

/** Texts made of the words these patterns hinge on, run together in any order. */
const PRESIDENCY_WORDS = fc
  .array(
    fc.constantFrom(
      'the ',
      'The ',
      'incoming ',
      'Swedish',
      'Spanish',
      'Élan',
      'x',
      ' ',
      ', ',
      '(',
      ')',
      '\n',
      ' Presidency',
      ' of the Council',
      ' of the EU',
      ' of the European Union',
      ' (which hosted',
      ' (who ',
      ' hosted',
      'hosted by the ',
      'hostedx',
      'which ',
    ),
    { maxLength: 14 },
  )
  .map((parts) => parts.join(''));

const same = (a: RegExpExecArray | null, b: RegExpExecArray | null) => [
  a === null ? null : [a.index, ...a],
  b === null ? null : [b.index, ...b],
];

describe('findHosted and findIncomingMention', () => {
  it('find the hosting Presidency in either wording, and nothing in a text without one', () => {
    expect(
      findHosted('x, the Swedish Presidency of the Council of the EU (which hosted the event)')?.[1],
    ).toBe('Swedish');
    expect(findHosted('the meeting, hosted by the Spanish Presidency in Madrid')?.[2]).toBe('Spanish');
    expect(findHosted('on behalf of the Belgian Presidency, which hosted the Ministerial')).toBeNull();
    expect(findHosted('the incoming Spanish Presidency hosted nothing')).toBeNull();
    expect(findHosted('The Belgian Presidency welcomed the participants.')).toBeNull();
  });

  it('find the incoming Presidency, and nothing without one', () => {
    const m = findIncomingMention('Sweden and the incoming Spanish Presidency');
    expect([m?.index, m?.[1]]).toEqual([11, 'Spanish']);
    expect(findIncomingMention('the incoming presidency of Spain')).toBeNull();
    expect(findIncomingMention('the Spanish Presidency')).toBeNull();
  });

  it('find what the patterns find when run from the start of the text', () => {
    fc.assert(
      fc.property(PRESIDENCY_WORDS, (text) => {
        const [got, want] = same(findHosted(text), HOSTED_FROM_START.exec(text));
        expect(got).toEqual(want);
        const [gotIncoming, wantIncoming] = same(findIncomingMention(text), INCOMING_FROM_START.exec(text));
        expect(gotIncoming).toEqual(wantIncoming);
      }),
      { numRuns: 3000 },
    );
  });
});
