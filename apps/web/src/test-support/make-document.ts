/** Small hand-made documents and diffs for component tests (illustrative, not official records). */
import type { MeetingDiff, OutcomeDocument, Statement, TopicDiff } from '../lib/api-types';

const TEXT =
  '1. Visa reciprocity\n\nThe US delegation warned against delays. The EU delegation called for full reciprocity <script>alert(1)</script>.\n';

function span(text: string, part: string) {
  const start = text.indexOf(part);
  if (start < 0) throw new Error(`"${part}" not in text`);
  return { start, end: start + part.length };
}

function statement(
  id: string,
  text: string,
  part: string,
  actor: 'us' | 'eu',
  stance: Statement['stance'],
  verb: string,
): Statement {
  return {
    id,
    sectionId: 'sec-1',
    subtopic: null,
    topicId: 'visa-reciprocity',
    actor: { id: actor, side: actor, mention: null, mentionSpan: null, resolvedFrom: null },
    verb,
    verbSpan: null,
    stance,
    voice: 'active',
    text: part,
    span: span(text, part),
    sentenceIndex: 0,
    figures: [],
    dates: [],
    entities: [],
  };
}

/** A two-statement record with one section; its second statement carries a `<script>` tag as text. */
export function makeDocument(overrides: Partial<OutcomeDocument> = {}): OutcomeDocument {
  const text = TEXT;
  return {
    schemaVersion: '1.0.0',
    parserVersion: 'test',
    id: 'som-2023-03-16-stockholm',
    source: { text, sha256: 'a'.repeat(64), format: 'txt', fileName: 'sample.txt' },
    meta: {
      documentNumber: '7725/23',
      revision: null,
      issuedOn: '2023-03-24',
      issuedAt: 'Brussels',
      classification: 'LIMITE',
      language: 'en',
      subjectCodes: [],
      documentType: 'OUTCOME OF PROCEEDINGS',
      from: null,
      to: null,
      subject: null,
      spans: {},
    },
    meeting: {
      kind: 'senior-officials',
      title: 'EU-US Senior Officials Meeting (sample)',
      city: 'Stockholm',
      startDate: '2023-03-16',
      endDate: '2023-03-17',
      presidency: 'Swedish',
      incomingPresidency: null,
      delegations: [],
      spans: {},
    },
    sections: [
      {
        id: 'sec-1',
        number: '1',
        title: 'Visa reciprocity',
        level: 1,
        parentId: null,
        kind: 'agenda-item',
        topic: { id: 'visa-reciprocity', label: 'Visa reciprocity', confidence: 1, matchedBy: 'title-alias' },
        span: { start: 0, end: text.length },
        titleSpan: span(text, 'Visa reciprocity'),
        subtopics: [],
      },
    ],
    statements: [
      statement('s1', text, 'The US delegation warned against delays.', 'us', 'concern', 'warn'),
      statement(
        's2',
        text,
        'The EU delegation called for full reciprocity <script>alert(1)</script>.',
        'eu',
        'request',
        'call for',
      ),
    ],
    commitments: [],
    figures: [],
    entities: [],
    warnings: [],
    ...overrides,
  };
}

/** One continued topic where the US moved from concern to support, with a changed statement. */
export function makeTopicDiff(overrides: Partial<TopicDiff> = {}): TopicDiff {
  return {
    topic: { id: 'visa-reciprocity', label: 'Visa reciprocity' },
    status: 'continued',
    alignment: {
      baseSectionIds: ['sec-1'],
      targetSectionIds: ['sec-2'],
      baseSubtopicIds: [],
      targetSubtopicIds: [],
      baseTopicIds: ['visa-reciprocity'],
      targetTopicIds: ['visa-reciprocity'],
      baseTitles: ['Visa reciprocity'],
      targetTitles: ['Visa Waiver Program'],
      score: 1,
      method: 'topic-id',
    },
    actors: [
      {
        actor: { id: 'us', side: 'us' },
        before: ['concern'],
        after: ['support'],
        gained: ['support'],
        lost: ['concern'],
        change: 'shifted',
        baseStatementIds: ['s1'],
        targetStatementIds: ['s9'],
      },
      {
        actor: { id: 'eu', side: 'eu' },
        before: ['request'],
        after: ['request'],
        gained: [],
        lost: [],
        change: 'same',
        baseStatementIds: ['s2'],
        targetStatementIds: ['s10'],
      },
    ],
    statements: [
      {
        status: 'changed',
        baseId: 's1',
        targetId: 's9',
        similarity: 0.6,
        redline: [
          { op: 'equal', text: 'The US delegation ' },
          { op: 'delete', text: 'warned against' },
          { op: 'insert', text: 'welcomed' },
          { op: 'equal', text: ' delays.' },
        ],
        baseSpan: null,
        targetSpan: null,
        actor: { id: 'us', side: 'us' },
        baseStance: 'concern',
        targetStance: 'support',
        movedTo: null,
        movedFrom: null,
      },
      {
        status: 'unchanged',
        baseId: 's2',
        targetId: 's10',
        similarity: 1,
        redline: [],
        baseSpan: { start: 0, end: 4, text: 'same' },
        targetSpan: { start: 0, end: 4, text: 'same' },
        actor: { id: 'eu', side: 'eu' },
        baseStance: 'request',
        targetStance: 'request',
        movedTo: null,
        movedFrom: null,
      },
    ],
    figures: [],
    entities: { added: [], removed: [] },
    commitmentsDue: [],
    summary: [],
    ...overrides,
  };
}

/** A MeetingDiff around the given topics. */
export function makeDiff(topics: TopicDiff[]): MeetingDiff {
  const ref = (id: string, city: string, date: string) => ({
    id,
    meeting: {
      kind: 'senior-officials' as const,
      title: `SOM ${city}`,
      city,
      startDate: date,
      endDate: date,
    },
    classification: 'LIMITE',
    documentNumber: null,
    issuedOn: null,
    sha256: 'b'.repeat(64),
  });
  return {
    schemaVersion: '1.0.0',
    base: ref('a', 'Stockholm', '2023-03-16'),
    target: ref('b', 'Washington', '2023-11-20'),
    options: {
      topics: null,
      actor: null,
      thresholds: {
        lowConfidence: 0.5,
        topicSimilarity: 0.3,
        realignSimilarity: 0.3,
        splitSimilarity: 0.2,
        statementPair: 0.5,
        moved: 0.7,
        figureChange: 0,
      } as MeetingDiff['options']['thresholds'],
    },
    topics,
    summary: [],
    stats: {
      topicsAdded: 0,
      topicsRemoved: 0,
      topicsContinued: topics.length,
      stanceShifts: 1,
      statementsChanged: 1,
      statementsAdded: 0,
      statementsRemoved: 0,
      statementsMoved: 0,
      figuresChanged: 0,
      commitmentsDue: 0,
    },
    markings: ['LIMITE'],
  };
}
