import { describe, expect, it } from 'vitest';
import { readDelegations } from './meeting-delegations.js';

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

  it('reads nothing from a sentence that lists no delegation', () => {
    expect(read('The United States and the European Union discussed their shared efforts.')).toEqual([]);
  });
});
