import { z } from 'zod';
import { SpanSchema } from './span.js';

/**
 * Stable warning codes. Tests match codes; people read messages.
 * Each code is explained in `parse/warning-codes.ts`.
 */
export const WarningCodeSchema = z
  .enum([
    'empty-input',
    'not-an-outcome-record',
    'binary-content',
    'control-characters',
    'no-document-number',
    'no-issue-date',
    'no-subject',
    'no-meeting-dates',
    'no-sections',
    'footer-inside-paragraph',
    'footnote-detached',
    'unknown-heading',
    'low-topic-confidence',
    'unattributed-sentence',
    'unresolved-pronoun',
    'unrecognised-verb',
    'ambiguous-date',
    'date-without-year',
    'truncated-input',
    'annex-skipped',
    'pass-failed',
  ])
  .meta({ id: 'WarningCode' });

export type WarningCode = z.infer<typeof WarningCodeSchema>;

/** Something the parser could not place. A document never fails silently. */
export const ParseWarningSchema = z
  .object({
    code: WarningCodeSchema,
    message: z.string(),
    span: SpanSchema.nullable(),
  })
  .meta({ id: 'ParseWarning' });

export type ParseWarning = z.infer<typeof ParseWarningSchema>;
