// Hand-made OutcomeDocuments for tests: ILLUSTRATIVE, not official records. Spans are computed from the text
// the builder writes, so every span slices `source.text` exactly.
import { createHash } from 'node:crypto';
import {
  type Commitment,
  type Entity,
  type EntityKind,
  type Figure,
  type OutcomeDocument,
  OutcomeDocumentSchema,
  type Section,
  type Side,
  type Stance,
  type Statement,
  type Subtopic,
  type TopicMatch,
} from '@som/domain';

/** A statement to write: its sentence, who says it and with which stance. */
export interface StatementSpec {
  actor: string;
  side?: Side;
  stance: Stance | null;
  verb?: string;
  text: string;
  /** Substrings of `text` that are figures, with their values. */
  figures?: { text: string; value: number; unit?: string | null; qualifier?: string | null }[];
  /** Substrings of `text` that name entities. */
  entities?: { name: string; kind?: EntityKind }[];
  /** Makes the statement a commitment too. */
  commitment?: { what: string; date: string | null; place?: string | null };
}

/** A topic reference, as an id (canonical, confidence 0.9) or in full. */
export type TopicSpec = string | { id: string; label?: string; confidence?: number; matchedBy?: TopicMatch };

export interface SubtopicSpec {
  title: string;
  topic: TopicSpec;
  statements: StatementSpec[];
}

export interface SectionSpec {
  title: string;
  topic: TopicSpec;
  statements: StatementSpec[];
  subtopics?: SubtopicSpec[];
}

export interface DocumentSpec {
  id: string;
  city?: string;
  startDate: string | null;
  classification?: string | null;
  kind?: 'senior-officials' | 'ministerial' | 'other';
  sections: SectionSpec[];
}

function sideOf(actor: string): Side {
  if (actor === 'us' || actor.startsWith('us-')) return 'us';
  if (actor === 'both') return 'both';
  if (actor === 'unattributed') return 'other';
  return 'eu';
}

function topicRef(spec: TopicSpec) {
  const t = typeof spec === 'string' ? { id: spec } : spec;
  const derived = t.id.startsWith('x-');
  return {
    id: t.id,
    label: t.label ?? t.id.replace(/^x-/, '').replace(/-/g, ' '),
    confidence: t.confidence ?? (derived ? 0.3 : 0.9),
    matchedBy: t.matchedBy ?? (derived ? ('derived' as const) : ('title-alias' as const)),
  };
}

