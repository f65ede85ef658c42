import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findTrigger, TRIGGERS, type TriggerHit } from './commitments.js';

/** The plain definition: every trigger run over the whole text, the leftmost kept, the earlier on a tie. */
function plainTrigger(text: string): TriggerHit | null {
  let best: TriggerHit | null = null;
  for (const t of TRIGGERS) {
    const m = new RegExp(t.re.source, 'g').exec(text);
    if (m !== null && (best === null || m.index < best.index))
      best = { kind: t.kind, index: m.index, match: m[0] };
  }
  return best;
}

const WORDS =
  'will shall would is are agreed committed decided pledged undertook offered promised look looked looks forward to the next meeting be held take place reviewed needed ready now tentatively foreseen planned scheduled expected due set for in that which who This It they we side assured confirmed host also then again not a an its sides Parties willing island area'.split(
    ' ',
  );
const SEPARATORS = [' ', ' ', ' ', '  ', '\n', ', ', '. ', '-', '/', 'é', '_'];

describe('findTrigger', () => {
  it('finds what running every trigger over the text finds', () => {
    const text = fc
      .array(fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(...SEPARATORS)), { maxLength: 24 })
      .map((parts) => parts.map(([w, s]) => w + s).join(''));
    fc.assert(
      fc.property(text, (t) => {
        expect(findTrigger(t)).toEqual(plainTrigger(t));
      }),
      { numRuns: 3000 },
    );
  });
});
