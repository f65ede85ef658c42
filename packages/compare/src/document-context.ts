import type { Entity, Figure, OutcomeDocument, Span, Statement } from '@som/domain';
import type { DocumentRef, TextSpan } from './schema/refs.js';

/** One side of a comparison, with lookups the diff passes share. */
export interface DocumentContext {
  doc: OutcomeDocument;
  ref: DocumentRef;
  /** The span with the text it slices from `source.text`. */
  textSpan(span: Span): TextSpan;
  statement(id: string): Statement | undefined;
  /** The document's entities by id. */
  entities: ReadonlyMap<string, Entity>;
  /** Figures read from a statement: its own list, plus document figures that name it. */
  figuresOf(statement: Statement): Figure[];
}

/** The summary of `doc` a MeetingDiff or TopicTimeline names it by. */
export function describeDocument(doc: OutcomeDocument): DocumentRef {
  return {
    id: doc.id,
    meeting: {
      kind: doc.meeting.kind,
      title: doc.meeting.title,
      city: doc.meeting.city,
      startDate: doc.meeting.startDate,
      endDate: doc.meeting.endDate,
    },
    classification: doc.meta.classification,
    documentNumber: doc.meta.documentNumber,
    issuedOn: doc.meta.issuedOn,
    sha256: doc.source.sha256,
  };
}

/** Builds the lookups for one document (linear in its size). */
export function createDocumentContext(doc: OutcomeDocument): DocumentContext {
  const statements = new Map(doc.statements.map((s) => [s.id, s]));
  const extraFigures = new Map<string, Figure[]>();
  for (const f of doc.figures) {
    if (f.statementId) extraFigures.set(f.statementId, [...(extraFigures.get(f.statementId) ?? []), f]);
  }
  return {
    doc,
    ref: describeDocument(doc),
    textSpan: (span) => ({
      start: span.start,
      end: span.end,
      text: doc.source.text.slice(span.start, span.end),
    }),
    statement: (id) => statements.get(id),
    entities: new Map(doc.entities.map((e) => [e.id, e])),
    figuresOf(statement) {
      const own = statement.figures;
      const extra = (extraFigures.get(statement.id) ?? []).filter(
        (f) =>
          !own.some((o) => o.id === f.id || (o.span.start === f.span.start && o.span.end === f.span.end)),
      );
      return [...own, ...extra].sort((a, b) => a.span.start - b.span.start);
    },
  };
}
