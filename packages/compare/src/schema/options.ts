import { z } from '@som/domain';

/**
 * Similarity thresholds (all in [0, 1]) that decide alignments and pairings.
 * Defaults are in `DEFAULT_THRESHOLDS` (see `src/options.ts`).
 */
export const CompareThresholdsSchema = z
  .object({
    /** A topic whose parser confidence is below this (or whose id is derived, `x-...`) is aligned by text similarity. */
    lowConfidence: z.number().min(0).max(1),
    /** Minimum TF-IDF cosine for two topics to be aligned one-to-one by similarity. */
    topicSimilarity: z.number().min(0).max(1),
    /** Minimum TF-IDF cosine for two different canonical topics, both placed with confidence, to be aligned one-to-one. */
    realignSimilarity: z.number().min(0).max(1),
    /** Minimum cosine between a topic and one part of a split (or merge) for the part to join it. */
    splitSimilarity: z.number().min(0).max(1),
    /** Minimum statement similarity for a base and a target statement to be paired as `changed`. */
    statementPair: z.number().min(0).max(1),
    /** Minimum statement similarity for an added and a removed statement in different topics to be `moved`. */
    moved: z.number().min(0).max(1),
    /** Minimum relative change for two figures with the same unit to be reported as changed (0 = any change). */
    figureChange: z.number().min(0).max(1),
  })
  .meta({ id: 'CompareThresholds' });

/** The options a comparison was made with, all defaults filled in. */
export const ResolvedCompareOptionsSchema = z
  .object({
    /** Only these topic ids (canonical or derived), or null for all. */
    topics: z.array(z.string()).nullable(),
    /** Only this actor id (`us`, `eu`, `europol`, ...) in actor rows, statements and bullets, or null for all. */
    actor: z.string().nullable(),
    thresholds: CompareThresholdsSchema,
  })
  .meta({ id: 'CompareOptions' });

export type CompareThresholds = z.infer<typeof CompareThresholdsSchema>;
export type ResolvedCompareOptions = z.infer<typeof ResolvedCompareOptionsSchema>;
