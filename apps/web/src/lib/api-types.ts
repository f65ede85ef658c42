/**
 * Shapes of the HTTP API (see API.md). Document and comparison types come from `@som/domain` and
 * `@som/compare` as types only, so the bundle never pulls the parser, the engine or zod.
 */
import type { Actor, OutcomeDocument, Side, Span, Stance } from '@som/domain';

export type {
  ActorChange,
  CommitmentDue,
  FigureChange,
  MeetingDiff,
  StatementChange,
  SummaryBullet,
  TextSpan,
  TimelineActor,
  TimelinePoint,
  TopicDiff,
  TopicTimeline,
} from '@som/compare';
export type {
  Actor,
  Commitment,
  Entity,
  Figure,
  OutcomeDocument,
  Section,
  Side,
  Span,
  Stance,
  Statement,
} from '@som/domain';

/** One row of the library: a stored record without its body. */
export interface DocumentSummary {
  id: string;
  kind: OutcomeDocument['meeting']['kind'];
  title: string;
  city: string | null;
  startDate: string | null;
  endDate: string | null;
  documentNumber: string | null;
  issuedOn: string | null;
  classification: string | null;
  sha256: string;
  fileName: string | null;
  format: string;
  sections: number;
  statements: number;
  warnings: number;
  ingestedAt: string;
}

/** A page of library rows. */
export interface DocumentPage {
  items: DocumentSummary[];
  total: number;
  page: number;
  pageSize: number;
}

/** Answer of `POST /api/documents` (saved, already stored, or a dry-run preview). */
export interface IngestResult {
  status: 'ingested' | 'unchanged' | 'preview';
  document: OutcomeDocument;
}

/** The normalised source text of a stored record. */
export interface DocumentSource {
  id: string;
  sha256: string;
  classification: string | null;
  text: string;
}

/** A topic of the taxonomy (or derived) and how many stored meetings have it. */
export interface TopicSummary {
  id: string;
  label: string;
  meetings: number;
}

/** A piece of a search snippet; `match` pieces are the words that matched the query. */
export interface SnippetSegment {
  text: string;
  match: boolean;
}

/** One statement found by full-text search. */
export interface SearchHit {
  documentId: string;
  statementId: string;
  span: Span;
  meeting: { title: string; city: string | null; startDate: string | null; kind: string };
  classification: string | null;
  actor: Pick<Actor, 'id' | 'side'>;
  stance: Stance | null;
  topicId: string | null;
  text: string;
  snippet: SnippetSegment[];
}

/** Search results with the total count for paging. */
export interface SearchResult {
  items: SearchHit[];
  total: number;
}

/** An RFC 9457 problem as the API sends it. */
export interface Problem {
  type?: string;
  title: string;
  status: number;
  detail?: string;
  errors?: unknown;
}

/** Actor as referenced by diffs and timelines (id and side only). */
export type ActorRef = { id: string; side: Side };
