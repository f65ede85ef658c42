import { sha256 } from '../hash.js';
import type { Meeting } from '../schema/meta.js';
import {
  type OutcomeDocument,
  OutcomeDocumentSchema,
  SCHEMA_VERSION,
  type SourceFormat,
} from '../schema/outcome-document.js';
import type { Section } from '../schema/section.js';
import type { ParseWarning } from '../schema/warning.js';
import { compileGuard } from '../schema-guard.js';
import { splitBlocks } from './blocks.js';
import { createEmptyMeta, type HeaderResult, readHeader } from './header.js';
import { looksBinary } from './looks-binary.js';
import { type MeetingResult, readMeeting } from './meeting.js';
import { normaliseText } from './normalise.js';
import { copySpan } from './spans.js';
import { extractStatementsAndFacts, type StatementsOutput } from './statements-and-facts.js';
import { buildSections } from './structure.js';
import type { Block, ParseContext } from './types.js';

/** Version of the parser; stored in every document so a re-parse can be decided. */
export const PARSER_VERSION = '0.4.0';

/** Longest input read, in UTF-16 code units (about 4 MB of text); the rest is cut with a warning. */
export const MAX_INPUT_LENGTH = 4_000_000;

/** Options of `parseOutcome`. */
export interface ParseOptions {
  fileName?: string;
  format?: 'txt' | 'pdf';
}

/** The contract as a check-only predicate (null if the schema ever outgrows `compileGuard`). */
const DOCUMENT_GUARD = compileGuard(OutcomeDocumentSchema);

const GENRE_WORDS =
  /\b(?:delegation|Presidency|Council|Senior Officials|Ministerial|Justice and Home Affairs|EU|U\.?S\.?|European Union|United States|Outcome of proceedings|Joint statement)\b/gi;

/**
 * Parses an EU-US JHA outcome record (or joint statement) into a validated `OutcomeDocument`.
 * Runs normalise -> blocks -> header -> meeting -> structure -> statements and facts. Never
 * throws: a pass that fails leaves its part empty and adds a `pass-failed` warning; empty,
 * binary or off-genre input gives a valid document with `empty-input`, `binary-content` or
 * `not-an-outcome-record`.
 * @example const doc = parseOutcome(text, { fileName: '7725-23.txt' }); doc.sections[0].topic.id
 */
