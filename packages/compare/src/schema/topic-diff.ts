import { EntityKindSchema, PartialIsoDateSchema, StanceSchema, z } from '@som/domain';
import { ActorRefSchema, TextSpanSchema, TopicLabelSchema } from './refs.js';

/** How the sections of a topic were matched across the two meetings. */
export const AlignmentMethodSchema = z
  .enum(['topic-id', 'parent-topic', 'similarity', 'split', 'merge', 'unmatched'])
  .meta({ id: 'AlignmentMethod' });

/** Which sections / sub-topics of each side a topic was aligned from, how, and how sure. */
export const AlignmentSchema = z
  .object({
    baseSectionIds: z.array(z.string()),
    targetSectionIds: z.array(z.string()),
    baseSubtopicIds: z.array(z.string()),
    targetSubtopicIds: z.array(z.string()),
    /** Topic ids of each side that were aligned (differ from `topic.id` after a similarity match, split or merge). */
    baseTopicIds: z.array(z.string()),
    targetTopicIds: z.array(z.string()),
    /** Section / sub-topic titles as written on each side ("Visa Waiver Program"). */
    baseTitles: z.array(z.string()),
    targetTitles: z.array(z.string()),
    /**
     * 0..1: 1 for the same canonical topic; at least 0.5 for a topic and its taxonomy parent
     * (`parent-topic`); the TF-IDF cosine for similarity matches; 0 when unmatched.
     */
    score: z.number().min(0).max(1),
    method: AlignmentMethodSchema,
  })
  .meta({ id: 'Alignment' });

/** How an actor's stances on a topic changed. */
export const ActorChangeKindSchema = z
  .enum(['new', 'dropped', 'shifted', 'same'])
  .meta({ id: 'ActorChangeKind' });

/** One actor on one topic: the stances before and after, e.g. concern -> support. */
export const ActorChangeSchema = z
  .object({
    actor: ActorRefSchema,
    /** Distinct stances of the actor's statements in the base, in the Stance enum order. */
    before: z.array(StanceSchema),
    after: z.array(StanceSchema),
    change: ActorChangeKindSchema,
    /** Stances in `after` but not `before`, and the reverse. */
    gained: z.array(StanceSchema),
    lost: z.array(StanceSchema),
    baseStatementIds: z.array(z.string()),
    targetStatementIds: z.array(z.string()),
  })
  .meta({ id: 'ActorChange' });

/** One piece of a word-level redline. */
export const RedlinePartSchema = z
  .object({ op: z.enum(['equal', 'insert', 'delete']), text: z.string() })
  .meta({ id: 'RedlinePart' });

export const StatementStatusSchema = z
  .enum(['unchanged', 'changed', 'added', 'removed', 'moved'])
  .meta({ id: 'StatementStatus' });

/**
 * A statement of the base paired with one of the target (or left alone).
 * `moved`: the same statement under another topic; the row sits in the topic on each side
 * (in the base topic with `movedTo`, in the target topic with `movedFrom`).
 */
export const StatementChangeSchema = z
  .object({
    status: StatementStatusSchema,
    baseId: z.string().nullable(),
    targetId: z.string().nullable(),
    /** 0..1 token similarity of the two texts (1 when unchanged, 0 when one side is missing). */
    similarity: z.number().min(0).max(1),
    /** Word-level redline base -> target; empty unless `changed` or `moved` with edits. */
    redline: z.array(RedlinePartSchema),
    baseSpan: TextSpanSchema.nullable(),
    targetSpan: TextSpanSchema.nullable(),
    actor: ActorRefSchema.nullable(),
    baseStance: StanceSchema.nullable(),
    targetStance: StanceSchema.nullable(),
    /** Topic id the statement moved to (on the base-topic row) or came from (on the target-topic row). */
    movedTo: z.string().nullable(),
    movedFrom: z.string().nullable(),
  })
  .meta({ id: 'StatementChange' });

