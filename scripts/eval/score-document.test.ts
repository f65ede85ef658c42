import { describe, expect, it } from 'vitest';
import type { GoldDocument } from './gold-schema.js';
import { containsQuote, normaliseQuote } from './normalise-quote.js';
import {
  addScores,
  measure,
  normaliseUnit,
  pairInOrder,
  type ScoredParse,
  scoreDocument,
} from './score-document.js';

const gold: GoldDocument = {
  file: 'x.txt',
  illustrative: true,
  meeting: {
    kind: 'senior-officials',
    city: 'Stockholm',
    startDate: '2023-03-16',
    endDate: '2023-03-17',
    documentNumber: '7725/23',
    classification: 'LIMITE',
  },
  sections: [{ number: '1', title: 'Going dark', topic: 'going-dark', level: 1, subtopics: [] }],
  statements: [
    {
      section: '1',
      subtopic: null,
      quote: 'The US side warned',
      actor: 'us',
      verb: 'warn',
      stance: 'concern',
    },
    {
      section: '1',
      subtopic: null,
      quote: 'the EU side welcomed',
      actor: 'eu',
      verb: 'welcome',
      stance: 'support',
    },
  ],
  commitments: [
    { section: '1', quote: 'The next session will take place in June 2023', date: '2023-06', place: null },
  ],
  figures: [
    {
      section: '1',
      quote: 'over 283,000 Ukrainians',
      value: 283000,
      unit: 'Ukrainians',
      qualifier: 'over',
      per: null,
    },
  ],
};

const statement = (text: string, actor: string, verb: string | null, stance: string | null) => ({
  text,
  actor: { id: actor },
  verb,
  stance,
});

function parseWith(overrides: Partial<ScoredParse>): ScoredParse {
  return {
    meta: { documentNumber: '7725/23', classification: 'LIMITE' },
    meeting: { kind: 'senior-officials', city: 'Stockholm', startDate: '2023-03-16', endDate: '2023-03-17' },
    sections: [
      { number: '1.', title: 'Going dark', kind: 'agenda-item', topic: { id: 'going-dark' }, subtopics: [] },
    ],
    statements: [
      statement('The US side warned against it, whereas', 'us', 'warn', 'concern'),
      statement('the EU side welcomed it.', 'eu', 'welcome', 'support'),
    ],
    commitments: [
      {
        text: 'The next session will take place in June 2023 in Washington, DC.',
        date: '2023-06',
        place: null,
      },
    ],
    figures: [{ value: 283000, unit: 'Ukrainians', qualifier: 'over' }],
    ...overrides,
  };
}

describe('normaliseQuote', () => {
  it('folds case, white space, curly quotes and dashes', () => {
    expect(normaliseQuote('The  US “side”\n‘noted’ – end')).toBe('the us "side" \'noted\' - end');
  });
  it('finds a quote inside a longer text but not the reverse unless loose', () => {
    expect(containsQuote('The US side warned against it', 'us side warned')).toBe(true);
    expect(containsQuote('side warned', 'The US side warned against it')).toBe(false);
    expect(containsQuote('The US side warned against', 'The US side warned against it', true)).toBe(true);
  });
});

describe('scoreDocument', () => {
  it('gives full marks to a parse that agrees with the gold', () => {
    const { score, misses } = scoreDocument(gold, parseWith({}));
    expect(misses).toEqual([]);
    for (const counts of Object.values(score)) expect(measure(counts).f1).toBe(1);
  });

  it('counts a wrong actor against actor precision and recall but not against statements found', () => {
    const { score, misses } = scoreDocument(
      gold,
      parseWith({
        statements: [
          statement('The US side warned', 'eu', 'warn', 'concern'),
          statement('the EU side welcomed', 'eu', 'welcome', 'support'),
        ],
      }),
    );
    expect(score.statements).toEqual({ tp: 2, pred: 2, gold: 2 });
    expect(score['statement.actor']).toEqual({ tp: 1, pred: 2, gold: 2 });
    expect(misses).toEqual([{ field: 'statement.actor', gold: 'us: The US side warned', got: 'eu' }]);
  });

  it('does not match a statement whose text lacks the quote, and counts extra statements against precision', () => {
    const { score } = scoreDocument(
      gold,
      parseWith({ statements: [statement('Something else entirely.', 'us', 'warn', 'concern')] }),
    );
    expect(score.statements).toEqual({ tp: 0, pred: 1, gold: 2 });
    expect(measure(score.statements).precision).toBe(0);
  });

  it('uses each predicted statement once, so two gold quotes in one sentence need two statements', () => {
    const pairs = pairInOrder(['a b', 'c d'], ['a b c d'], (g, p) => p.includes(g));
    expect(pairs).toEqual([0, -1]);
  });

  it('matches sections by number without its punctuation and by title, and scores their topic', () => {
    const { score } = scoreDocument(
      gold,
      parseWith({
        sections: [
          {
            number: '1)',
            title: 'Going dark',
            kind: 'agenda-item',
            topic: { id: 'encryption' },
            subtopics: [],
          },
        ],
      }),
    );
    expect(score.sections.tp).toBe(1);
    expect(score['section.topic'].tp).toBe(0);
  });

  it('leaves preamble sections out of the section scores', () => {
    const preamble = {
      number: null,
      title: 'Header',
      kind: 'preamble',
      topic: { id: 'x-header' },
      subtopics: [],
    };
    const base = parseWith({});
    const { score } = scoreDocument(gold, { ...base, sections: [preamble, ...base.sections] });
    expect(score.sections).toEqual({ tp: 1, pred: 1, gold: 1 });
  });

  it('scores a commitment date only on a matched commitment', () => {
    const { score } = scoreDocument(
      gold,
      parseWith({
        commitments: [{ text: 'The next session will take place in June 2023.', date: '2023', place: null }],
      }),
    );
    expect(score.commitments.tp).toBe(1);
    expect(score['commitment.date'].tp).toBe(0);
  });

  it('counts a meeting field predicted where the gold has none as a false positive', () => {
    const g = { ...gold, meeting: { ...gold.meeting, documentNumber: null } };
    const { score } = scoreDocument(g, parseWith({}));
    expect(score['meeting.documentNumber']).toEqual({ tp: 0, pred: 1, gold: 0 });
  });

  it('matches figures by value and compares unit by its head noun', () => {
    expect(normaliseUnit('new applications')).toBe('application');
    expect(normaliseUnit('%')).toBe('percent');
    const { score } = scoreDocument(
      gold,
      parseWith({ figures: [{ value: 283000, unit: 'Ukrainians', qualifier: null }] }),
    );
    expect(score.figures.tp).toBe(1);
    expect(score['figure.unit+qualifier'].tp).toBe(0);
  });
});

describe('addScores and measure', () => {
  it('adds counts across files (micro-average)', () => {
    const a = scoreDocument(gold, parseWith({})).score;
    const b = scoreDocument(gold, parseWith({ statements: [] })).score;
    const total = addScores([a, b]);
    expect(total.statements).toEqual({ tp: 2, pred: 2, gold: 4 });
    expect(measure(total.statements)).toEqual({ precision: 1, recall: 0.5, f1: 2 / 3 });
  });
  it('treats nothing to find and nothing found as perfect, and something missed with nothing found as zero', () => {
    expect(measure({ tp: 0, pred: 0, gold: 0 }).f1).toBe(1);
    expect(measure({ tp: 0, pred: 0, gold: 3 })).toEqual({ precision: 0, recall: 0, f1: 0 });
  });
});
