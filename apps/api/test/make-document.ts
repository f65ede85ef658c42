import { createHash } from 'node:crypto';
import { type OutcomeDocument, OutcomeDocumentSchema, SCHEMA_VERSION, type Stance } from '@som/domain';

/** One statement of a hand-built test document. */
export interface TestStatement {
  actor: 'us' | 'eu' | 'both';
  stance: Stance;
  verb: string;
  text: string;
}

/** One section of a hand-built test document. */
export interface TestSection {
  topicId: string;
  title: string;
  statements: TestStatement[];
}

/**
 * Builds a small valid OutcomeDocument by hand (independent of the parser), with every span slicing
 * to its text, for store and route tests that must not depend on parser output.
 */
export function makeDocument(options: {
  id: string;
  startDate?: string | null;
  classification?: string | null;
  city?: string | null;
  sections: TestSection[];
}): OutcomeDocument {
  let text = `Outcome of the EU-US JHA Senior Officials Meeting (illustrative test record ${options.id})\n\n`;
  const sections: OutcomeDocument['sections'] = [];
  const statements: OutcomeDocument['statements'] = [];
  options.sections.forEach((section, si) => {
    const start = text.length;
    const heading = `${si + 1}. ${section.title}`;
    text += `${heading}\n\n`;
    for (const st of section.statements) {
      const s = text.length;
      text += `${st.text} `;
      statements.push({
        id: `st-${statements.length + 1}`,
        sectionId: `sec-${si + 1}`,
        subtopic: null,
        topicId: section.topicId,
        actor: { id: st.actor, side: st.actor, mention: null, mentionSpan: null, resolvedFrom: null },
        verb: st.verb,
        verbSpan: null,
        stance: st.stance,
        voice: 'active',
        text: st.text,
        span: { start: s, end: s + st.text.length },
        sentenceIndex: statements.length,
        figures: [],
        dates: [],
        entities: [],
      });
    }
    text = `${text.trimEnd()}\n\n`;
    sections.push({
      id: `sec-${si + 1}`,
      number: String(si + 1),
      title: section.title,
      level: 1,
      parentId: null,
      kind: 'agenda-item',
      topic: { id: section.topicId, label: section.title, confidence: 1, matchedBy: 'title-alias' },
      span: { start, end: text.trimEnd().length },
      titleSpan: { start: start + heading.indexOf(section.title), end: start + heading.length },
      subtopics: [],
    });
  });
  const doc: OutcomeDocument = {
    schemaVersion: SCHEMA_VERSION,
    parserVersion: 'test',
    id: options.id,
    source: { text, sha256: createHash('sha256').update(text).digest('hex'), format: 'txt', fileName: null },
    meta: {
      documentNumber: null,
      revision: null,
      issuedOn: null,
      issuedAt: null,
      classification: options.classification ?? null,
      language: null,
      subjectCodes: [],
      documentType: null,
      from: null,
      to: null,
      subject: null,
      spans: {},
    },
    meeting: {
      kind: 'senior-officials',
      title: `Test meeting ${options.id}`,
      city: options.city ?? null,
      startDate: options.startDate ?? null,
      endDate: options.startDate ?? null,
      presidency: null,
      incomingPresidency: null,
      delegations: [],
      spans: {},
    },
    sections,
    statements,
    commitments: [],
    figures: [],
    entities: [],
    warnings: [],
  };
  return OutcomeDocumentSchema.parse(doc);
}

/** Two related meetings: visa reciprocity continues with a US stance shift, e-evidence is new in the second. */
export function makeMeetingPair(): [OutcomeDocument, OutcomeDocument] {
  const first = makeDocument({
    id: 'som-2023-03-16-stockholm',
    startDate: '2023-03-16',
    classification: 'LIMITE',
    city: 'Stockholm',
    sections: [
      {
        topicId: 'visa-reciprocity',
        title: 'Visa reciprocity',
        statements: [
          {
            actor: 'eu',
            stance: 'request',
            verb: 'call for',
            text: 'The EU called for full visa reciprocity with all Member States.',
          },
          {
            actor: 'us',
            stance: 'information',
            verb: 'inform',
            text: 'The US informed about progress in the Visa Waiver Program.',
          },
        ],
      },
      {
        topicId: 'drugs',
        title: 'Drugs',
        statements: [
          {
            actor: 'both',
            stance: 'concern',
            verb: 'warn',
            text: 'Both sides warned about synthetic drugs.',
          },
        ],
      },
    ],
  });
  const second = makeDocument({
    id: 'som-2023-10-12-washington',
    startDate: '2023-10-12',
    classification: 'LIMITE',
    city: 'Washington',
    sections: [
      {
        topicId: 'visa-reciprocity',
        title: 'Visa reciprocity',
        statements: [
          {
            actor: 'eu',
            stance: 'request',
            verb: 'call for',
            text: 'The EU called for full visa reciprocity with all Member States.',
          },
          {
            actor: 'us',
            stance: 'concern',
            verb: 'warn',
            text: 'The US warned that the Visa Waiver Program conditions were not met.',
          },
        ],
      },
      {
        topicId: 'e-evidence',
        title: 'E-evidence',
        statements: [
          {
            actor: 'eu',
            stance: 'support',
            verb: 'welcome',
            text: 'The EU welcomed the e-evidence agreement talks.',
          },
        ],
      },
    ],
  });
  return [first, second];
}
