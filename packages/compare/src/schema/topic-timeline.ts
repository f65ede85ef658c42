import { StanceSchema, z } from '@som/domain';
import { COMPARE_SCHEMA_VERSION } from './meeting-diff.js';
import { ActorRefSchema, MeetingSummarySchema, TextSpanSchema, TopicLabelSchema } from './refs.js';
import { ActorChangeSchema, AlignmentMethodSchema, SummaryBulletSchema } from './topic-diff.js';

/** One statement of an actor at one meeting, with its sentence. */
export const TimelineStatementSchema = z
  .object({
    id: z.string(),
    stance: StanceSchema.nullable(),
    verb: z.string().nullable(),
    span: TextSpanSchema,
  })
  .meta({ id: 'TimelineStatement' });

/** An actor's stances on the topic at one meeting. */
export const TimelineActorSchema = z
  .object({
    actor: ActorRefSchema,
    /** Distinct stances, in the Stance enum order. */
    stances: z.array(StanceSchema),
    statementIds: z.array(z.string()),
    statements: z.array(TimelineStatementSchema),
  })
  .meta({ id: 'TimelineActor' });

/**
 * What changed since the previous meeting where the topic was present.
 * In `summary`, `baseSpans` point into the `since` document, `targetSpans` into this point's document.
 */
export const TimelineChangesSchema = z
  .object({
    /** Id of the previous document where the topic was present, null for the first present point. */
    since: z.string().nullable(),
    actors: z.array(ActorChangeSchema),
    summary: z.array(SummaryBulletSchema),
  })
  .meta({ id: 'TimelineChanges' });

/** The topic at one meeting. */
export const TimelinePointSchema = z
  .object({
    meeting: MeetingSummarySchema,
    documentId: z.string(),
    classification: z.string().nullable(),
    present: z.boolean(),
    sectionIds: z.array(z.string()),
    subtopicIds: z.array(z.string()),
    /** Titles the topic appeared under at this meeting. */
    titles: z.array(z.string()),
    /** How the topic was found in this document: by its id, or by similarity for derived topics. */
    method: AlignmentMethodSchema,
    score: z.number().min(0).max(1),
    actors: z.array(TimelineActorSchema),
    changes: TimelineChangesSchema,
  })
  .meta({ id: 'TimelinePoint' });

/** One topic followed across N meetings in date order. */
export const TopicTimelineSchema = z
  .object({
    schemaVersion: z.literal(COMPARE_SCHEMA_VERSION),
    topic: TopicLabelSchema,
    actor: z.string().nullable(),
    points: z.array(TimelinePointSchema),
    markings: z.array(z.string()),
  })
  .meta({ id: 'TopicTimeline' });

export type TimelineStatement = z.infer<typeof TimelineStatementSchema>;
export type TimelineActor = z.infer<typeof TimelineActorSchema>;
export type TimelineChanges = z.infer<typeof TimelineChangesSchema>;
export type TimelinePoint = z.infer<typeof TimelinePointSchema>;
export type TopicTimeline = z.infer<typeof TopicTimelineSchema>;
