import { z } from '@som/domain';
import { ResolvedCompareOptionsSchema } from './options.js';
import { DocumentRefSchema } from './refs.js';
import { SummaryBulletSchema, TopicDiffSchema } from './topic-diff.js';

/** Version of the MeetingDiff / TopicTimeline contract. Bump on any rename or removal. */
export const COMPARE_SCHEMA_VERSION = '1.0.0';

/** Counts that let a list view say "3 new topics, 2 stance shifts" without walking the topics. */
export const DiffStatsSchema = z
  .object({
    topicsAdded: z.number().int().nonnegative(),
    topicsRemoved: z.number().int().nonnegative(),
    topicsContinued: z.number().int().nonnegative(),
    stanceShifts: z.number().int().nonnegative(),
    statementsChanged: z.number().int().nonnegative(),
    statementsAdded: z.number().int().nonnegative(),
    statementsRemoved: z.number().int().nonnegative(),
    statementsMoved: z.number().int().nonnegative(),
    figuresChanged: z.number().int().nonnegative(),
    commitmentsDue: z.number().int().nonnegative(),
  })
  .meta({ id: 'DiffStats' });

/**
 * What moved between two meetings, topic by topic and actor by actor.
 * `base` is the earlier meeting by convention (any order works; swapping swaps added/removed).
 * Every span points into the `source.text` of its own side (`base...` spans into base, `target...` into target).
 */
export const MeetingDiffSchema = z
  .object({
    schemaVersion: z.literal(COMPARE_SCHEMA_VERSION),
    base: DocumentRefSchema,
    target: DocumentRefSchema,
    options: ResolvedCompareOptionsSchema,
    /** Topics ordered: continued, added, removed; each group by position in the target (base for removed). */
    topics: z.array(TopicDiffSchema),
    /** The most important bullets across all topics, highest importance first. */
    summary: z.array(SummaryBulletSchema),
    stats: DiffStatsSchema,
    /** Distinct markings of the two documents ("LIMITE"); show them on every rendering. */
    markings: z.array(z.string()),
  })
  .meta({ id: 'MeetingDiff' });

export type DiffStats = z.infer<typeof DiffStatsSchema>;
export type MeetingDiff = z.infer<typeof MeetingDiffSchema>;
