import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normaliseText } from './normalise.js';
import { cleanCharacters } from './normalise-characters.js';
import { collectVocabulary, createVocabularyLookup } from './normalise-hyphens.js';

const HEADER = 'Brussels, 14 March 2017\n(OR. en)\n7163/17\nLIMITE\n\nSubject: Outcome of proceedings\n\n';

function norm(raw: string) {
  return normaliseText(raw);
}

describe('normaliseText: characters', () => {
  it('turns CRLF into LF, drops the BOM, expands ligatures and non-breaking spaces', () => {
    expect(norm('\uFEFFThe ﬁrst ﬂow\u00A0of data.\r\n\r\nNext.').text).toBe(
      'The first flow of data.\n\nNext.\n',
    );
  });

  it('removes control characters and warns', () => {
    const r = norm('The US\u0000 side warned.');
    expect(r.text).toBe('The US side warned.\n');
    expect(r.warnings.map((w) => w.code)).toEqual(['control-characters']);
  });

  it('gives an empty text for whitespace only', () => {
    expect(norm(' \n\t\n ').text).toBe('');
  });
});

describe('normaliseText: page footers', () => {
  it('removes a footer split over five lines in mid-paragraph and rejoins the paragraph', () => {
    const r = norm(
      `${HEADER}The EU delegation underlined the need to understand how\n7163/17 DGD1B\nPC/pf\n1\nLIMITE\nEN\nextremism works to prevent it.`,
    );
    expect(r.text).toContain('understand how extremism works to prevent it.');
    expect(r.text).not.toContain('PC/pf');
    const warning = r.warnings.find((w) => w.code === 'footer-inside-paragraph');
    expect(warning?.span && r.text.slice(warning.span.start, warning.span.end)).toBe('how extremism');
  });

  it('removes a glued "LIMITEEN" footer with a directorate code and initials', () => {
    const r = norm(
      `${HEADER}The US side warned against it.\n9531/14 WvdR/nc 2 DG D LIMITEEN\nThe EU side agreed.`.replace(
        '7163/17',
        '9531/14',
      ),
    );
    expect(r.text).not.toMatch(/WvdR|LIMITEEN/);
    expect(r.text).toContain('The US side warned against it.\n\nThe EU side agreed.');
    expect(r.warnings.map((w) => w.code)).not.toContain('footer-inside-paragraph');
  });

  it('removes an annex footer and keeps the annex heading that follows', () => {
    const r = norm(
      `${HEADER}Both sides agreed.\n7163/17 ANNEX JAI.1 RS/mr 3 LIMITE EN\nANNEX\nList of participants`,
    );
    expect(r.text).toContain('Both sides agreed.\n\nANNEX\n\nList of participants');
    expect(r.text).not.toContain('RS/mr');
  });

  it('keeps the cover page when its number, LIMITE and subject codes ("JAI 900") stand on lines of their own', () => {
    const raw =
      'Council of the European Union\nBrussels, 20 June 2024\n(OR. en)\n10999/24\nLIMITE\nJAI 900\nUSA 50\nOUTCOME OF PROCEEDINGS\nFrom: General Secretariat\nSubject: Meeting\n\nThe US side noted progress.\n';
    const { text } = norm(raw);
    expect(text).toContain('\n10999/24\n');
    expect(text).toContain('LIMITE');
    expect(text).toContain('JAI 900');
  });

  it('still removes a footer with drafter initials printed before the subject line', () => {
    const raw =
      'Brussels, 20 June 2024\n10999/24\nRS/mr 1\nJAI.1 LIMITE EN\nSubject: Meeting\n\nThe US side noted progress.\n';
    expect(norm(raw).text).not.toContain('RS/mr');
  });

  it('finds footers by pattern when the header has no document number', () => {
    const r = norm('The US side noted the\n12913/17 EG/np 1 DGD 2C\nprogress made.');
    expect(r.text).toBe('The US side noted the progress made.\n');
  });

  it('cuts a footer glued to the end of a text line', () => {
    const r = norm(
      `${HEADER}The EU side informed the 7163/17 RS/mr 2 JAI.1 LIMITE EN\nUS side of the plans.`,
    );
    expect(r.text).toContain('The EU side informed the US side of the plans.');
  });

  it('keeps the cover page number and LIMITE (no initials, no page number)', () => {
    const r = norm(HEADER);
    expect(r.text).toContain('7163/17\nLIMITE');
  });
});

