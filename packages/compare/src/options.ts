import type { CompareThresholds, ResolvedCompareOptions } from './schema/options.js';

/**
 * Default thresholds, chosen on the genre (paragraphs of 2-8 sentences, topics of 1-3 paragraphs):
 * - `lowConfidence` 0.6: below this the parser's topic is a guess, so the topic is aligned by text.
 * - `topicSimilarity` 0.2: TF-IDF cosine between two topics' titles and statements; same-subject
 *   sections of two meetings score 0.25-0.6, unrelated ones under 0.1.
 * - `realignSimilarity` 0.3: two different canonical topics both placed with confidence are aligned
 *   only when their texts are this close (a subject continuing under a neighbouring topic).
 * - `splitSimilarity` 0.15: a leftover topic joins an aligned one (split / merge) from this cosine,
 *   and only when one side is a guess or its title is contained in the other's.
 * - `statementPair` 0.4: two statements about the same point, reworded, score 0.45-0.9.
 * - `moved` 0.7: a statement moved between topics must be nearly the same sentence.
 * - `figureChange` 0: every change of a paired figure is reported.
 */
export const DEFAULT_THRESHOLDS: CompareThresholds = {
  lowConfidence: 0.6,
  topicSimilarity: 0.2,
  realignSimilarity: 0.3,
  splitSimilarity: 0.15,
  statementPair: 0.4,
  moved: 0.7,
  figureChange: 0,
};

/** Options of `compareMeetings` and `topicTimeline`; everything is optional. */
export interface CompareOptions {
  /** Keep only this topic id (or these ids); a topic matches by its own id or any aligned id on either side. */
  topic?: string | readonly string[] | null;
  /** Keep only this actor id in actor rows, statements and bullets; topics where it never speaks are left out. */
  actor?: string | null;
  /** Override any of `DEFAULT_THRESHOLDS`. */
  thresholds?: Partial<CompareThresholds>;
}

/** Fills in defaults: the options exactly as a `MeetingDiff` echoes them. */
export function resolveCompareOptions(options: CompareOptions = {}): ResolvedCompareOptions {
  const topic = options.topic ?? null;
  const topics = topic === null ? null : [...new Set(typeof topic === 'string' ? [topic] : topic)].sort();
  return {
    topics,
    actor: options.actor ?? null,
    thresholds: { ...DEFAULT_THRESHOLDS, ...(options.thresholds ?? {}) },
  };
}
