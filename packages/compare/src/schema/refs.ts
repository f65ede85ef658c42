import { IsoDateSchema, MeetingKindSchema, SideSchema, z } from '@som/domain';

/**
 * A span into one side's `source.text` together with the text it claims:
 * `source.text.slice(start, end) === text` always holds.
 */
export const TextSpanSchema = z
  .object({
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
    text: z.string(),
  })
  .meta({ id: 'TextSpan' });

/** The meeting a compared record reports on, in brief. */
export const MeetingSummarySchema = z
  .object({
    kind: MeetingKindSchema,
    title: z.string(),
    city: z.string().nullable(),
    startDate: IsoDateSchema.nullable(),
    endDate: IsoDateSchema.nullable(),
  })
  .meta({ id: 'MeetingSummary' });

/** Which document one side of a comparison is: id, meeting, marking and content hash. */
export const DocumentRefSchema = z
  .object({
    id: z.string(),
    meeting: MeetingSummarySchema,
    /** The document's marking ("LIMITE") or null. */
    classification: z.string().nullable(),
    documentNumber: z.string().nullable(),
    issuedOn: IsoDateSchema.nullable(),
    sha256: z.string(),
  })
  .meta({ id: 'DocumentRef' });

/** A topic as shown in a comparison: canonical id (or derived `x-` slug) and label. */
export const TopicLabelSchema = z.object({ id: z.string(), label: z.string() }).meta({ id: 'TopicLabel' });

/** Who speaks, reduced to what makes actors comparable across meetings. */
export const ActorRefSchema = z.object({ id: z.string(), side: SideSchema }).meta({ id: 'ActorRef' });

export type TextSpan = z.infer<typeof TextSpanSchema>;
export type MeetingSummary = z.infer<typeof MeetingSummarySchema>;
export type DocumentRef = z.infer<typeof DocumentRefSchema>;
export type TopicLabel = z.infer<typeof TopicLabelSchema>;
export type ActorRef = z.infer<typeof ActorRefSchema>;
