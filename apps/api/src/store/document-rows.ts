import { createHash } from 'node:crypto';
import type { OutcomeDocument } from '@som/domain';
import type { DocumentSummary } from '../schemas/api-schemas.js';

/** The `documents` row of a parse, minus id, hashes of the original and timestamps. */
export interface DocumentColumns {
  text_sha256: string;
  parse_sha256: string;
  format: string;
  kind: string;
  title: string;
  city: string | null;
  start_date: string | null;
  end_date: string | null;
  meeting_date: string | null;
  document_number: string | null;
  issued_on: string | null;
  classification: string | null;
  section_count: number;
  statement_count: number;
  warning_count: number;
  parser_version: string;
  document_json: string;
}

/** The columns SQLite keeps next to a parse so lists, filters and sorting never read the JSON. */
export function describeDocument(doc: OutcomeDocument): DocumentColumns {
  const json = JSON.stringify(doc);
  return {
    text_sha256: doc.source.sha256,
    parse_sha256: createHash('sha256').update(json).digest('hex'),
    format: doc.source.format,
    kind: doc.meeting.kind,
    title: doc.meeting.title,
    city: doc.meeting.city,
    start_date: doc.meeting.startDate,
    end_date: doc.meeting.endDate,
    meeting_date: describeMeetingDate(doc),
    document_number: doc.meta.documentNumber,
    issued_on: doc.meta.issuedOn,
    classification: doc.meta.classification,
    section_count: doc.sections.length,
    statement_count: doc.statements.length,
    warning_count: doc.warnings.length,
    parser_version: doc.parserVersion,
    document_json: json,
  };
}

/** The date a document is sorted and filtered by: the meeting's start, else the issue date. */
export function describeMeetingDate(doc: OutcomeDocument): string | null {
  return doc.meeting.startDate ?? doc.meta.issuedOn;
}

/** Distinct topics of a document (sections and sub-topics), in order of first appearance. */
export function collectDocumentTopics(doc: OutcomeDocument): { id: string; label: string }[] {
  const seen = new Map<string, string>();
  for (const section of doc.sections) {
    if (!seen.has(section.topic.id)) seen.set(section.topic.id, section.topic.label);
    for (const sub of section.subtopics) if (!seen.has(sub.topic.id)) seen.set(sub.topic.id, sub.topic.label);
  }
  return [...seen].map(([id, label]) => ({ id, label }));
}

/** A row of `documents` as read by the list query. */
export interface SummaryRow {
  id: string;
  kind: string;
  title: string;
  city: string | null;
  start_date: string | null;
  end_date: string | null;
  document_number: string | null;
  issued_on: string | null;
  classification: string | null;
  text_sha256: string;
  file_name: string | null;
  format: string;
  section_count: number;
  statement_count: number;
  warning_count: number;
  ingested_at: string;
}

/** The columns the list query selects, in `SummaryRow` order. */
export const SUMMARY_COLUMNS =
  'id, kind, title, city, start_date, end_date, document_number, issued_on, classification, text_sha256, file_name, format, section_count, statement_count, warning_count, ingested_at';

/** A `DocumentSummary` from its row. */
export function toDocumentSummary(row: SummaryRow): DocumentSummary {
  return {
    id: row.id,
    kind: row.kind as DocumentSummary['kind'],
    title: row.title,
    city: row.city,
    startDate: row.start_date,
    endDate: row.end_date,
    documentNumber: row.document_number,
    issuedOn: row.issued_on,
    classification: row.classification,
    sha256: row.text_sha256,
    fileName: row.file_name,
    format: row.format as DocumentSummary['format'],
    sections: row.section_count,
    statements: row.statement_count,
    warnings: row.warning_count,
    ingestedAt: row.ingested_at,
  };
}