describe('normaliseText: line wraps and hyphens', () => {
  it('joins a Subject wrapped before its place-and-date line, but not a place-and-date line after a full Subject', () => {
    const wrapped = norm(
      'OUTCOME OF PROCEEDINGS\nSubject:\nOutcome of the EU - US Justice and Home Affairs Senior Officials Meeting,\nValletta, 1-2 March 2017\nI. INTRODUCTION',
    );
    expect(wrapped.text).toContain('Senior Officials Meeting, Valletta, 1-2 March 2017\n');
    const separate = norm('Subject: Outcome of proceedings\nBrussels, 24 March 2023');
    expect(separate.text).toContain('Outcome of proceedings\nBrussels, 24 March 2023');
  });

  it('joins a Subject tail written on its own line: "- Place, date", "(Place, date)", "- Outcome of proceedings"', () => {
    const dashed = norm(
      'Subject: EU-US JHA Senior Officials Meeting\n- Helsinki, 3-4 December 2019\n\nThe US side noted progress.',
    );
    expect(dashed.text).toContain(
      'Subject: EU-US JHA Senior Officials Meeting - Helsinki, 3-4 December 2019\n',
    );
    const bracketed = norm(
      'Subject: EU-U.S. Justice and Home Affairs Ministerial Meeting\n\n(Washington, 21-22 June 2018)\n- Outcome of proceedings\n\nThe US side noted progress.',
    );
    expect(bracketed.text).toContain(
      'Subject: EU-U.S. Justice and Home Affairs Ministerial Meeting (Washington, 21-22 June 2018) - Outcome of proceedings\n',
    );
    // a bullet after the Subject that is not its tail stays a line of its own
    const bullet = norm(
      'Subject: EU-US JHA Senior Officials Meeting\n- the US side noted progress on visas.',
    );
    expect(bullet.text).toContain('Meeting\n');
  });

  it('rejoins hard-wrapped lines into one paragraph per line', () => {
    const r = norm(
      'The US delegation referred to the situation in Mexico where the heavily armed drug\ncartels that ship fentanyl to the United States are now branching out to Europe. The\nUS considers the situation a matter of global concern.',
    );
    expect(r.text.split('\n').filter(Boolean)).toHaveLength(1);
  });

  it('keeps each entry of a list of participants after ANNEX on its own line, but joins a wrapped entry', () => {
    const r = norm(
      'The meeting ended with a long sentence that fills the whole of its line, as body text does here.\nANNEX\nCarmelo Abela, Minister for Home Affairs and National Security, Malta\nDimitris Avramopoulos, Commissioner for Migration, Home Affairs and\nCitizenship\nJeff Sessions, Attorney General',
    );
    expect(r.text).toContain(
      'Carmelo Abela, Minister for Home Affairs and National Security, Malta\n\nDimitris Avramopoulos, Commissioner for Migration, Home Affairs and Citizenship\n\nJeff Sessions, Attorney General',
    );
  });

  it('joins wrapped lines in an ANNEX that a cover note says holds the record', () => {
    const r = norm(
      'Delegations will find in the Annex the outcome of proceedings of the above meeting.\nANNEX\nCommissioner Reynders informed that the trilogues on the e-evidence package had started. AG\nGarland recalled that the CLOUD Act allowed executive agreements.',
    );
    expect(r.text).toContain('had started. AG Garland recalled');
  });

  it("ends a paragraph at a sentence whose line had room for the next line's first word", () => {
    const wrapped = [
      'The EU Counter-Terrorism Coordinator outlined the threat posed by returning foreign',
      'terrorist fighters. The US side noted its concern about the situation in Afghanistan and',
      'stressed the need for close cooperation on screening. The EU side agreed and recalled the',
      'Council Conclusions on Afghanistan adopted in October 2021.',
      'Europol presented the latest figures on migrant smuggling in the Western Balkans region.',
      'The US side welcomed the figures and stressed that the cooperation with Europol was key.',
    ];
    const r = norm(`${HEADER}${wrapped.join('\n')}\n`);
    expect(r.text).toContain('in October 2021.\n\nEuropol presented the latest figures');
    // a full line ending a sentence is no paragraph end: its next word did not fit
    expect(r.text).toContain('Western Balkans region. The US side welcomed');
  });

  it('joins a word broken by a soft hyphen at the end of a line', () => {
    const r = norm(
      'The Commission in\u00AD\nformed the participants about the state of play of the negotia\u00AD\ntions.',
    );
    expect(r.text).toBe(
      'The Commission informed the participants about the state of play of the negotiations.\n',
    );
  });

  it('joins a word hyphenated across lines but keeps real hyphens', () => {
    const r = norm(
      'The Swedish Presiden-\ncy noted that end-to-\nend encryption and EU-\nUS cooperation and cross-\nborder access were discussed at length by all the participants present.',
    );
    expect(r.text).toContain(
      'Swedish Presidency noted that end-to-end encryption and EU-US cooperation and cross-border access',
    );
  });

  it('keeps a hyphen the rest of the document writes (vocabulary)', () => {
    const r = norm(
      'The long-standing issue of the ad-hoc working party was discussed by all of the long-\nstanding partners present here.',
    );
    expect(r.text).toContain('long-standing partners');
  });

  it('drops the hyphen when the document writes the word joined', () => {
    const r = norm(
      'Both sides discussed cyberattacks at length, and new threats appeared today as more cyber-\nattacks were seen in the region by all of them.',
    );
    expect(r.text).toContain('more cyberattacks were');
  });

  it('joins a heading number standing alone with its title, and a field label with its value', () => {
    const r = norm(
      'From:\n\nGeneral Secretariat of the Council\n\nSubject:\n\nOutcome of proceedings\n\n1.\n\nIntroduction\n\nThe Presidency opened the meeting.',
    );
    expect(r.text).toContain('From: General Secretariat of the Council');
    expect(r.text).toContain('Subject: Outcome of proceedings');
    expect(r.text).toContain('1. Introduction\n\nThe Presidency opened the meeting.');
  });

  it('keeps a heading on its own line when the paragraph follows without a blank line', () => {
    const r = norm(
      'II. Counter-terrorism\nThe US side warned that right-wing terrorism is on the rise in several countries.',
    );
    expect(r.text).toBe(
      'II. Counter-terrorism\n\nThe US side warned that right-wing terrorism is on the rise in several countries.\n',
    );
  });

  it('keeps a sub-topic line of its own after a full last line of a paragraph', () => {
    const r = norm(
      'Eurojust reported that ICPA was now fully operational and that five national prosecutors had\nbeen seconded to it. The EU side underlined the importance of the Core Group on a special\ntribunal for the crime of aggression and of the work of the International Register of Damage.\nSanctions and export controls\nThe US side called for closer cooperation on the prosecution of sanctions evasion through\nthird countries.',
    );
    expect(r.text).toContain('Register of Damage.\n\nSanctions and export controls\n\nThe US side called');
  });

  it('rejoins a Subject wrapped over two lines', () => {
    const r = norm(
      'Subject: Outcome of proceedings of the EU-US Senior Officials Meeting on Justice and Home\nAffairs (Stockholm, 16-17 March 2023)\nSummary',
    );
    expect(r.text).toContain('Justice and Home Affairs (Stockholm, 16-17 March 2023)\n');
    expect(r.text).toMatch(/\nSummary\n$/);
  });

  it('keeps agenda items written "Item 2 – …" or "Session I: …" on lines of their own', () => {
    const r = norm(
      'Session I: Home Affairs\nItem 1 – Counter-terrorism\nThe US side presented its new strategy on\nterrorism.\nItem 2 – Migration and border management\nThe EU side informed about the Pact.',
    );
    expect(r.text).toBe(
      'Session I: Home Affairs\n\nItem 1 – Counter-terrorism\n\nThe US side presented its new strategy on terrorism.\n\nItem 2 – Migration and border management\n\nThe EU side informed about the Pact.\n',
    );
  });

  it('rejoins a Subject whose date stands alone after a blank line', () => {
    const r = norm(
      'Subject:\n\nEU-U.S. Justice and Home Affairs Senior Officials Meeting, Helsinki,\n\n19-20 September 2019\n\nINTRODUCTION\n\nThe Presidency opened the meeting.',
    );
    expect(r.text).toContain(
      'Subject: EU-U.S. Justice and Home Affairs Senior Officials Meeting, Helsinki, 19-20 September 2019\n',
    );
  });

  it('leaves the already clean reference layout unchanged', () => {
    const clean =
      'Brussels, 24 March 2023\n(OR. en)\n\n7725/23\n\nLIMITE\n\nJAIEX 14\nJAI 345\n\nSummary\n\nBoth sides met.\n';
    expect(norm(clean).text).toBe(clean);
  });
});

