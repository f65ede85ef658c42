import { describe, expect, it } from 'vitest';
import { collectEntities, findEntityMentions } from './entities.js';
import { tokenizeWords } from './statements-words.js';

function idsOf(text: string): string[] {
  return findEntityMentions(tokenizeWords(text, 0, text.length)).map((m) => m.id);
}

describe('findEntityMentions', () => {
  it('finds agencies, instruments and programmes of the genre', () => {
    expect(
      idsOf(
        'Europol, Eurojust and Frontex, EMPACT, the ESTA denials, the EBSP, the Visa Waiver Program and the MLA Agreement',
      ),
    ).toEqual(['europol', 'eurojust', 'frontex', 'empact', 'esta', 'ebsp', 'vwp', 'mla-agreement']);
  });

  it('finds the EU data protection bodies by name and acronym', () => {
    expect(
      idsOf('the statement of the European Data Protection Board, echoed by the EDPS and the EDPB'),
    ).toEqual(['edpb', 'edps', 'edpb']);
  });

  it('tells the Budapest Convention from its Second Protocol', () => {
    expect(idsOf('the Budapest Convention and its Second Protocol')).toEqual([
      'budapest-convention',
      'budapest-second-protocol',
    ]);
  });

  it('prefers the longest alias ("ICC Rome Statute" is the Rome Statute)', () => {
    expect(idsOf('to adhere to the ICC Rome Statute and assist the ICC')).toEqual(['rome-statute', 'icc']);
  });

  it('reads the EMCDDA and the EU Drugs Agency as one entity', () => {
    expect(idsOf('the EMCDDA, now the EU Drugs Agency')).toEqual(['emcdda', 'emcdda']);
  });

  it('finds a possessive name ("Eurojust\'s new Core International Crimes Evidence Database")', () => {
    expect(idsOf("the Eurojust's new Core International Crimes Evidence Database (CICED)")).toEqual([
      'eurojust',
      'ciced',
      'ciced',
    ]);
  });

  it('matches acronyms only as written', () => {
    expect(idsOf('the ran away suspects and the g7 draft')).toEqual([]);
    expect(idsOf('the RAN study visit and the G7 Statement')).toEqual(['ran', 'g7']);
  });

  it('does not find the EU-CELAC summit inside other words', () => {
    expect(idsOf('the EU-CELAC Summit in July 2023')).toEqual(['eu-celac']);
  });
});

describe('findEntityMentions: data protection, borders and JHA instruments', () => {
  it.each([
    ['the US CLOUD Act', 'cloud-act'],
    ['travel authorisations under ETIAS', 'etias'],
    ['the entry into operation of the EES', 'ees'],
    ['the Entry/Exit System', 'ees'],
    ['the Entry-Exit System', 'ees'],
    ['the ECJ ruling', 'cjeu'],
    ['the CJEU ruling', 'cjeu'],
    ['the European Court of Justice', 'cjeu'],
    ['the designation under the Judicial Redress Act', 'judicial-redress-act'],
    ['the invalidation of Safe Harbor', 'safe-harbor'],
    ['the EU-US Privacy Shield', 'privacy-shield'],
    ['the EU-US Data Privacy Framework', 'data-privacy-framework'],
    ['the Financial Action Task Force', 'fatf'],
    ['the FATF plenary', 'fatf'],
    ['the G20 summit', 'g20'],
    ['the Core Group meeting', 'core-group-special-tribunal'],
    ['the Automated Targeting System', 'automated-targeting-system'],
    ['alerts in SIS', 'sis'],
    ['the Schengen Information System', 'sis'],
    ['the Pact on Migration and Asylum', 'migration-pact'],
    ['the Temporary Protection Directive', 'temporary-protection-directive'],
    ['Executive Order 14086', 'executive-order-14086'],
    ['the implementation of EO 14086', 'executive-order-14086'],
    ['the PCLOB report', 'pclob'],
    ['the Digital Services Act', 'digital-services-act'],
    ['obligations under the DSA', 'digital-services-act'],
    ['the E-evidence Regulation', 'e-evidence-regulation'],
    ['the EU Internet Forum', 'eu-internet-forum'],
    ['the GCTF', 'gctf'],
    ['the Global Counterterrorism Forum', 'gctf'],
    ['The High-Level Group endorsed 42 recommendations', 'hlg-access-to-data'],
    ['the EU-US High Level Contact Group', 'hlcg'],
  ])('finds "%s" as %s', (text, id) => {
    expect(idsOf(text)).toEqual([id]);
  });

  it('finds the whole Executive Order and the whole e-evidence Regulation, not a part', () => {
    const text = 'the Executive Order 14086 and the e-evidence Regulation';
    const spans = findEntityMentions(tokenizeWords(text, 0, text.length)).map((m) =>
      text.slice(m.span.start, m.span.end),
    );
    expect(spans).toEqual(['Executive Order 14086', 'e-evidence Regulation']);
  });

  it('tells the e-evidence Regulation from the EU-US e-evidence agreement', () => {
    expect(idsOf('the e-evidence agreement and the e-evidence Regulation')).toEqual([
      'e-evidence-agreement',
      'e-evidence-regulation',
    ]);
  });

  it('finds the Core Group by its full name in either case of "special tribunal"', () => {
    expect(
      idsOf(
        'the Core Group on a special tribunal for the crime of aggression and the Core Group on a Special Tribunal for the Crime of Aggression',
      ),
    ).toEqual(['core-group-special-tribunal', 'core-group-special-tribunal']);
  });

  it('matches "Core Group" and "Safe Harbor" only as written', () => {
    expect(idsOf('a core group of Member States found a safe harbor')).toEqual([]);
  });

  it('matches G20, SIS, EES and DSA only as whole acronyms', () => {
    expect(idsOf('the G200 series, the sis, the ees and the dsa; the G2 and G-20')).toEqual(['g20']);
  });
});

describe('collectEntities', () => {
  it('gives one entity per id with all its spans in text order', () => {
    const text = 'Europol and Eurojust met; Europol presented.';
    const entities = collectEntities(findEntityMentions(tokenizeWords(text, 0, text.length)));
    expect(entities.map((e) => [e.id, e.kind, e.spans.length])).toEqual([
      ['europol', 'agency', 2],
      ['eurojust', 'agency', 1],
    ]);
    for (const e of entities) for (const s of e.spans) expect(text.slice(s.start, s.end)).toBe(e.name);
  });
});
