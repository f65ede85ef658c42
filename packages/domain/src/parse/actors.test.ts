import { describe, expect, it } from 'vitest';
import { findActorMentions, type NameMemory } from './actors.js';
import { tokenizeWords } from './statements-phrases.js';

function actorsOf(text: string): [string, string, string][] {
  return findActorMentions(text, tokenizeWords(text, 0, text.length)).map((m) => [
    m.id,
    m.side,
    text.slice(m.start, m.end),
  ]);
}

describe('findActorMentions', () => {
  it.each([
    ['The US delegation warned.', 'us', 'us'],
    ['the US side stated', 'us', 'us'],
    ['The U.S. delegation noted', 'us', 'us'],
    ['The United States informed', 'us', 'us'],
    ['The EU delegation concurred', 'eu', 'eu'],
    ['the European Union side', 'eu', 'eu'],
    ['Both sides welcomed', 'both', 'both'],
    ['The Parties welcomed', 'both', 'both'],
    ['all participants welcomed', 'both', 'both'],
    ['The two sides recognised', 'both', 'both'],
    ['Participants reaffirmed', 'both', 'both'],
    ['The Swedish Presidency confirmed', 'presidency', 'eu'],
    ['The incoming Spanish Presidency presented', 'incoming-presidency', 'eu'],
    ['the European Commission informed', 'commission', 'eu'],
    ['the EU Counter-Terrorism Coordinator noted', 'eu-ctc', 'eu'],
    ['The US Department of Justice remains engaged', 'us-doj', 'us'],
    ['DHS presented', 'us-dhs', 'us'],
    ['Europol presented', 'europol', 'eu'],
  ])('reads "%s" as %s (%s)', (text, id, side) => {
    expect(actorsOf(text)[0]?.slice(0, 2)).toEqual([id, side]);
  });

  it('prefers the longest alias', () => {
    expect(actorsOf('The US Drug Enforcement Agency (DEA) cooperates')[0]).toEqual([
      'us-dea',
      'us',
      'The US Drug Enforcement Agency',
    ]);
  });

  it('joins "The United States and the European Union" into both, in either order', () => {
    expect(actorsOf('The United States and the European Union reaffirmed')).toEqual([
      ['both', 'both', 'The United States and the European Union'],
    ]);
    expect(actorsOf('The European Union and the United States welcomed')[0]?.[0]).toBe('both');
    expect(actorsOf('the European Commission and the US Department of Justice are developing')[0]?.[0]).toBe(
      'both',
    );
  });

  it('does not read "us" the pronoun, "EU-US" or "the EU-CELAC Summit" as actors', () => {
    expect(actorsOf('Let us see the EU-US negotiations and the EU-CELAC Summit.')).toEqual([]);
  });

  it('returns pronouns for the caller to resolve', () => {
    expect(actorsOf('It confirmed')[0]?.[0]).toBe('pronoun');
    expect(actorsOf('Its Task Force invited')[0]?.[0]).toBe('pronoun');
  });

  it('does not take an impersonal "It was agreed that" as a pronoun to resolve', () => {
    const text = 'It was agreed that an expert meeting would be held in Brussels.';
    expect(findActorMentions(text, tokenizeWords(text, 0, text.length))).toEqual([]);
  });

  it('keeps "It" as a pronoun in an active sentence ("It has managed to ...")', () => {
    const text = 'It has managed to identify data sets.';
    const mentions = findActorMentions(text, tokenizeWords(text, 0, text.length));
    expect(mentions.map((m) => m.kind)).toEqual(['pronoun']);
  });
});

describe('findActorMentions: named officials', () => {
  function mentionsWithMemory(texts: string[]): [string, string][][] {
    const names: NameMemory = new Map();
    return texts.map((text) =>
      findActorMentions(text, tokenizeWords(text, 0, text.length), names).map((m) => [
        m.id,
        text.slice(m.start, m.end),
      ]),
    );
  }

  it('reads US and EU titles with a name as actors', () => {
    expect(actorsOf('US Ambassador Smith informed')).toEqual([['us', 'us', 'US Ambassador Smith']]);
    expect(actorsOf('Assistant Attorney General Polite noted')).toEqual([
      ['us-doj', 'us', 'Assistant Attorney General Polite'],
    ]);
    expect(actorsOf('Minister Hojs highlighted')).toEqual([['presidency', 'eu', 'Minister Hojs']]);
  });

  it('resolves a surname first seen after a title to the same actor later in the document', () => {
    expect(
      mentionsWithMemory([
        'Secretary of Homeland Security Mayorkas and Commissioner Johansson met.',
        'Secretary Mayorkas warned.',
        'Mr. Mayorkas informed the meeting, and Johansson agreed.',
      ]).slice(1),
    ).toEqual([
      [['us-dhs', 'Secretary Mayorkas']],
      [
        ['us-dhs', 'Mr. Mayorkas'],
        ['commission', 'Johansson'],
      ],
    ]);
  });

  it('does not take an unknown capitalised word, a bare "Secretary" title or a described office as a name', () => {
    expect(
      mentionsWithMemory([
        'Commissioner for Home Affairs Johansson opened the meeting.',
        'Secretary Blinken warned. Mr Smith informed. Affairs were discussed.',
      ])[1],
    ).toEqual([]);
    expect(actorsOf('Secretary General Guterres warned')).toEqual([]);
  });
});