describe('normaliseText: footnotes', () => {
  it('moves a footnote after the paragraph that calls it, past the page footer', () => {
    const r = norm(
      `${HEADER}The Standing Committee1 met and the Parties\n____\n1 The Standing Committee on Operational\nCooperation on Internal Security.\n7163/17 RS/mr 1 JAI.1 LIMITE EN\nagreed to meet again.\n\n2. Visa`,
    );
    expect(r.text).toContain(
      'The Standing Committee1 met and the Parties agreed to meet again.\n\n____\n1 The Standing Committee on Operational Cooperation on Internal Security.\n\n2. Visa',
    );
    expect(r.warnings.map((w) => w.code)).not.toContain('footnote-detached');
  });

  it('moves a footnote printed with no rule line (PDF text) after its paragraph, idempotently', () => {
    const raw = `${HEADER}The Standing Committee1 met and the Parties\n1 The Standing Committee on Operational\nCooperation on Internal Security.\n7163/17 RS/mr 1 JAI.1 LIMITE EN\nagreed to meet again.\n\n2. Visa`;
    const r = norm(raw);
    expect(r.text).toContain(
      'The Standing Committee1 met and the Parties agreed to meet again.\n\n____\n1 The Standing Committee on Operational Cooperation on Internal Security.\n\n2. Visa',
    );
    expect(norm(r.text).text).toBe(r.text);
  });

  it('reads a footnote whose number stands alone on its line, called by a hyphenated word', () => {
    const r = norm(
      `${HEADER}The latter presented its list of foreign terrorist fight-\ners1.\n\n2. Visa\nThe EU side informed the meeting.\n3. Other business\nNothing was raised.\n_____________________\n1\nList of persons kept by Europol\nunder the Centre.\n7163/17 RS/mr 2\nJAI.1 LIMITE EN\nANNEX`,
    );
    expect(r.text).toContain(
      'foreign terrorist fighters1.\n\n____\n1 List of persons kept by Europol under the Centre.\n\n2. Visa',
    );
    expect(r.text).not.toMatch(/^1$/m);
    expect(r.warnings.map((w) => w.code)).not.toContain('footnote-detached');
  });

  it('finds a call printed after the final dot of a sentence ("in advance.1")', () => {
    const r = norm(
      `${HEADER}The Commission underlined that measures should be discussed in advance.1\nBoth sides agreed.\n\n2. Visa\nThe EU side informed the meeting.\n____\n1 The Commission referred to an earlier discussion.`,
    );
    expect(r.text).toContain(
      'in advance.1 Both sides agreed.\n\n____\n1 The Commission referred to an earlier discussion.\n\n2. Visa',
    );
    expect(r.warnings.map((w) => w.code)).not.toContain('footnote-detached');
  });

  it('does not take a number alone with no text right under it as a note', () => {
    const r = norm('The Parties met.\n____\n3\n\nThe end of the meeting.');
    expect(r.text).not.toContain('3 The end');
    expect(r.text).toContain('The end of the meeting.');
  });

  it('warns footnote-detached when no call mark is found', () => {
    const r = norm('The Parties met.\n____\n3 A note nobody calls.\n\nThe end.');
    const w = r.warnings.find((x) => x.code === 'footnote-detached');
    expect(w?.span && r.text.slice(w.span.start, w.span.end)).toBe('3 A note nobody calls.');
  });
});

