import { describe, expect, it } from 'vitest';
import { isTrailingPunctuation, readClauses } from './statements-clauses.js';

function clausesOf(text: string) {
  return readClauses(text, 0, text.length).map((c) => ({
    text: text.slice(c.start, c.end),
    actor: c.mention?.id ?? null,
    verb: c.verb?.lemma ?? null,
  }));
}

describe('isTrailingPunctuation', () => {
  it('is /[\\s,;:]/ on every UTF-16 code unit', () => {
    const disagree: number[] = [];
    for (let c = 0; c < 0x10000; c++) {
      if (isTrailingPunctuation(c) !== /[\s,;:]/.test(String.fromCharCode(c))) disagree.push(c);
    }
    expect(disagree).toEqual([]);
  });
});

describe('readClauses: a second speaker of the same verb (", as did ...")', () => {
  it('cuts the sentence before ", as did" and gives the second speaker the verb', () => {
    expect(clausesOf('The US side welcomed the pilot, as did the EU side.')).toEqual([
      { text: 'The US side welcomed the pilot', actor: 'us', verb: 'welcome' },
      { text: 'as did the EU side.', actor: 'eu', verb: 'welcome' },
    ]);
    expect(clausesOf('The US side welcomed the pilot, as  has the EU side.')[1]?.actor).toBe('eu');
  });

  it('needs the comma, "as" and the auxiliary as written, right before the speaker', () => {
    for (const text of [
      'The US side welcomed the pilot as did the EU side.',
      'The US side welcomed the pilot, As did the EU side.',
      'The US side welcomed the pilot, as did also the EU side.',
      'The US side welcomed the pilot, as planned by the EU side.',
    ]) {
      expect(clausesOf(text)).toHaveLength(1);
    }
  });
});