export function parseOutcome(input: string, options: ParseOptions = {}): OutcomeDocument {
  const warnings: ParseWarning[] = [];
  let raw = typeof input === 'string' ? input : String(input);
  if (raw.length > MAX_INPUT_LENGTH) {
    raw = raw.slice(0, MAX_INPUT_LENGTH);
    warnings.push({
      code: 'truncated-input',
      message: `Input cut at ${MAX_INPUT_LENGTH} characters.`,
      span: null,
    });
  }
  if (looksBinary(raw)) {
    warnings.push({
      code: 'binary-content',
      message: 'The input looks like binary data, not text.',
      span: null,
    });
  }
  const normalised = runPass('normalise', warnings, () => normaliseText(raw), { text: '', warnings: [] });
  const text = normalised.text;
  warnings.push(...normalised.warnings);
  const hash = sha256(text);
  if (text.trim() === '')
    warnings.push({ code: 'empty-input', message: 'The input holds no text.', span: null });
  const blocks = runPass('blocks', warnings, () => splitBlocks(text), [] as Block[]);
  const header = runPass('header', warnings, () => readHeader(text, blocks), emptyHeader());
  warnings.push(...header.warnings);
  const meeting = runPass(
    'meeting',
    warnings,
    () => readMeeting(text, blocks, header, hash),
    emptyMeeting(hash),
  );
  warnings.push(...meeting.warnings);
  const structure = runPass(
    'structure',
    warnings,
    () => buildSections(text, blocks, { jointStatement: header.jointTitle !== null }),
    { sections: [] as Section[], blocks, warnings: [] as ParseWarning[] },
  );
  warnings.push(...structure.warnings);
  if (structure.sections.some((s) => s.kind === 'annex')) {
    const annex = structure.sections.find((s) => s.kind === 'annex') as Section;
    warnings.push({
      code: 'annex-skipped',
      message: 'The annex was recognised and not read for statements.',
      span: annex.titleSpan === null ? null : copySpan(annex.titleSpan),
    });
  }
  const ctx: ParseContext = meeting.ctx;
  const facts = runPass(
    'statements',
    warnings,
    () => extractStatementsAndFacts({ text, blocks: structure.blocks, sections: structure.sections, ctx }),
    { statements: [], figures: [], entities: [], commitments: [], warnings: [] } as StatementsOutput,
  );
  warnings.push(...facts.warnings);
  if (text.trim() !== '' && !looksLikeRecord(text, header, structure.sections)) {
    warnings.push({
      code: 'not-an-outcome-record',
      message: 'The text does not look like an EU-US JHA outcome record or joint statement.',
      span: null,
    });
  }
  const document: OutcomeDocument = {
    schemaVersion: SCHEMA_VERSION,
    parserVersion: PARSER_VERSION,
    id: meeting.id,
    source: {
      text,
      sha256: hash,
      format: (options.format ?? 'txt') as SourceFormat,
      fileName: options.fileName ?? null,
    },
    meta: header.meta,
    meeting: meeting.meeting,
    sections: structure.sections,
    statements: facts.statements,
    commitments: facts.commitments,
    figures: facts.figures,
    entities: facts.entities,
    warnings,
  };
  // Validated on every call. The compiled guard proves the common case without zod rebuilding
  // the whole document; anything it is not certain of goes through the schema itself.
  if (DOCUMENT_GUARD?.(document)) return document;
  const checked = OutcomeDocumentSchema.safeParse(document);
  if (checked.success) return checked.data;
  // A pass produced something outside the contract: keep what is certainly valid.
  const issue = checked.error.issues[0];
  return {
    ...document,
    id: /^[a-z0-9][a-z0-9-]*$/.test(document.id) ? document.id : `doc-${hash.slice(0, 12)}`,
    meta: createEmptyMeta(),
    meeting: emptyMeeting(hash).meeting,
    sections: [],
    statements: [],
    commitments: [],
    figures: [],
    entities: [],
    warnings: [
      ...warnings.filter((w) => ParseWarningOk(w, text.length)),
      {
        code: 'pass-failed',
        message: `The parse did not validate (${issue?.path.join('.') ?? '?'}: ${issue?.message ?? '?'}); only the text is kept.`,
        span: null,
      },
    ],
  };
}

function ParseWarningOk(w: ParseWarning, length: number): boolean {
  return w.span === null || (w.span.start >= 0 && w.span.end >= w.span.start && w.span.end <= length);
}

function runPass<T>(name: string, warnings: ParseWarning[], pass: () => T, fallback: T): T {
  try {
    return pass();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    warnings.push({
      code: 'pass-failed',
      message: `The ${name} pass failed: ${message.slice(0, 200)}`,
      span: null,
    });
    return fallback;
  }
}

function looksLikeRecord(text: string, header: HeaderResult, sections: readonly Section[]): boolean {
  if (header.meta.documentNumber !== null || header.meta.subject !== null || header.jointTitle !== null)
    return true;
  const hits = text.slice(0, 50000).match(GENRE_WORDS)?.length ?? 0;
  return hits >= 3 && sections.length > 0;
}

function emptyHeader(): HeaderResult {
  return { meta: createEmptyMeta(), jointTitle: null, placeDate: null, warnings: [] };
}

function emptyMeeting(hash: string): MeetingResult {
  const meeting: Meeting = {
    kind: 'other',
    title: 'Unidentified meeting',
    city: null,
    startDate: null,
    endDate: null,
    presidency: null,
    incomingPresidency: null,
    delegations: [],
    spans: {},
  };
  return {
    meeting,
    id: `doc-${hash.slice(0, 12)}`,
    ctx: { defaultYear: null, meetingDate: null },
    warnings: [],
  };
}
