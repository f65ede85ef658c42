import { describe, expect, it } from 'vitest';
import { findTopicDefinition, TOPICS } from '../lexicon/topics.js';
import { deriveTopicId, matchTopic, normaliseTitle, spacePunctuation, splitTitleWords } from './topics.js';

describe('matchTopic', () => {
  it.each([
    ['Update on progress towards Visa Reciprocity', 'visa-reciprocity'],
    ['Visa Waiver Program', 'visa-reciprocity'],
    ['“Going dark”: challenges for crime fighting in the digital era', 'going-dark'],
    ['Encryption and lawful access', 'going-dark'],
    ['Counter-Terrorism and Information Sharing', 'counter-terrorism'],
    ['Priorities of the incoming Spanish Presidency', 'presidency-priorities'],
    ['EU-US MLA and extradition agreements', 'mla-extradition'],
    ['Passenger Name Record', 'pnr'],
    ['Summary', 'introduction'],
  ])('places "%s" by its title (%s)', (title, id) => {
    const t = matchTopic(title);
    expect(t.id).toBe(id);
    expect(t.matchedBy).toBe('title-alias');
  });

  it('uses key terms in the title when no alias matches', () => {
    expect(matchTopic('Recent developments on precursors and opioids')).toMatchObject({
      id: 'drugs',
      matchedBy: 'title-terms',
    });
  });

  it.each([
    ['Passenger Name Records', 'pnr'],
    ['Returnees', 'counter-terrorism'],
    ['Protection of soft targets', 'counter-terrorism'],
    ['ETIAS', 'information-sharing'],
    ['Interoperability of EU information systems', 'information-sharing'],
    ['Trafficking in human beings', 'organised-crime'],
    ['Session I: Home Affairs', 'home-affairs-session'],
    ['Session II: Justice', 'justice-session'],
    ['Agenda item 3: Access to electronic evidence', 'e-evidence'],
    ['Item 2 – Migration and border management', 'migration'],
    ['Synthetic opioids', 'drugs'],
    ['Cyber-enabled crime', 'cybercrime'],
    ['Law enforcement access to data', 'going-dark'],
    ['Anti-corruption', 'organised-crime'],
    ['Impact of COVID-19', 'covid-19'],
    ['Resettlement', 'migration'],
    ['Cooperation on return', 'migration'],
    ['Schengen', 'migration'],
    ['Schengen Information System', 'information-sharing'],
    ['Terrorist Finance Tracking Programme (TFTP)', 'counter-terrorism'],
    ['Critical infrastructure protection', 'hybrid-threats'],
    ['Security of 5G networks', 'emerging-technologies'],
    ['Western Balkans', 'third-countries'],
    ['State of play of EU-US JHA cooperation', 'introduction'],
  ])('places the agenda title "%s" under %s', (title, id) => {
    expect(matchTopic(title, undefined, { rollUp: true }).id).toBe(id);
  });

  it('uses key terms in the body when the title says nothing', () => {
    const t = matchTopic(
      'Other matters',
      'Both sides discussed encryption and lawful access, and data retention.',
    );
    expect(t).toMatchObject({ id: 'going-dark', matchedBy: 'body-terms' });
    expect(t.confidence).toBeGreaterThan(0.3);
  });

  it('derives an x- topic with low confidence for an unknown title', () => {
    expect(matchTopic('Gardening arrangements')).toEqual({
      id: 'x-gardening-arrangements',
      label: 'Gardening arrangements',
      confidence: 0.2,
      matchedBy: 'derived',
    });
    expect(deriveTopicId('  ')).toBe('x-untitled');
  });

  it('rolls a sub-topic title up to its root topic for section headings', () => {
    expect(matchTopic('Ukraine: accountability').id).toBe('ukraine-accountability');
    expect(matchTopic('Ukraine: accountability', undefined, { rollUp: true })).toMatchObject({
      id: 'ukraine-war',
      matchedBy: 'title-alias',
    });
  });

  it('weighs the lead sentence of a paragraph and counts sub-topic hits for the root when rolling up', () => {
    const body =
      '4. The two sides took stock of their cooperation against terrorism and violent extremism. They welcomed the transfer of battlefield information, fingerprint data and ESTA denials, and the EBSP.';
    expect(matchTopic(null, body, { rollUp: true, minBodyHits: 1 }).id).toBe('counter-terrorism');
  });

  it('does not match a short alias inside an unrelated word', () => {
    expect(matchTopic('Cybersecurity of elections').id).not.toBe('pnr');
  });
});

