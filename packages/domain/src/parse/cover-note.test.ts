import { describe, expect, it } from 'vitest';
import { isCoverNote } from './cover-note.js';

describe('isCoverNote', () => {
  it('recognises the formula in its usual forms', () => {
    expect(
      isCoverNote('Delegations will find attached the outcome of proceedings of the above meeting.'),
    ).toBe(true);
    expect(isCoverNote('Delegations will find in the Annex the outcome of the EU-US SOM.')).toBe(true);
    expect(isCoverNote('The delegations will find below the summary.')).toBe(true);
  });

  it('leaves what delegations say or do in the meeting alone', () => {
    expect(isCoverNote('Delegations will find a solution together.')).toBe(false);
    expect(isCoverNote('Delegations welcomed the proposal.')).toBe(false);
    expect(isCoverNote('The EU side said delegations will find attached documents useful.')).toBe(false);
  });
});
