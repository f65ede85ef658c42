import { describe, expect, it } from 'vitest';
import { splitBlocks } from './blocks.js';
import { readAnnexDelegations } from './meeting-annex.js';

function annexOf(text: string) {
  return readAnnexDelegations(text, splitBlocks(text));
}

describe('readAnnexDelegations', () => {
  it('reads each side of a list of participants, one member a line, head counts dropped', () => {
    const text =
      'The meeting took place.\n\nANNEX\n\nLIST OF PARTICIPANTS\n\nUnited States\nDepartment of Justice (2)\nDepartment of State (1)\n\nEuropean Union\nSwedish Presidency (3)\nEuropol (1)\n';
    const delegations = annexOf(text);
    expect(delegations.map((d) => [d.side, d.members])).toEqual([
      ['us', ['Department of Justice', 'Department of State']],
      ['eu', ['Swedish Presidency', 'Europol']],
    ]);
    const us = delegations[0]?.span;
    expect(us && text.slice(us.start, us.end)).toBe(
      'United States\nDepartment of Justice (2)\nDepartment of State (1)',
    );
  });

  it('ends a side at another group of participants and reads nothing outside the annex', () => {
    const text =
      'United States\nDepartment of Justice\n\nANNEX\n\nEU delegation:\nEuropean Commission\nUkraine\nProsecutor General\n';
    expect(annexOf(text).map((d) => [d.side, d.members])).toEqual([['eu', ['European Commission']]]);
  });

  it('keeps a side out when its list is empty or a sentence', () => {
    expect(annexOf('ANNEX\n\nUnited States\nThe list was not available at the time of writing.\n')).toEqual(
      [],
    );
    expect(annexOf('ANNEX\n\nEuropean Union\n')).toEqual([]);
  });
});
