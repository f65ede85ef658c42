import { describe, expect, it } from 'vitest';
import type { Statement } from '../schema/statement.js';
import { readCommitment } from './commitments.js';
import { findDates } from './dates.js';

function commitmentOf(text: string, year = 2023) {
  const statement: Statement = {
    id: 's1',
    sectionId: 'sec-1',
    subtopic: null,
    topicId: 'next-meetings',
    actor: { id: 'unattributed', side: 'other', mention: null, mentionSpan: null, resolvedFrom: null },
    verb: null,
    verbSpan: null,
    stance: null,
    voice: 'none',
    text,
    span: { start: 0, end: text.length },
    sentenceIndex: 0,
    figures: [],
    dates: [],
    entities: [],
  };
  const c = readCommitment(statement, findDates(text, 0, text.length, year));
  return c === null ? null : { what: c.what, date: c.date, place: c.place };
}

describe('readCommitment', () => {
  it('reads an event with month date and place', () => {
    expect(commitmentOf('The next session will take place in June 2023 in Washington, DC.')).toEqual({
      what: 'The next session',
      date: '2023-06',
      place: 'Washington, DC',
    });
  });

  it('reads a hosting promise inside reported speech', () => {
    expect(
      commitmentOf(
        'The Swedish Presidency confirmed that it would host the next Ministerial meeting in Stockholm on 21 June 2023.',
      ),
    ).toEqual({
      what: 'host the next Ministerial meeting',
      date: '2023-06-21',
      place: 'Stockholm',
    });
  });

  it('infers the year of a day-month date', () => {
    expect(
      commitmentOf('The upcoming tripartite meeting is foreseen to take place on 7 June in Washington, DC.'),
    ).toEqual({
      what: 'The upcoming tripartite meeting',
      date: '2023-06-07',
      place: 'Washington, DC',
    });
  });

  it('gives date null when no date follows the promise, even if one precedes it', () => {
    expect(
      commitmentOf(
        'The parties concurred on the usefulness of the workshop held in February and agreed to hold the next meeting planned after the summer break.',
      ),
    ).toEqual({ what: 'hold the next meeting planned after the summer break', date: null, place: null });
  });

  it('reads a deliverable and a priority', () => {
    expect(
      commitmentOf(
        'The EU delegation informed that the EMCDDA report on synthetic drugs will be ready ahead of the EU-US Ministerial meeting in June.',
      ),
    ).toMatchObject({
      what: 'the EMCDDA report on synthetic drugs will be ready ahead of the EU-US Ministerial meeting',
      date: '2023-06',
    });
    expect(
      commitmentOf('Cooperation on security issues will be a priority for the EU-CELAC Summit in July 2023.'),
    ).toMatchObject({
      date: '2023-07',
      place: null,
    });
  });

  it('reads a joint statement next Ministerial with a half-year', () => {
    expect(
      commitmentOf(
        'The next EU-U.S. Ministerial meeting will take place in Washington in the second half of 2024.',
      ),
    ).toEqual({
      what: 'The next EU-U.S. Ministerial meeting',
      date: '2024',
      place: 'Washington',
    });
  });

  it('reads "agreed to continue" as a commitment', () => {
    expect(
      commitmentOf(
        'Both sides agreed to continue working in the framework of the tripartite process to ensure visa-free travel.',
      )?.what,
    ).toBe('continue working in the framework of the tripartite process');
  });

  it('does not read statements about the present or the past as commitments', () => {
    expect(commitmentOf('The US has admitted over 283,000 Ukrainians.')).toBeNull();
    expect(commitmentOf('A Claims Register would be set up in the Netherlands.')).toBeNull();
    expect(commitmentOf('It recognised the threat, which it would be useful to further discuss.')).toBeNull();
  });

  it('reads "looked forward to the next meeting" as a next step', () => {
    expect(
      commitmentOf(
        'Participants looked forward to the next Ministerial meeting in Washington in the second half of 2024.',
      ),
    ).toEqual({
      what: 'the next Ministerial meeting',
      date: '2024',
      place: 'Washington',
    });
    expect(commitmentOf('The US delegation was looking forward to operationalising this MoU.')).toBeNull();
  });

  it('reads a promised adoption in reported speech', () => {
    expect(
      commitmentOf(
        'The European Union informed that the European Commission will adopt its adequacy decision in July 2023.',
      ),
    ).toEqual({
      what: 'adopt its adequacy decision',
      date: '2023-07',
      place: null,
    });
  });

  it('reads "would <do>" only when a participant speaks of itself', () => {
    expect(commitmentOf('The US side informed that it would deploy an operational task force.')?.what).toBe(
      'deploy an operational task force',
    );
    expect(commitmentOf('The EU side stressed that the roadmap would respect cybersecurity.')).toBeNull();
    expect(
      commitmentOf('The EU side warned about proposals that would criminalise online content.'),
    ).toBeNull();
  });
});

describe('readCommitment: a meeting "planned for" a time', () => {
  it('reads "The next meeting is planned for mid-2025" as an event with its year', () => {
    expect(commitmentOf('The next meeting is planned for mid-2025.')).toEqual({
      what: 'The next meeting',
      date: '2025',
      place: null,
    });
  });

  it('reads "is scheduled to take place in Washington in autumn 2024" with place and year', () => {
    expect(
      commitmentOf(
        'The next EU-US JHA Senior Officials Meeting is scheduled to take place in Washington in autumn 2024.',
      ),
    ).toEqual({ what: 'The next EU-US JHA Senior Officials Meeting', date: '2024', place: 'Washington' });
  });
});
