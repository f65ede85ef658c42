import { z } from 'zod';
import { PartialIsoDateSchema, SpanSchema } from './span.js';

/** A date mentioned in the text, normalised to ISO (or a month / year when only that is known). */
export const DateMentionSchema = z
  .object({
    text: z.string(),
    span: SpanSchema,
    value: PartialIsoDateSchema,
    /** Last day of a range ("16-17 March 2023"), else null. */
    end: PartialIsoDateSchema.nullable(),
    precision: z.enum(['day', 'month', 'year']),
    /** True when the year was taken from the document, not the text ("7 June"). */
    yearInferred: z.boolean(),
  })
  .meta({ id: 'DateMention' });

/** A figure: "over 283,000 Ukrainians", "3,000 new applications ... every week". */
export const FigureSchema = z
  .object({
    id: z.string(),
    value: z.number(),
    unit: z.string().nullable(),
    qualifier: z.string().nullable(),
    /** "week" for "every week"; null when no rate is given. */
    per: z.string().nullable(),
    text: z.string(),
    span: SpanSchema,
    statementId: z.string().nullable(),
  })
  .meta({ id: 'Figure' });

export const EntityKindSchema = z
  .enum(['agency', 'body', 'instrument', 'programme', 'court', 'process', 'country', 'event', 'other'])
  .meta({ id: 'EntityKind' });

/** A named body, instrument or programme (Europol, Budapest Convention, ESTA, ...). */
export const EntitySchema = z
  .object({
    id: z.string(),
    kind: EntityKindSchema,
    name: z.string(),
    spans: z.array(SpanSchema),
  })
  .meta({ id: 'Entity' });

/** A next step or promise: "The next session will take place in June 2023 in Washington, DC." */
export const CommitmentSchema = z
  .object({
    id: z.string(),
    text: z.string(),
    what: z.string(),
    date: PartialIsoDateSchema.nullable(),
    place: z.string().nullable(),
    span: SpanSchema,
    statementId: z.string().nullable(),
    sectionId: z.string().nullable(),
    topicId: z.string().nullable(),
  })
  .meta({ id: 'Commitment' });

export type DateMention = z.infer<typeof DateMentionSchema>;
export type Figure = z.infer<typeof FigureSchema>;
export type EntityKind = z.infer<typeof EntityKindSchema>;
export type Entity = z.infer<typeof EntitySchema>;
export type Commitment = z.infer<typeof CommitmentSchema>;
