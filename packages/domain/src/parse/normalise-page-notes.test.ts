import { describe, expect, it } from 'vitest';
import { BLANK, BREAK } from './normalise-footers.js';
import { gatherPageFootnotes } from './normalise-page-notes.js';

describe('gatherPageFootnotes', () => {
  it('gathers the notes a page calls, from their first line to the footer, wrapped lines joined', () => {
    const items = [
      'The US delegation1 thanked the Commission2 for',
      '1 Department of Justice and Department of Homeland Se-',
      'curity.',
      '2 DG HOME.',
      BREAK,
      'the invitation.',
    ];
    expect(gatherPageFootnotes(items)).toEqual([
      'The US delegation1 thanked the Commission2 for',
      {
        kind: 'notes',
        notes: [
          { number: '1', text: 'Department of Justice and Department of Homeland Security.' },
          { number: '2', text: 'DG HOME.' },
        ],
      },
      BREAK,
      'the invitation.',
    ]);
  });

  it('reads notes at the end of a text without footers, a blank line between them', () => {
    const items = ['Europol presented the report in advance.3', BLANK, '3 IOCTA 2021.', BLANK, '4 EC3.'];
    expect(gatherPageFootnotes(items)).toEqual([
      'Europol presented the report in advance.3',
      BLANK,
      {
        kind: 'notes',
        notes: [
          { number: '3', text: 'IOCTA 2021.' },
          { number: '4', text: 'EC3.' },
        ],
      },
    ]);
  });

  it('leaves alone lines the page does not call, and calls on another page', () => {
    const uncalled = ['The US side noted 15 cases.', '15 000 persons were resettled.'];
    expect(gatherPageFootnotes(uncalled)).toBe(uncalled);
    const otherPage = ['The Commission1 informed.', BREAK, '1 DG HOME.', BREAK];
    expect(gatherPageFootnotes(otherPage)).toBe(otherPage);
  });

  it('takes no run longer than a page foot holds: a numbered heading and its text are no note', () => {
    const items = [
      'The Commission2 informed.',
      '2 Migration',
      ...Array.from({ length: 12 }, () => 'text line'),
    ];
    expect(gatherPageFootnotes(items)).toBe(items);
  });
});
