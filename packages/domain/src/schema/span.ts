import { z } from 'zod';

/**
 * Half-open UTF-16 offsets into `OutcomeDocument.source.text`:
 * `source.text.slice(span.start, span.end)` is exactly the item's text.
 */
export const SpanSchema = z
  .object({
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
  })
  .refine((s) => s.end >= s.start, { message: 'span.end must be >= span.start' })
  .meta({ id: 'Span' });

export type Span = z.infer<typeof SpanSchema>;

/** An ISO calendar date (`2023-03-16`), or a month (`2023-06`), or a year (`2023`). */
export const PartialIsoDateSchema = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected YYYY, YYYY-MM or YYYY-MM-DD')
  .meta({ id: 'PartialIsoDate' });

/** A full ISO calendar date `YYYY-MM-DD`. */
export const IsoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD')
  .meta({ id: 'IsoDate' });