function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** Writes a small record from `spec` and returns it parsed by hand, validated against `OutcomeDocumentSchema`. */
export function buildDocument(spec: DocumentSpec): OutcomeDocument {
  const classification = spec.classification === undefined ? 'LIMITE' : spec.classification;
  let text = `Brussels, ${spec.startDate ?? 'undated'}\n\n${classification ?? ''}\n\nOUTCOME OF PROCEEDINGS\n\n`;
  text += `Subject: Illustrative test record (${spec.city ?? 'Nowhere'})\n\n`;
  const sections: Section[] = [];
  const statements: Statement[] = [];
  const figures: Figure[] = [];
  const commitments: Commitment[] = [];
  const entityMap = new Map<string, Entity>();
  let sentenceIndex = 0;

  const writeStatements = (
    list: StatementSpec[],
    sectionId: string,
    subtopic: string | null,
    topicId: string,
  ) => {
    list.forEach((s, i) => {
      if (i > 0) text += ' ';
      const start = text.length;
      text += s.text;
      const span = { start, end: text.length };
      const id = `s${statements.length + 1}`;
      const stmtFigures: Figure[] = (s.figures ?? []).map((f, k) => {
        const at = s.text.indexOf(f.text);
        if (at < 0) throw new Error(`figure "${f.text}" not in "${s.text}"`);
        return {
          id: `${id}-f${k + 1}`,
          value: f.value,
          unit: f.unit ?? null,
          qualifier: f.qualifier ?? null,
          per: null,
          text: f.text,
          span: { start: start + at, end: start + at + f.text.length },
          statementId: id,
        };
      });
      figures.push(...stmtFigures);
      const entityIds: string[] = [];
      for (const e of s.entities ?? []) {
        const at = s.text.indexOf(e.name);
        if (at < 0) throw new Error(`entity "${e.name}" not in "${s.text}"`);
        const eid = slug(e.name);
        const entity = entityMap.get(eid) ?? { id: eid, kind: e.kind ?? 'body', name: e.name, spans: [] };
        entity.spans.push({ start: start + at, end: start + at + e.name.length });
        entityMap.set(eid, entity);
        entityIds.push(eid);
      }
      if (s.commitment) {
        commitments.push({
          id: `c${commitments.length + 1}`,
          text: s.text,
          what: s.commitment.what,
          date: s.commitment.date,
          place: s.commitment.place ?? null,
          span,
          statementId: id,
          sectionId,
          topicId,
        });
      }
      statements.push({
        id,
        sectionId,
        subtopic,
        topicId,
        actor: {
          id: s.actor,
          side: s.side ?? sideOf(s.actor),
          mention: null,
          mentionSpan: null,
          resolvedFrom: null,
        },
        verb: s.verb ?? null,
        verbSpan: null,
        stance: s.stance,
        voice: 'active',
        text: s.text,
        span,
        sentenceIndex: sentenceIndex++,
        figures: stmtFigures,
        dates: [],
        entities: entityIds,
      });
    });
  };

  spec.sections.forEach((sec, i) => {
    const id = `sec-${i + 1}`;
    const start = text.length;
    text += `${i + 1}. `;
    const titleStart = text.length;
    text += sec.title;
    const titleSpan = { start: titleStart, end: text.length };
    text += '\n\n';
    const topic = topicRef(sec.topic);
    writeStatements(sec.statements, id, null, topic.id);
    const subtopics: Subtopic[] = [];
    (sec.subtopics ?? []).forEach((sub, k) => {
      text += sec.statements.length > 0 || k > 0 ? '\n\n*' : '*';
      const subStart = text.length;
      text += sub.title;
      const subSpan = { start: subStart, end: text.length };
      text += '* ';
      const subTopic = topicRef(sub.topic);
      writeStatements(sub.statements, id, sub.title, subTopic.id);
      subtopics.push({
        id: `${id}-sub-${k + 1}`,
        title: sub.title,
        topic: subTopic,
        span: subSpan,
        bodySpan: { start: subStart, end: text.length },
      });
    });
    sections.push({
      id,
      number: String(i + 1),
      title: sec.title,
      level: 1,
      parentId: null,
      kind: 'agenda-item',
      topic,
      span: { start, end: text.length },
      titleSpan,
      subtopics,
    });
    text += '\n\n';
  });
  text += `${classification ?? ''}\n`;

  const doc: OutcomeDocument = {
    schemaVersion: '1.0.0',
    parserVersion: 'test-support',
    id: spec.id,
    source: { text, sha256: createHash('sha256').update(text).digest('hex'), format: 'txt', fileName: null },
    meta: {
      documentNumber: null,
      revision: null,
      issuedOn: spec.startDate,
      issuedAt: 'Brussels',
      classification,
      language: 'EN',
      subjectCodes: [],
      documentType: 'OUTCOME OF PROCEEDINGS',
      from: null,
      to: null,
      subject: null,
      spans: {},
    },
    meeting: {
      kind: spec.kind ?? 'senior-officials',
      title: `EU-US Senior Officials Meeting (${spec.city ?? 'Nowhere'})`,
      city: spec.city ?? null,
      startDate: spec.startDate,
      endDate: spec.startDate,
      presidency: null,
      incomingPresidency: null,
      delegations: [],
      spans: {},
    },
    sections,
    statements,
    commitments,
    figures,
    entities: [...entityMap.values()].sort((a, b) => a.id.localeCompare(b.id)),
    warnings: [],
  };
  return OutcomeDocumentSchema.parse(doc);
}
