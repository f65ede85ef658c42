import type { OutcomeDocument, Statement } from '@som/domain';
import { describe, expect, it } from 'vitest';
import { renderOutline } from './render-outline.js';

// A tiny hand-made document (ILLUSTRATIVE, not an official record): the renderer only reads fields.
const TEXT =
  '1. Visa\nThe US delegation warned against delays. It welcomed the plan.\nNext meeting in June 2023 in Washington.';

function statement(id: string, overrides: Partial<Statement>): Statement {
  return {
    id,
    sectionId: 's1',
    subtopic: null,
    topicId: 'visa-reciprocity',
    actor: { id: 'us', side: 'us', mention: 'The US delegation', mentionSpan: null, resolvedFrom: null },
    verb: 'warn',
    verbSpan: null,
    stance: 'concern',
    voice: 'active',
    text: 'The US delegation warned against delays.',
    span: { start: 8, end: 48 },
    sentenceIndex: 0,
    figures: [],
    dates: [],
    entities: [],
    ...overrides,
  };
}

function buildDocument(overrides: Partial<OutcomeDocument> = {}): OutcomeDocument {
  return {
    schemaVersion: '1.0.0',
    parserVersion: 'test',
    id: 'sample',
    source: { text: TEXT, sha256: '0'.repeat(64), format: 'txt', fileName: null },
    meta: {
      documentNumber: '1234/23',
      revision: null,
      issuedOn: '2023-03-24',
      issuedAt: 'Brussels',
      classification: 'LIMITE',
      language: 'en',
      subjectCodes: [],
      documentType: 'OUTCOME OF PROCEEDINGS',
      from: null,
      to: null,
      subject: 'Sample  subject\nover two lines',
      spans: {},
    },
    meeting: {
      kind: 'senior-officials',
      title: 'EU-US SOM',
      city: 'Stockholm',
      startDate: '2023-03-16',
      endDate: '2023-03-17',
      presidency: 'Sweden',
      incomingPresidency: 'Spain',
      delegations: [],
      spans: {},
    },
    sections: [
      {
        id: 's1',
        number: '1',
        title: 'Visa',
        level: 1,
        parentId: null,
        kind: 'agenda-item',
        topic: {
          id: 'visa-reciprocity',
          label: 'Visa reciprocity',
          confidence: 0.9,
          matchedBy: 'title-alias',
        },
        span: { start: 0, end: 70 },
        titleSpan: { start: 3, end: 7 },
        subtopics: [],
      },
    ],
    statements: [
      statement('st1', {}),
      statement('st2', {
        actor: { id: 'us', side: 'us', mention: 'It', mentionSpan: null, resolvedFrom: 'st1' },
        verb: 'welcome',
        stance: 'support',
        text: 'It welcomed the plan.',
        span: { start: 49, end: 70 },
        sentenceIndex: 1,
      }),
    ],
    commitments: [
      {
        id: 'c1',
        text: 'Next meeting in June 2023 in Washington.',
        what: 'Next meeting',
        date: '2023-06',
        place: 'Washington',
        span: { start: 71, end: 111 },
        statementId: null,
        sectionId: 's1',
        topicId: 'next-meetings',
      },
    ],
    figures: [],
    entities: [],
    warnings: [],
    ...overrides,
  };
}

describe('renderOutline', () => {
  it('starts with the document line and the meeting line', () => {
    const lines = renderOutline(buildDocument()).split('\n');
    expect(lines[0]).toBe(
      'Document: 1234/23 · LIMITE · OUTCOME OF PROCEEDINGS · issued 2023-03-24 in Brussels',
    );
    expect(lines[1]).toBe('Meeting: EU-US SOM · Stockholm · 2023-03-16 to 2023-03-17 · senior-officials');
    expect(lines).toContain('Presidency: Sweden (incoming: Spain)');
    expect(lines).toContain('Subject: Sample subject over two lines');
  });

  it('shows each section with its topic and its statements with actor, stance and verb', () => {
    const out = renderOutline(buildDocument());
    expect(out).toContain('1. Visa  [visa-reciprocity]');
    expect(out).toContain('   - us · concern (warn): The US delegation warned against delays.');
  });

  it('says when an actor was resolved from a pronoun', () => {
    expect(renderOutline(buildDocument())).toContain(
      '- us (via It) · support (welcome): It welcomed the plan.',
    );
  });

  it('lists commitments with date and place', () => {
    expect(renderOutline(buildDocument())).toContain('  - [2023-06, Washington] Next meeting');
  });

  it('flags a low-confidence topic instead of hiding it', () => {
    const doc = buildDocument();
    doc.sections[0]!.topic = { id: 'x-visa', label: 'Visa', confidence: 0.2, matchedBy: 'derived' };
    expect(renderOutline(doc)).toContain('[x-visa, low confidence 0.20]');
  });

  it('keeps statements that belong to no section', () => {
    const doc = buildDocument();
    doc.statements[0]!.sectionId = null;
    const out = renderOutline(doc);
    expect(out).toContain('(outside any section)');
    expect(out).toContain('The US delegation warned against delays.');
  });

  it('groups statements under their sub-topic', () => {
    const doc = buildDocument();
    doc.sections[0]!.subtopics = [
      {
        id: 's1-t1',
        title: 'Visa Waiver Program',
        topic: {
          id: 'visa-reciprocity',
          label: 'Visa reciprocity',
          confidence: 0.8,
          matchedBy: 'title-terms',
        },
        span: { start: 0, end: 1 },
        bodySpan: { start: 0, end: 1 },
      },
    ];
    doc.statements[1]!.subtopic = 'Visa Waiver Program';
    const lines = renderOutline(doc).split('\n');
    const sub = lines.indexOf('   * Visa Waiver Program  [visa-reciprocity]');
    expect(sub).toBeGreaterThan(0);
    expect(lines[sub + 1]).toMatch(/^ {6}- us \(via It\)/);
  });

  it('counts warnings by code, and says when there are none', () => {
    expect(renderOutline(buildDocument())).toMatch(/^Warnings: none$/m);
    const doc = buildDocument({
      warnings: [
        { code: 'unattributed-sentence', message: 'x', span: null },
        { code: 'unattributed-sentence', message: 'y', span: null },
        { code: 'no-meeting-dates', message: 'z', span: null },
      ],
    });
    expect(renderOutline(doc)).toMatch(/^Warnings \(3\): unattributed-sentence x2, no-meeting-dates$/m);
  });

  it('says when no commitment was found', () => {
    expect(renderOutline(buildDocument({ commitments: [] }))).toMatch(/^Commitments: none found$/m);
  });
});
