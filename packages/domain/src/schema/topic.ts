import { z } from 'zod';

/** How a section or sub-topic was placed in the canonical taxonomy. */
export const TopicMatchSchema = z
  .enum(['title-alias', 'title-terms', 'body-terms', 'derived'])
  .meta({ id: 'TopicMatch' });

/**
 * A topic reference. `id` is a canonical taxonomy id (`visa-reciprocity`) or, for a heading
 * that matched nothing, a slug derived from the title prefixed `x-` with low confidence.
 */
export const TopicRefSchema = z
  .object({
    id: z.string().min(1),
    label: z.string(),
    confidence: z.number().min(0).max(1),
    matchedBy: TopicMatchSchema,
  })
  .meta({ id: 'TopicRef' });

export type TopicRef = z.infer<typeof TopicRefSchema>;
export type TopicMatch = z.infer<typeof TopicMatchSchema>;

/** One entry of the canonical topic taxonomy. */
export const TopicDefinitionSchema = z
  .object({
    id: z.string(),
    label: z.string(),
    aliases: z.array(z.string()),
    keyTerms: z.array(z.string()),
    parentId: z.string().nullable(),
  })
  .meta({ id: 'TopicDefinition' });

export type TopicDefinition = z.infer<typeof TopicDefinitionSchema>;