/** A figure that changed between meetings ("283,000 -> 300,000 admitted"), appeared, or disappeared. */
export const FigureChangeSchema = z
  .object({
    /** What is counted, from the words around the figure ("Ukrainians admitted"). */
    label: z.string(),
    status: z.enum(['changed', 'added', 'removed']),
    before: z.number().nullable(),
    after: z.number().nullable(),
    unit: z.string().nullable(),
    baseSpan: TextSpanSchema.nullable(),
    targetSpan: TextSpanSchema.nullable(),
  })
  .meta({ id: 'FigureChange' });

/** A named body, instrument or programme mentioned on one side of the topic only. */
export const EntityMentionSchema = z
  .object({ id: z.string(), kind: EntityKindSchema, name: z.string(), spans: z.array(TextSpanSchema) })
  .meta({ id: 'EntityMention' });

export const EntityChangesSchema = z
  .object({ added: z.array(EntityMentionSchema), removed: z.array(EntityMentionSchema) })
  .meta({ id: 'EntityChanges' });

/** A next step promised in the base meeting and dated before the target meeting. */
export const CommitmentDueSchema = z
  .object({
    commitmentId: z.string(),
    text: z.string(),
    what: z.string(),
    date: PartialIsoDateSchema.nullable(),
    place: z.string().nullable(),
    /** True when the target meeting mentions it again (see `evidenceSpans`). */
    followedUp: z.boolean(),
    baseSpan: TextSpanSchema,
    /** Target sentences that take the commitment up again. */
    evidenceSpans: z.array(TextSpanSchema),
  })
  .meta({ id: 'CommitmentDue' });

/** What a change bullet is about; used to order and to style bullets. */
export const SummaryKindSchema = z
  .enum([
    'topic-added',
    'topic-removed',
    'topic-realigned',
    'stance-shift',
    'actor-new',
    'actor-dropped',
    'commitment-due',
    'figure-changed',
    'entity-added',
    'entity-removed',
    'statement-added',
    'statement-removed',
    'statement-changed',
    'statement-moved',
  ])
  .meta({ id: 'SummaryKind' });

/** A plain-language change bullet linked to the sentences behind it on both sides. */
export const SummaryBulletSchema = z
  .object({
    text: z.string(),
    kind: SummaryKindSchema,
    /** 1 (minor) .. 5 (headline). Bullets are sorted by importance, highest first. */
    importance: z.number().int().min(1).max(5),
    topicId: z.string(),
    actor: ActorRefSchema.nullable(),
    baseSpans: z.array(TextSpanSchema),
    targetSpans: z.array(TextSpanSchema),
  })
  .meta({ id: 'SummaryBullet' });

export const TopicStatusSchema = z.enum(['added', 'removed', 'continued']).meta({ id: 'TopicStatus' });

/** Everything that moved on one topic between the base and the target meeting. */
export const TopicDiffSchema = z
  .object({
    topic: TopicLabelSchema,
    status: TopicStatusSchema,
    alignment: AlignmentSchema,
    actors: z.array(ActorChangeSchema),
    statements: z.array(StatementChangeSchema),
    figures: z.array(FigureChangeSchema),
    entities: EntityChangesSchema,
    commitmentsDue: z.array(CommitmentDueSchema),
    summary: z.array(SummaryBulletSchema),
  })
  .meta({ id: 'TopicDiff' });

export type AlignmentMethod = z.infer<typeof AlignmentMethodSchema>;
export type Alignment = z.infer<typeof AlignmentSchema>;
export type ActorChangeKind = z.infer<typeof ActorChangeKindSchema>;
export type ActorChange = z.infer<typeof ActorChangeSchema>;
export type RedlinePart = z.infer<typeof RedlinePartSchema>;
export type StatementStatus = z.infer<typeof StatementStatusSchema>;
export type StatementChange = z.infer<typeof StatementChangeSchema>;
export type FigureChange = z.infer<typeof FigureChangeSchema>;
export type EntityMention = z.infer<typeof EntityMentionSchema>;
export type EntityChanges = z.infer<typeof EntityChangesSchema>;
export type CommitmentDue = z.infer<typeof CommitmentDueSchema>;
export type SummaryKind = z.infer<typeof SummaryKindSchema>;
export type SummaryBullet = z.infer<typeof SummaryBulletSchema>;
export type TopicStatus = z.infer<typeof TopicStatusSchema>;
export type TopicDiff = z.infer<typeof TopicDiffSchema>;