describe('TOPICS', () => {
  it('has unique ids, and every parent exists', () => {
    const ids = TOPICS.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const t of TOPICS) if (t.parentId) expect(findTopicDefinition(t.parentId)).toBeDefined();
  });

  it('has the ids the design names', () => {
    for (const id of [
      'visa-reciprocity',
      'going-dark',
      'e-evidence',
      'ukraine-war',
      'counter-terrorism',
      'information-sharing',
      'organised-crime',
      'drugs',
      'mla-extradition',
      'migration',
      'data-protection',
      'pnr',
      'cybercrime',
      'child-sexual-abuse',
      'introduction',
      'next-meetings',
      'presidency-priorities',
    ])
      expect(findTopicDefinition(id)).toBeDefined();
  });
});

describe('matchTopic: the Justice and Home Affairs session headings of Ministerial records', () => {
  it('gives a grouping heading its own topic, whatever its items are about', () => {
    expect(matchTopic('HOME AFFAIRS', 'Secretary Mayorkas highlighted the terrorist threat.').id).toBe(
      'home-affairs-session',
    );
    expect(
      matchTopic('Justice issues', 'The Prosecutor General of Ukraine briefed on accountability.').id,
    ).toBe('justice-session');
  });

  it('does not read a title that only contains the words as the session', () => {
    expect(matchTopic('Justice for victims of war crimes in Ukraine').id).not.toBe('justice-session');
    expect(matchTopic('Access to justice').id).not.toBe('justice-session');
    expect(matchTopic('Cooperation in Justice and Home Affairs').id).not.toBe('home-affairs-session');
  });
});

describe('matchTopic: a joint statement paragraph about the next meeting', () => {
  it('reads "The next EU-U.S. ... Ministerial Meeting will take place" as next meetings', () => {
    const body =
      'The next EU-U.S. Justice and Home Affairs Ministerial Meeting will take place in 2024 in Brussels.';
    expect(matchTopic(null, body, { minBodyHits: 1, rollUp: true }).id).toBe('next-meetings');
  });
});

describe('normaliseTitle and splitTitleWords', () => {
  it('keeps runs of letters, digits and hyphens, single-spaced', () => {
    expect(normaliseTitle('2. “Going dark”:  challenges\tfor crime-fighting (2024)')).toBe(
      'going dark challenges for crime-fighting 2024',
    );
    expect(splitTitleWords('a–b,  c-d é1')).toEqual(['a', 'b', 'c-d', 'é1']);
  });

  it('drops the presidency adjective only with one space between', () => {
    expect(normaliseTitle('Priorities of the Spanish Presidency')).toBe('priorities of the presidency');
    expect(normaliseTitle('Spanish\tPresidency')).toBe('spanish presidency');
  });

  it('leaves texts with astral characters to the RegExp', () => {
    expect(splitTitleWords('a 𝐀b')).toBeNull();
    expect(normaliseTitle('a 𝐀b 😀 c')).toBe('a 𝐀b c');
  });
});

describe('matchTopic with a body builder', () => {
  it('builds the body only when the title matches nothing', () => {
    let built = 0;
    const body = () => {
      built++;
      return 'Encryption and lawful access, and data retention.';
    };
    expect(matchTopic('Passenger Name Record', body).id).toBe('pnr');
    expect(built).toBe(0);
    expect(matchTopic('Other matters', body)).toMatchObject({ id: 'going-dark', matchedBy: 'body-terms' });
    expect(built).toBe(1);
  });
});

describe('splitTitleWords on quotes', () => {
  it('leaves a text with quotes to the steps, which remove them inside words', () => {
    expect(splitTitleWords('don’t panic')).toBeNull();
    expect(normaliseTitle('Don’t “panic”')).toBe('dont panic');
    expect(normaliseTitle("'1. Item 2: Data")).toBe('data');
  });
});

describe('spacePunctuation', () => {
  it('turns every character but letters, digits, white space and hyphens into a space', () => {
    expect(spacePunctuation('a–b,\tc-d (é1)')).toBe('a b \tc-d  é1 ');
    expect(spacePunctuation('')).toBe('');
  });

  it('leaves texts with a surrogate to the RegExp', () => {
    expect(spacePunctuation('a 😀')).toBeNull();
  });
});