describe('normaliseText: idempotence on examples', () => {
  it.each([
    `${HEADER}The Standing Committee1 met.\n____\n1 Note.\n7163/17 RS/mr 1 JAI.1 LIMITE EN\nagreed.`,
    'From:\nGeneral Secretariat\nTo:\nDelegations\n1.\nIntroduction\nText here.',
    'Council of the\nEuropean Union\nBrussels, 1 March 2017\n7163/17\nLIMITE\nJAIEX 14 JAI 345 USA 24',
  ])('normalising twice changes nothing (%#)', (raw) => {
    const once = norm(raw).text;
    expect(norm(once).text).toBe(once);
  });
});

describe('normaliseText: its own output needs no cleaning (a second pass skips it)', () => {
  it('writes clean characters, single spaces and trimmed lines, whatever the input', () => {
    const unit = fc.constantFrom(
      ...[
        ' ',
        ' ',
        '\t',
        '\u00a0',
        '\u2028',
        '\u0085',
        '\r',
        '\f',
        '\ufeff',
        '\u00ad',
        '\u200b',
        'ﬁ',
        '\u2011',
      ],
      ...['a', 'B', '-', '1', '\n', '\n', '____', '(', ')', 'Subject:', '7163/17 RS/mr 1', '\u0000'],
    );
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 60 }), (raw) => {
        const { text } = norm(raw);
        expect(cleanCharacters(text)).toEqual({ text, controlCount: 0 });
        expect(text).not.toMatch(/ {2}|^ | $/m);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('collectVocabulary', () => {
  it('gives the words of two letters or more, hyphenated ones whole, lower-cased', () => {
    expect([...collectVocabulary('The EU-US e-evidence -talks- a x-1 Ábc')].sort()).toEqual(
      ['ábc', 'e-evidence', 'eu-us', 'talks', 'the'].sort(),
    );
  });

  it('finds what /\\p{L}[\\p{L}-]*\\p{L}/gu finds, astral letters and stray surrogates included', () => {
    const byRegExp = (text: string) =>
      new Set([...text.matchAll(/\p{L}[\p{L}-]*\p{L}/gu)].map((m) => m[0].toLowerCase()));
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.constantFrom('a', 'B', '-', ' ', 'é', '𝒜', '\ud835', '1', 'İ', '.'),
          maxLength: 30,
        }),
        (s) => {
          expect([...collectVocabulary(s)].sort()).toEqual([...byRegExp(s)].sort());
        },
      ),
      { numRuns: 500 },
    );
  });

  it('is answered by createVocabularyLookup without collecting, word for word', () => {
    const unit = fc.constantFrom('a', 'B', '-', ' ', 'é', '𝒜', '\ud835', '\udc9c', '1', 'İ', '.', 'Σ', 'σ');
    fc.assert(
      fc.property(
        fc.string({ unit, maxLength: 30 }),
        fc.array(fc.string({ unit, maxLength: 6 })),
        (s, probes) => {
          const set = collectVocabulary(s);
          const has = createVocabularyLookup(s);
          for (const word of [...set, ...probes.map((p) => p.toLowerCase())])
            expect(has(word)).toBe(set.has(word));
        },
      ),
      { numRuns: 1000 },
    );
  });
});
