import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CAPITALISED_RE,
  findActorMentions,
  isUnitAcronym,
  mayBeName,
  type NameMemory,
  UNIT_ACRONYM_RE,
} from './actors.js';
import { tokenizeWords } from './statements-words.js';

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
    ['The future Polish Presidency announced', 'incoming-presidency', 'eu'],
    ['The next Presidency presented', 'incoming-presidency', 'eu'],
    ['the European Commission informed', 'commission', 'eu'],
    ['the EU Counter-Terrorism Coordinator noted', 'eu-ctc', 'eu'],
    ['The US Department of Justice remains engaged', 'us-doj', 'us'],
    ['DHS presented', 'us-dhs', 'us'],
    ['Europol presented', 'europol', 'eu'],
    ['CBP presented', 'us-dhs', 'us'],
    ['Homeland Security Investigations briefed', 'us-dhs', 'us'],
    ['The US DoJ presented', 'us-doj', 'us'],
    ['The EPPO presented', 'eppo', 'eu'],
    ['eu-LISA informed', 'eu-lisa', 'eu'],
    ['CEPOL presented', 'cepol', 'eu'],
    ['ENISA presented', 'enisa', 'eu'],
    ['The co-chairs concluded', 'both', 'both'],
    ['The United States of America and the European Union underlined', 'both', 'both'],
    ['Delegations praised', 'both', 'both'],
    ['The US Mission to the EU welcomed', 'us', 'us'],
    ['DG HOME presented', 'commission', 'eu'],
    ['The EU Delegation in Washington informed', 'eeas', 'eu'],
    ['The COSI Chair Jože Senica stressed', 'presidency', 'eu'],
    ['The Chair concluded', 'presidency', 'eu'],
    ['European Union and the United States took stock', 'both', 'both'],
    ['The EU (COM) presented', 'commission', 'eu'],
    ['The US (DOJ) welcomed', 'us-doj', 'us'],
    ["Europol's ECTC informed", 'europol', 'eu'],
    ['US DOJ OIA gave an update', 'us-doj', 'us'],
    ['DHS Acting Secretary Wolf highlighted', 'us-dhs', 'us'],
    ['The Council Secretariat informed', 'council-secretariat', 'eu'],
    ['The EDPS expressed concerns', 'edps', 'eu'],
    ['The European Parliament called for', 'european-parliament', 'eu'],
  ])('reads "%s" as %s (%s)', (text, id, side) => {
    expect(actorsOf(text)[0]?.slice(0, 2)).toEqual([id, side]);
  });

  it('prefers the longest alias, and takes its acronym in brackets into the mention', () => {
    expect(actorsOf('The US Drug Enforcement Agency (DEA) cooperates')).toEqual([
      ['us-dea', 'us', 'The US Drug Enforcement Agency (DEA)'],
    ]);
  });

  it('reads a person named before their body in brackets as that body, at the start of a sentence only', () => {
    expect(actorsOf('Mr Smith (DOJ) presented the state of play')).toEqual([
      ['us-doj', 'us', 'Mr Smith (DOJ)'],
    ]);
    expect(actorsOf('Mr Smith (DOJ) and the EEAS presented')).toEqual([
      ['both', 'both', 'Mr Smith (DOJ) and the EEAS'],
    ]);
    // a lexicon word before the brackets is no name; a body in brackets later in the sentence stays alone
    expect(actorsOf('Visa Reciprocity (DOJ) was discussed')).toEqual([['us-doj', 'us', 'DOJ']]);
    expect(actorsOf('The meeting heard Mr Smith (DOJ)').at(-1)).toEqual(['us-doj', 'us', 'DOJ']);
  });

  it.each([
    'The US and EU sides',
    'EU and US experts',
    'The EU and the U.S. delegations',
    'the U.S. and EU co-chairs',
  ])('reads "%s" as both sides', (subject) => {
    expect(actorsOf(`${subject} reaffirmed the partnership`)).toEqual([['both', 'both', subject]]);
  });

  it('takes a body\'s unit after a slash into the mention ("Europol/EC3")', () => {
    expect(actorsOf('Europol/EC3 informed about operations')).toEqual([['europol', 'eu', 'Europol/EC3']]);
  });

  it('joins two actors with "as well as" like "and"', () => {
    expect(actorsOf('The EU as well as the US underlined')).toEqual([
      ['both', 'both', 'The EU as well as the US'],
    ]);
    expect(actorsOf('Europol and Eurojust as well as the FBI presented')[0]?.[0]).toBe('both');
    expect(actorsOf('The EU as well as, later, the US noted')).toHaveLength(2);
  });

  it('reads a Member State named by its Council code, as written only, and not "IT"', () => {
    expect(actorsOf('FR and NL supported the approach')).toEqual([['member-states', 'eu', 'FR and NL']]);
    expect(actorsOf('DE asked about the timeline')[0]?.[0]).toBe('member-states');
    expect(actorsOf('The AT PRES recalled')[0]?.[0]).toBe('presidency');
    expect(actorsOf('IT experts presented the tool')).toEqual([]);
    expect(actorsOf('de facto cooperation continued')).toEqual([]);
  });

  it('reads an actor with its unit in brackets as that actor, and joins it with the next', () => {
    expect(actorsOf('The Commission (DG HOME) and the EEAS debriefed')).toEqual([
      ['eu', 'eu', 'The Commission (DG HOME) and the EEAS'],
    ]);
    expect(actorsOf('The US (DHS) and the Commission (DG HOME) welcomed')).toEqual([
      ['both', 'both', 'The US (DHS) and the Commission (DG HOME)'],
    ]);
    // another side's body in brackets is not a unit of the actor
    expect(actorsOf('The Commission (US DOJ) noted').map((a) => a[0])).toEqual(['commission', 'us-doj']);
  });

  it('reads an actor with several bodies of its side listed in brackets as one speaker', () => {
    expect(actorsOf('The US (DHS, DOJ) explained')).toEqual([['us', 'us', 'The US (DHS, DOJ)']]);
    expect(actorsOf('The EU (COM and EEAS) noted')).toEqual([['eu', 'eu', 'The EU (COM and EEAS)']]);
    expect(actorsOf('The Commission (DG HOME, DG JUST) noted')).toEqual([
      ['commission', 'eu', 'The Commission (DG HOME, DG JUST)'],
    ]);
    // bodies of both sides, or more than a list, in the brackets: each speaks for itself
    expect(actorsOf('The US (DHS, Europol) noted').length).toBeGreaterThan(1);
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

  it('takes an impersonal "It was agreed that" as both sides, not as a pronoun to resolve', () => {
    const text = 'It was agreed that an expert meeting would be held in Brussels.';
    expect(findActorMentions(text, tokenizeWords(text, 0, text.length))).toEqual([
      { id: 'both', side: 'both', kind: 'named', subjectOnly: true, from: 0, to: 1, start: 0, end: 2 },
    ]);
  });

  it('takes no speaker from another impersonal passive ("It was noted that")', () => {
    const text = 'It was noted that the plan was late.';
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

  it('does not take an unknown capitalised word or a described office as a name', () => {
    expect(
      mentionsWithMemory([
        'Commissioner for Home Affairs Johansson opened the meeting.',
        'Mr Smith informed. Affairs were discussed.',
      ])[1],
    ).toEqual([]);
  });

  it('reads a Secretary named without a department as the US, but not a State Secretary or a Secretary General', () => {
    expect(actorsOf('Secretary Smith raised the issue')).toEqual([['us', 'us', 'Secretary Smith']]);
    expect(actorsOf('Secretary Jane Smith raised the issue')).toEqual([['us', 'us', 'Secretary Jane Smith']]);
    expect(actorsOf('Secretary General Guterres warned')).toEqual([]);
    expect(actorsOf('State Secretary Krösser presented')).toEqual([]);
    expect(actorsOf('Under Secretary Silvers presented')).toEqual([['us', 'us', 'Under Secretary Silvers']]);
  });

  it("reads a known Secretary's department from the name: DHS or State", () => {
    expect(actorsOf('Secretary Johnson raised the issue')).toEqual([['us-dhs', 'us', 'Secretary Johnson']]);
    expect(actorsOf('Secretary Jeh Johnson raised the issue')).toEqual([
      ['us-dhs', 'us', 'Secretary Jeh Johnson'],
    ]);
    expect(actorsOf('Secretary Blinken noted')).toEqual([['us-state', 'us', 'Secretary Blinken']]);
    expect(actorsOf('Ambassador Kelly noted').map((a) => a[0])).not.toContain('us-dhs');
  });

  it('reads a name with particles after a title, and the name after an office without its article', () => {
    expect(actorsOf('EU Counter-Terrorism Coordinator Gilles de Kerchove warned')).toEqual([
      ['eu-ctc', 'eu', 'EU Counter-Terrorism Coordinator Gilles de Kerchove'],
    ]);
    expect(actorsOf('Commissioner Ursula von der Leyen warned')[0]?.[2]).toBe(
      'Commissioner Ursula von der Leyen',
    );
    // a particle only inside a name: not after an office word, not without a capital after it
    expect(actorsOf('The EU Counter-Terrorism Coordinator de facto warned')[0]?.[2]).toBe(
      'The EU Counter-Terrorism Coordinator',
    );
    expect(actorsOf('Commissioner Ursula de la warned')[0]?.[2]).toBe('Commissioner Ursula');
  });

  it("reads a US sub-cabinet office with its portfolio, and a side's co-chair", () => {
    expect(actorsOf('The Assistant Secretary for Border and Immigration Policy explained the rule')).toEqual([
      ['us', 'us', 'The Assistant Secretary for Border and Immigration Policy'],
    ]);
    expect(actorsOf('The Deputy Assistant Secretary of State noted')).toEqual([
      ['us', 'us', 'The Deputy Assistant Secretary of State'],
    ]);
    // the portfolio ends on its last capitalised word, before the next mention
    expect(actorsOf('The Assistant Secretary for Policy and the Commission noted')).toEqual([
      ['both', 'both', 'The Assistant Secretary for Policy and the Commission'],
    ]);
    expect(actorsOf('The Assistant Secretary for the EU noted').map((a) => a[2])).toEqual([
      'The Assistant Secretary',
      'the EU',
    ]);
    expect(actorsOf('The EU co-chairs thanked the US')[0]).toEqual(['eu', 'eu', 'The EU co-chairs']);
    expect(actorsOf('US co-chair Smith concluded')[0]?.[0]).toBe('us');
  });
});

describe('findActorMentions: offices after a body, third parties', () => {
  it.each([
    ["Europol's Executive Director presented", 'europol', "Europol's Executive Director"],
    ['Eurojust’s President welcomed', 'eurojust', 'Eurojust’s President'],
    ['The FBI Director stressed', 'us-fbi', 'The FBI Director'],
    ['The Commission representative explained', 'commission', 'The Commission representative'],
    ['DHS Secretary Mayorkas noted', 'us-dhs', 'DHS Secretary Mayorkas'],
    ['US representatives noted', 'us', 'US representatives'],
    ['The Deputy Attorney General underlined', 'us-doj', 'The Deputy Attorney General'],
    ['The High Representative underlined', 'eeas', 'The High Representative'],
    [
      'The Prosecutor General of Ukraine Andriy Kostin briefed',
      'ukraine',
      'The Prosecutor General of Ukraine Andriy Kostin',
    ],
  ])('reads "%s" as %s', (text, id, mention) => {
    const [first] = actorsOf(text);
    expect([first?.[0], first?.[2]]).toEqual([id, mention]);
  });

  it('does not extend a mention into the next one, nor without an office word', () => {
    expect(actorsOf('The US Secretary of State Blinken noted').map((a) => a[0])).toEqual(['us', 'us-state']);
    expect(actorsOf('Europol Smith presented')).toEqual([['europol', 'eu', 'Europol']]);
  });

  it('gives Ukraine the side "other", never joined with one side into "both", and the country alone names nobody', () => {
    expect(actorsOf('The Ukrainian delegation thanked')).toEqual([
      ['ukraine', 'other', 'The Ukrainian delegation'],
    ]);
    expect(actorsOf('the EU and the Ukrainian delegation agreed').map((a) => a[0])).toEqual([
      'eu',
      'ukraine',
    ]);
    expect(actorsOf('Ukraine remains a priority')).toEqual([]);
  });

  it('resolves "Minister X" to the actor a fuller title gave X earlier, and remembers no office word as a name', () => {
    const names: NameMemory = new Map();
    const read = (text: string) =>
      findActorMentions(text, tokenizeWords(text, 0, text.length), names).map((m) => m.id);
    expect(read('The Ukrainian Minister of Internal Affairs Ihor Klymenko briefed the meeting.')).toEqual([
      'ukraine',
    ]);
    expect(read('Minister Klymenko thanked both sides.')).toEqual(['ukraine', 'both']);
    expect(read('The Belgian Minister of Justice and Interior welcomed the progress.')).toEqual([
      'presidency',
    ]);
    expect([...names.keys()]).toEqual(['Klymenko']);
    expect(read('Minister Verlinden welcomed the result.')).toEqual(['presidency']);
  });
});

describe('findActorMentions: the incoming Presidency by its country', () => {
  it('reads a minister or Presidency of the incoming country as the incoming Presidency, others as the Presidency', () => {
    const read = (text: string) =>
      findActorMentions(text, tokenizeWords(text, 0, text.length), new Map(), 'Belgium').map((m) => m.id);
    expect(read('The Belgian Minister of Justice Paul Van Tigchelt stated')).toEqual(['incoming-presidency']);
    expect(read('The Belgian Presidency will prioritise the file')).toEqual(['incoming-presidency']);
    expect(read('The Spanish Minister of Interior Fernando Grande-Marlaska stressed')).toEqual([
      'presidency',
    ]);
    // the country codes of Council documents
    expect(read('BE PRES presented the priorities')).toEqual(['incoming-presidency']);
    expect(read('ES PRES thanked the US')).toEqual(['presidency', 'us']);
    expect(
      findActorMentions('The Belgian Minister noted', tokenizeWords('The Belgian Minister noted', 0, 26)).map(
        (m) => m.id,
      ),
    ).toEqual(['presidency']);
  });
});

describe('findActorMentions: names after plural offices', () => {
  it('does not take a name after "the Ministers" as one person of both sides', () => {
    const names: NameMemory = new Map();
    const text = 'The Ministers Garland and Johansson welcomed the progress.';
    findActorMentions(text, tokenizeWords(text, 0, text.length), names);
    expect(names.has('Garland')).toBe(false);
  });
});

describe('findActorMentions: Council shorthand', () => {
  it.each([
    ['CION informed', 'commission'],
    ['COM presented', 'commission'],
    ['PRES recalled', 'presidency'],
    ['MS welcomed', 'member-states'],
    ['EU side underlined', 'eu'],
    ['the US officials noted', 'us'],
  ])('reads "%s" as %s', (text, id) => {
    expect(actorsOf(text)[0]?.[0]).toBe(id);
  });

  it('does not read "Ms" or "com" written otherwise as an actor', () => {
    expect(actorsOf('Ms Smith noted that the com link worked')).toEqual([]);
  });
});

describe('mayBeName: the cheap test before a remembered surname is looked up', () => {
  it('holds for every word CAPITALISED_RE accepts (so no remembered name is missed)', () => {
    const CHARS = ['M', 'a', 'y', 'É', 'é', 'ß', 'Σ', 'ς', '-', 'K', 'S', '7', '.', 'ǅ', '𝐀', 'ı'];
    const word = fc.array(fc.constantFrom(...CHARS), { minLength: 1, maxLength: 8 }).map((cs) => cs.join(''));
    fc.assert(
      fc.property(word, (w) => {
        if (CAPITALISED_RE.test(w)) expect(mayBeName(w, 0, w.length)).toBe(true);
      }),
      { numRuns: 5000 },
    );
    for (const w of ['Mayorkas', 'Grande-Marlaska', 'Élodie', 'Σωκράτης'])
      expect(mayBeName(w, 0, w.length)).toBe(true);
    for (const w of ['EU', 'DHS', 'G7', 'mayorkas', '7th', 'A'])
      expect(mayBeName(w, 0, w.length)).toBe(false);
  });
});

describe('isUnitAcronym: an acronym no lexicon knows, read in place', () => {
  it('is UNIT_ACRONYM_RE on the word, for words no lexicon knows', () => {
    const CHARS = ['E', 'C', 'T', 'Z', 'A', 'e', 'c', '7', 'É', '-', '.', ' ', ' ', 'OIA', 'ECTC'];
    const text = fc.array(fc.constantFrom(...CHARS), { maxLength: 14 }).map((cs) => cs.join(''));
    fc.assert(
      fc.property(text, (t) => {
        const words = tokenizeWords(t, 0, t.length);
        for (let k = 0; k < words.length; k++) {
          const plain = !words.isLexiconWord(k) && UNIT_ACRONYM_RE.test(words.text(k));
          expect(isUnitAcronym(words, k)).toBe(plain);
        }
      }),
      { numRuns: 3000 },
    );
  });
});
