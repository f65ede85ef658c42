import { describe, expect, it } from 'vitest';
import { normaliseText } from './normalise.js';
import { splitRunTogetherCoverPage } from './normalise-cover-line.js';

const RUN =
  'Council of the European Union Brussels, 24 March 2023 (OR. en) 7725/23 LIMITE JAIEX 14 JAI 345 USA 24 OUTCOME OF PROCEEDINGS From: General Secretariat of the Council To: Delegations Subject: Outcome of proceedings of the EU-US Senior Officials Meeting (Stockholm, 16-17 March 2023)';

describe('splitRunTogetherCoverPage', () => {
  it('cuts a cover page run together on one line into one line per field', () => {
    expect(splitRunTogetherCoverPage([RUN, '1. Introduction'])).toEqual([
      'Council of the European Union',
      'Brussels, 24 March 2023',
      '(OR. en)',
      '7725/23',
      'LIMITE',
      'JAIEX 14 JAI 345 USA 24',
      'OUTCOME OF PROCEEDINGS',
      'From: General Secretariat of the Council',
      'To: Delegations',
      'Subject: Outcome of proceedings of the EU-US Senior Officials Meeting (Stockholm, 16-17 March 2023)',
      '1. Introduction',
    ]);
  });

  it('leaves a text alone whose long lines are no cover page', () => {
    const lines = [
      'The US side informed that the next meeting would take place in Washington, and the EU side noted the timeline of the LIMITE document.',
      'To: Delegations',
    ];
    expect(splitRunTogetherCoverPage(lines)).toBe(lines);
  });

  it('gives a normalised text that normalises to itself', () => {
    const text = normaliseText(
      `${RUN}\n1. Introduction\nThe Swedish Presidency welcomed the participants.\n`,
    ).text;
    expect(text.startsWith('Council of the European Union\nBrussels, 24 March 2023\n')).toBe(true);
    expect(normaliseText(text).text).toBe(text);
  });
});
