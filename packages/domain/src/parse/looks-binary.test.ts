import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { looksBinary } from './looks-binary.js';

/** The plain definition: more than 10 % bad code units among the first 4,000. */
function looksBinaryByLoop(raw: string): boolean {
  const n = Math.min(raw.length, 4000);
  if (n === 0) return false;
  let bad = 0;
  for (let i = 0; i < n; i++) {
    const c = raw.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 12 && c !== 13) || (c >= 0x7f && c < 0xa0) || c === 0xfffd)
      bad++;
  }
  return bad / n > 0.1;
}

describe('looksBinary', () => {
  it('takes text for text and junk for junk', () => {
    expect(looksBinary('The US side noted progress.\n\tIt agreed.\r\n\f')).toBe(false);
    expect(looksBinary('')).toBe(false);
    expect(looksBinary('\u0000\u0001PK\u0003\u0004\ufffd\ufffd')).toBe(true);
    // only the first 4,000 code units count
    expect(looksBinary(`${'a'.repeat(4000)}${'\u0000'.repeat(4000)}`)).toBe(false);
  });

  it('equals the plain count over any mix of text and control characters', () => {
    const unit = fc.oneof(
      fc.constantFrom(
        'a',
        ' ',
        '\n',
        '\t',
        '\r',
        '\f',
        '\u000b',
        '\u0000',
        '\u001f',
        '\u007f',
        '\u009f',
        '\u00a0',
        '\ufffd',
        '\ud800',
        '’',
      ),
      fc.string({ maxLength: 3 }),
    );
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 200 }), fc.nat(4100), (units, pad) => {
        const raw = 'x'.repeat(pad % 2 === 0 ? 0 : pad) + units.join('');
        expect(looksBinary(raw)).toBe(looksBinaryByLoop(raw));
      }),
      { numRuns: 500 },
    );
  });
});
