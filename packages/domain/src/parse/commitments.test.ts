import { describe, expect, it } from 'vitest';
import type { Statement } from '../schema/statement.js';
import { readCommitment } from './commitments.js';
import { findDates } from './dates.js';

function commitmentOf(text: string, year = 2023, verb: string | null = null) {
  const verbAt = verb === null ? -1 : text.indexOf(verb);
  const statement: Statement = {
    id: 's1',
    sectionId: 'sec-1',
    subtopic: null,
    topicId: 'next-meetings',
    actor: { id: 'unattributed', side: 'other', mention: null, mentionSpan: null, resolvedFrom: null },
    verb: null,
    verbSpan: verb === null ? null : { start: verbAt, end: verbAt + verb.length },
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
  it('reads the event said after a reporting verb without "that" from after the verb', () => {
    expect(
      commitmentOf('The US delegation noted the next round would start in Brussels in July.', 2023, 'noted')
        ?.what,
    ).toBe('the next round');
    expect(
      commitmentOf('The EU side confirmed the report will be ready in June.', 2023, 'confirmed')?.what,
    ).toBe('the report will be ready');
  });

  it('reads the subject of an event that is the second of two predicates', () => {
    expect(
      commitmentOf(
        'Both sides took note that the concluding session of the Ad Hoc Committee had ended without agreement in February 2024 and would resume in the summer.',
      )?.what,
    ).toBe('the concluding session of the Ad Hoc Committee');
  });

  it('reads an event with month date and place', () => {
    expect(commitmentOf('The next session will take place in June 2023 in Washington, DC.')).toEqual({
      what: 'The next session',
      date: '2023-06',
      place: 'Washington, DC',
    });
  });

  it('takes no quarter, half-year or season for a place ("in Q3 2024", "in Spring 2025")', () => {
    expect(commitmentOf('The EU will report back in Q3 2024.', 2024)?.place).toBeNull();
    expect(commitmentOf('The experts will meet in Spring 2025.', 2025)?.place).toBeNull();
    expect(commitmentOf('The experts will meet in H2 2025 in Vienna.', 2025)?.place).toBe('Vienna');
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

  it('does not read a wish ("would welcome", "would appreciate") as a commitment', () => {
    expect(
      commitmentOf('The US side would welcome further clarification on the Umbrella Agreement.'),
    ).toBeNull();
    expect(commitmentOf('The EU side said it would appreciate an early reply.')).toBeNull();
    expect(commitmentOf('The US side said it would host the next meeting.')?.what).toBe(
      'host the next meeting',
    );
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

describe('readCommitment: who meets is not what is promised', () => {
  it('reads "Experts will meet again in autumn" as the action "meet again"', () => {
    expect(commitmentOf('Experts will meet again in autumn.')).toEqual({
      what: 'meet again',
      date: null,
      place: null,
    });
  });

  it('reads "The Parties will meet again in the second half of 2025" with its year', () => {
    expect(commitmentOf('The Parties will meet again in the second half of 2025.')).toEqual({
      what: 'meet again',
      date: '2025',
      place: null,
    });
  });

  it('keeps an event subject of a gathering verb', () => {
    expect(commitmentOf('The next negotiating round will resume in Brussels in May 2024.')).toEqual({
      what: 'The next negotiating round',
      date: '2024-05',
      place: 'Brussels',
    });
  });
});

describe('readCommitment: places', () => {
  it('reads "Washington D.C." without a comma in full', () => {
    expect(
      commitmentOf('The next meeting will take place in Washington D.C. in the second half of 2019.'),
    ).toEqual({ what: 'The next meeting', date: '2019', place: 'Washington D.C.' });
  });

  it('reads "Washington, D.C." and "Washington DC" as written', () => {
    expect(commitmentOf('The next round will be held in Washington, D.C. in April 2024.')?.place).toBe(
      'Washington, D.C.',
    );
    expect(commitmentOf('The next round will be held in Washington DC in April 2024.')?.place).toBe(
      'Washington DC',
    );
  });
});

describe('readCommitment: future passives', () => {
  it('reads a review promised for the next Ministerial as the clause written', () => {
    expect(
      commitmentOf(
        'Progress on the negotiations will be reviewed at the next EU-US Justice and Home Affairs Ministerial Meeting in December.',
      ),
    ).toEqual({
      what: 'Progress on the negotiations will be reviewed at the next EU-US Justice and Home Affairs Ministerial Meeting',
      date: '2023-12',
      place: null,
    });
  });

  it('reads who will host the next meeting', () => {
    expect(commitmentOf('The next meeting will be hosted by the incoming Presidency.')?.what).toBe(
      'The next meeting will be hosted by the incoming Presidency',
    );
  });

  it('does not read a need, a state or a relative clause as a promise', () => {
    expect(commitmentOf('Further efforts will be needed to close the gaps.')).toBeNull();
    expect(commitmentOf('The agreement will be based on mutual recognition.')).toBeNull();
    expect(
      commitmentOf('The two sides discussed the EU PNR framework, which will be implemented by May 2018.'),
    ).toBeNull();
  });
});

describe('readCommitment: a future passive reported after an assurance', () => {
  it('reads "assured ... that a decision would be taken" as the clause promised', () => {
    expect(
      commitmentOf(
        'The US side assured the EU side that a decision would be taken after the review of its international engagements.',
      ),
    ).toEqual({
      what: 'a decision would be taken after the review of its international engagements',
      date: null,
      place: null,
    });
  });

  it('reads "confirmed that the system would be launched" with its date', () => {
    expect(
      commitmentOf('The Commission confirmed that the system would be launched in October 2025.'),
    ).toEqual({
      what: 'the system would be launched',
      date: '2025-10',
      place: null,
    });
  });

  it('does not read "would be" without an assurance, nor a state after one', () => {
    expect(
      commitmentOf('The EU side expressed concern that data would be transferred to third countries.'),
    ).toBeNull();
    expect(commitmentOf('The US side noted that a decision would be taken later.')).toBeNull();
    expect(commitmentOf('The US side confirmed that the rules would be based on reciprocity.')).toBeNull();
    expect(commitmentOf('The Commission confirmed that the roadmap would be ambitious.')).toBeNull();
  });
});

describe('readCommitment: who makes the promise', () => {
  it('does not read a hoped-for effect of "This" or "It" as a commitment', () => {
    expect(commitmentOf('This would also enhance information exchange with the US partners.')).toBeNull();
    expect(commitmentOf('It would allow faster exchanges of evidence.')).toBeNull();
    expect(commitmentOf('That will strengthen the partnership.')).toBeNull();
  });

  it('reads "The two sides will spare no effort" as a commitment', () => {
    expect(
      commitmentOf(
        'The two sides will spare no effort to pursue full accountability, in accordance with applicable national and international law.',
      )?.what,
    ).toBe('spare no effort to pursue full accountability');
  });
});

describe('readCommitment: the first trigger', () => {
  it('takes the trigger that starts first, whichever kind it is', () => {
    expect(
      commitmentOf('The Presidency agreed to host a workshop, and the report will be published.'),
    ).toEqual({
      what: 'host a workshop',
      date: null,
      place: null,
    });
  });

  it('takes the earlier-listed trigger when two start at the same word', () => {
    // "will take place" (an event) and "will <verb>" (an action) both start at "will"
    expect(commitmentOf('The next round will take place in Brussels.')).toEqual({
      what: 'The next round',
      date: null,
      place: 'Brussels',
    });
  });

  it('finds no trigger inside a longer word', () => {
    expect(commitmentOf('The willingness of parties, the issue and the outlook were discussed.')).toBeNull();
  });
});

describe('readCommitment: what is promised, tidied', () => {
  it('drops a trailing preposition and the punctuation and white space before it', () => {
    expect(commitmentOf('Experts agreed to continue the work of the group, during')?.what).toBe(
      'continue the work of the group',
    );
    expect(commitmentOf('Both sides agreed to meet again in  \n')?.what).toBe('meet again');
  });

  it('keeps a last word that only ends like a preposition', () => {
    expect(
      commitmentOf('The Presidency will present the final report ahead of the Ministerial in Brussels.'),
    ).toEqual({
      what: 'present the final report ahead of the Ministerial',
      date: null,
      place: 'Brussels',
    });
  });
});
