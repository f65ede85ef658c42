import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { OutcomeDocumentSchema } from '../schema/outcome-document.js';
import { PARSER_VERSION, parseOutcome } from './parse-outcome.js';

const REFERENCE = readFileSync(
  new URL('../../../../fixtures/2023-03-som-stockholm.txt', import.meta.url),
  'utf8',
);

describe('parseOutcome', () => {
  it('leaves a sub-topic label out of the first sentence under it', () => {
    const doc = parseOutcome(
      'Brussels, 20 June 2024\n(OR. en)\n11000/24\nLIMITE\nOUTCOME OF PROCEEDINGS\nSubject: EU-US JHA Senior Officials Meeting (Brussels, 13 June 2024)\n\n1. Ukraine\n\nAccountability: The EU side recalled the work of the ICPA.\n',
    );
    expect(doc.statements.map((s) => [s.subtopic, s.actor.id, s.text])).toEqual([
      ['Accountability', 'eu', 'The EU side recalled the work of the ICPA.'],
    ]);
  });

  it('parses the reference record into a valid document with its id, meta, meeting and sections', () => {
    const doc = parseOutcome(REFERENCE, { fileName: '2023-03-som-stockholm.txt' });
    expect(OutcomeDocumentSchema.safeParse(doc).success).toBe(true);
    expect(doc.id).toBe('som-2023-03-16-stockholm');
    expect(doc.parserVersion).toBe(PARSER_VERSION);
    expect(doc.source).toMatchObject({ format: 'txt', fileName: '2023-03-som-stockholm.txt' });
    expect(doc.source.text.trim()).toBe(REFERENCE.trim());
    expect(doc.meta).toMatchObject({
      documentNumber: '7725/23',
      issuedOn: '2023-03-24',
      classification: 'LIMITE',
    });
    expect(doc.meta.subjectCodes).toHaveLength(15);
    expect(doc.meeting).toMatchObject({
      kind: 'senior-officials',
      city: 'Stockholm',
      presidency: 'Sweden',
      incomingPresidency: 'Spain',
    });
    expect(doc.sections.map((s) => s.topic.id)).toEqual([
      'introduction',
      'ukraine-war',
      'counter-terrorism',
      'e-evidence',
      'going-dark',
      'organised-crime',
      'mla-extradition',
      'visa-reciprocity',
      'presidency-priorities',
    ]);
    expect(doc.sections[1]?.subtopics).toHaveLength(5);
    expect(doc.statements.length).toBeGreaterThan(20);
    expect(doc.warnings.map((w) => w.code)).not.toContain('pass-failed');
  });

  it('gives a valid document with empty-input for an empty string', () => {
    const doc = parseOutcome('');
    expect(OutcomeDocumentSchema.safeParse(doc).success).toBe(true);
    expect(doc.warnings.map((w) => w.code)).toContain('empty-input');
    expect(doc.id).toMatch(/^doc-[0-9a-f]{12}$/);
  });

  it('warns binary-content for binary junk', () => {
    const junk = Array.from({ length: 500 }, (_, i) => String.fromCharCode(i % 32)).join('');
    const doc = parseOutcome(junk);
    expect(doc.warnings.map((w) => w.code)).toContain('binary-content');
  });

  it('warns not-an-outcome-record for prose from another genre', () => {
    const doc = parseOutcome('Preheat the oven. Mix the flour and the butter. Bake for twenty minutes.');
    expect(doc.warnings.map((w) => w.code)).toContain('not-an-outcome-record');
  });

  it('parses a joint statement into paragraph sections, ministerial, without LIMITE', () => {
    const doc = parseOutcome(
      'Joint EU-U.S. statement following the EU-U.S. Justice and Home Affairs Ministerial Meeting\n\nWashington D.C., 15 December 2022\n\n1. The United States and the European Union met in Washington to reaffirm their strong partnership.\n\n2. The European Union and the United States condemned Russia’s war of aggression against Ukraine.\n',
    );
    expect(doc.id).toBe('ministerial-2022-12-15-washington-dc');
    expect(doc.meta.classification).toBeNull();
    expect(doc.sections.map((s) => [s.kind, s.topic.id])).toEqual([
      ['paragraph', 'introduction'],
      ['paragraph', 'ukraine-war'],
    ]);
  });

  it('reads raw PDF-extracted text: footers removed, paragraph rejoined, spans valid', () => {
    const raw = REFERENCE.replace(
      'The US delegation identified cyberattacks',
      'The US delegation identified\n7725/23 RS/mr 2\nJAI.1 LIMITE EN\ncyberattacks',
    );
    const doc = parseOutcome(raw, { format: 'pdf' });
    expect(doc.source.text).toContain('The US delegation identified cyberattacks');
    const w = doc.warnings.find((x) => x.code === 'footer-inside-paragraph');
    expect(w?.span && doc.source.text.slice(w.span.start, w.span.end)).toBe('identified cyberattacks');
  });
});
