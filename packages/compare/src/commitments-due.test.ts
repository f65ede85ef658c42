import { describe, expect, it } from 'vitest';
import { earliestDay, findCommitmentsDue, meetingDay } from './commitments-due.js';
import { buildDocument } from './test-support/build-document.js';

const base = buildDocument({
  id: 'base',
  startDate: '2023-03-16',
  sections: [
    {
      title: 'Visa reciprocity',
      topic: 'visa-reciprocity',
      statements: [
        {
          actor: 'both',
          stance: 'commitment',
          text: 'The upcoming tripartite meeting is foreseen to take place on 7 June in Washington, DC.',
          commitment: {
            what: 'tripartite meeting on visa reciprocity',
            date: '2023-06-07',
            place: 'Washington, DC',
          },
        },
        {
          actor: 'both',
          stance: 'commitment',
          text: 'An expert workshop on extradition will be held in June 2023.',
          commitment: { what: 'expert workshop on extradition', date: '2023-06', place: null },
        },
        {
          actor: 'both',
          stance: 'commitment',
          text: 'A review will follow in 2024.',
          commitment: { what: 'review of the agreement', date: '2024', place: null },
        },
        {
          actor: 'both',
          stance: 'commitment',
          text: 'They will meet again.',
          commitment: { what: 'meeting again', date: null, place: null },
        },
      ],
    },
  ],
});
const target = buildDocument({
  id: 'target',
  startDate: '2023-06-21',
  sections: [
    {
      title: 'Visa policy',
      topic: 'visa-reciprocity',
      statements: [
        {
          actor: 'both',
          stance: 'support',
          text: 'Both sides welcomed the tripartite meeting held in Washington on visa reciprocity.',
        },
        { actor: 'eu', stance: 'information', text: 'The EU informed on the reciprocity mechanism.' },
      ],
    },
  ],
});

describe('findCommitmentsDue', () => {
  const due = findCommitmentsDue(base, target);
  it('keeps commitments dated before the target meeting, month-only dates from their first day', () => {
    expect(due.map((d) => d.commitment.what)).toEqual([
      'tripartite meeting on visa reciprocity',
      'expert workshop on extradition',
    ]);
  });
  it('finds the target statement that takes a commitment up again', () => {
    expect(due[0]!.evidence.map((s) => s.id)).toEqual(['s1']);
  });
  it('finds no follow-up when the target is silent about it', () => {
    expect(due[1]!.evidence).toEqual([]);
  });
  it('gives nothing when the target meeting has no date', () => {
    const undated = buildDocument({ id: 'undated', startDate: null, sections: [] });
    expect(findCommitmentsDue(base, undated)).toEqual([]);
  });
});

describe('earliestDay and meetingDay', () => {
  it('reads partial dates from their first day', () => {
    expect(earliestDay('2023')).toBe('2023-01-01');
    expect(earliestDay('2023-06')).toBe('2023-06-01');
    expect(earliestDay('2023-06-07')).toBe('2023-06-07');
  });
  it('uses the meeting start date', () => {
    expect(meetingDay(target)).toBe('2023-06-21');
  });
});

describe('findCommitmentsDue within the aligned topic', () => {
  const vague = buildDocument({
    id: 'vague',
    startDate: '2023-03-16',
    sections: [
      {
        title: 'E-evidence',
        topic: 'e-evidence',
        statements: [
          {
            actor: 'both',
            stance: 'commitment',
            text: 'The next session will take place in June 2023 in Washington, DC.',
            commitment: { what: 'The next session', date: '2023-06', place: 'Washington, DC' },
          },
        ],
      },
    ],
  });
  const later = buildDocument({
    id: 'later',
    startDate: '2023-10-01',
    sections: [
      {
        title: 'E-evidence',
        topic: 'e-evidence',
        statements: [
          {
            actor: 'both',
            stance: 'support',
            text: 'Both sides welcomed the progress made at the session held in June.',
          },
        ],
      },
    ],
  });
  it('accepts one shared word in the statements of the aligned topic', () => {
    const [due] = findCommitmentsDue(vague, later, undefined, () => later.statements);
    expect(due!.evidence.map((s) => s.id)).toEqual(['s1']);
  });
  it('asks for more than a generic word elsewhere in the target', () => {
    const [due] = findCommitmentsDue(vague, later);
    expect(due!.evidence).toEqual([]);
  });
});
