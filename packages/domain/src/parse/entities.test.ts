import { describe, expect, it } from 'vitest';
import { collectEntities, findEntityMentions } from './entities.js';
import { tokenizeWords } from './statements-phrases.js';

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
