import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { collapseWhiteSpace, earliestDelegationStart, readDelegations } from './meeting-delegations.js';

function read(text: string) {
  return readDelegations(text, 0, text.length).map((d) => [d.side, d.members]);
}

describe('readDelegations', () => {
  it('reads the Departments a SOM record lists', () => {
    expect(
      read(
        'The US delegation comprised representatives from the Departments of Justice, Homeland Security and State.',
      ),
    ).toEqual([['us', ['Department of Justice', 'Department of Homeland Security', 'Department of State']]]);
  });

  it('reads the members after a second verb of the same sentence ("was led by X and included Y")', () => {
    expect(
      read(
        'The US delegation was led by the Department of Justice and included representatives of DHS and the Department of State.',
      ),
    ).toEqual([['us', ['Department of Justice', 'DHS', 'Department of State']]]);
  });

  it('does not end a list at an initial or "U.S."', () => {
    expect(
      read(
        'The United States was represented by Secretary for Homeland Security Alejandro N. Mayorkas and U.S. Attorney General Merrick B. Garland. The European Union (EU) was represented by the Commissioner for Justice Didier Reynders, as well as the Spanish Minister for Justice Pilar Llop.',
      ),
    ).toEqual([
      [
        'us',
        ['Secretary for Homeland Security Alejandro N. Mayorkas', 'U.S. Attorney General Merrick B. Garland'],
      ],
      ['eu', ['Commissioner for Justice Didier Reynders', 'Spanish Minister for Justice Pilar Llop']],
    ]);
  });

  it('keeps a portfolio written with commas and a name in apposition with their office', () => {
    expect(
      read(
        "The United States, hosting the meeting, was represented by Attorney General Jeff Sessions and by Acting Secretary of Homeland Security Elaine C. Duke. The European Union was represented by the Commissioner for Migration, Home Affairs and Citizenship Dimitris Avramopoulos, the Union Security Commissioner Julian King, Estonia's Minister of Justice, Mr. Urmas Reinsalu, and the Minister of Interior, Mr. Andres Anvelt.",
      ),
    ).toEqual([
      ['us', ['Attorney General Jeff Sessions', 'Acting Secretary of Homeland Security Elaine C. Duke']],
      [
        'eu',
        [
          'Commissioner for Migration, Home Affairs and Citizenship Dimitris Avramopoulos',
          'Union Security Commissioner Julian King',
          "Estonia's Minister of Justice, Mr. Urmas Reinsalu",
          'Minister of Interior, Mr. Andres Anvelt',
        ],
      ],
    ]);
  });

  it('does not join the bodies of a plain list', () => {
    expect(
      read(
        'The EU delegation comprised the Commissioner for Justice, the EEAS, Europol, Eurojust and Frontex.',
      ),
    ).toEqual([['eu', ['Commissioner for Justice', 'EEAS', 'Europol', 'Eurojust', 'Frontex']]]);
  });

  it('reads nothing from a sentence that lists no delegation', () => {
    expect(read('The United States and the European Union discussed their shared efforts.')).toEqual([]);
  });
});

describe('collapseWhiteSpace', () => {
  it('writes every run of white space as one space, as replace(/\\s+/g, " ") does', () => {
    for (const s of ['a b', 'a  b', 'a\tb', ' a ', 'a\u00a0b', 'a \u2003 b', '\n', '', 'ab', 'a\ufeffb'])
      expect(collapseWhiteSpace(s)).toBe(s.replace(/\s+/g, ' '));
  });

  it('treats exactly the characters \\s matches as white space', () => {
    const differing: number[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const s = `a${String.fromCharCode(c)} b`;
      if (collapseWhiteSpace(s) !== s.replace(/\s+/g, ' ')) differing.push(c);
    }
    expect(differing).toEqual([]);
  });

  it('returns a text of single spaces as it is', () => {
    const s = 'the Departments of Justice, Homeland Security and State';
    expect(collapseWhiteSpace(s)).toBe(s);
  });
});

describe('readDelegations, fast paths', () => {
  it('keeps only the first list of each side and stops after both sides', () => {
    expect(
      read(
        'The US delegation comprised representatives from the Department of Justice. The EU delegation included Europol. The US delegation included the FBI.',
      ),
    ).toEqual([
      ['us', ['Department of Justice']],
      ['eu', ['Europol']],
    ]);
  });

  it('reads a list up to the end of its line and drops asides in brackets', () => {
    expect(
      read('The EU delegation included Europol (the EU agency)  and\tEurojust\nThe rest of the text.'),
    ).toEqual([['eu', ['Europol', 'Eurojust']]]);
  });
});

describe('earliestDelegationStart', () => {
  // the pattern `readDelegations` runs, from the start of the text
  const DELEGATION =
    /\b(?:The|the) (US|U\.S\.|United States|EU|European Union)(?: \((?:EU|US|U\.S\.)\))?(?: delegation| side)?(?:, [^,.]{1,40},)? (?:comprised|included|consisted of|was composed of|was represented by|was led by|were represented by)(?: (?:representatives|officials|senior officials) (?:from|of))? /;

  it('points at or before the first sentence naming a delegation, -1 in a text naming none', () => {
    expect(earliestDelegationStart('x. The US delegation comprised a')).toBe(3);
    expect(earliestDelegationStart('Then Europe: the EU was represented by')).toBe(13);
    expect(earliestDelegationStart('No delegation here.')).toBe(-1);
  });

  it('never points past the first match of the pattern', () => {
    const text = fc
      .array(
        fc.constantFrom(
          'The ',
          'the ',
          'he ',
          'US',
          'U.S.',
          'EU',
          'European Union',
          'United States',
          ' delegation',
          ' comprised ',
          ' was represented by ',
          'x',
          ' ',
          '.',
        ),
        { maxLength: 10 },
      )
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, (t) => {
        const m = DELEGATION.exec(t);
        const start = earliestDelegationStart(t);
        if (m === null) return true;
        return start >= 0 && start <= m.index;
      }),
      { numRuns: 2000 },
    );
  });
});
