import { TopicTimelineSchema, topicTimeline } from '@som/compare';
import { findTopicDefinition, TOPICS, z } from '@som/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { setMarkingHeader } from '../http/marking.js';
import { recordAudit } from '../plugins/auth.js';
import { HttpProblem } from '../plugins/errors.js';
import {
  IdSchema,
  IsoDateQuerySchema,
  ProblemSchema,
  type TopicCount,
  TopicCountSchema,
  TopicIdSchema,
} from '../schemas/api-schemas.js';

const TopicListSchema = z.object({ items: z.array(TopicCountSchema) }).meta({ id: 'TopicList' });

const TimelineQuerySchema = z.object({
  from: IsoDateQuerySchema.optional(),
  to: IsoDateQuerySchema.optional(),
  actor: IdSchema.optional(),
});

/** Topics that occur in stored meetings (with how many), and one topic followed across meetings. */
export const topicRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/topics',
    { config: { access: 'reader' }, schema: { tags: ['topics'], response: { 200: TopicListSchema } } },
    async () => ({ items: mergeWithTaxonomy(await app.store.listTopics()) }),
  );

  app.get(
    '/api/topics/:id/timeline',
    {
      config: { access: 'reader' },
      schema: {
        tags: ['topics'],
        params: z.object({ id: TopicIdSchema }),
        querystring: TimelineQuerySchema,
        response: { 200: TopicTimelineSchema, 400: ProblemSchema, 404: ProblemSchema },
      },
    },
    async (request, reply) => {
      const { id } = request.params;
      const { from, to, actor } = request.query;
      recordAudit(request, 'timeline', id);
      if (from && to && from > to) throw new HttpProblem(400, `from (${from}) is after to (${to})`);
      const stored = (await app.store.listTopics()).some((t) => t.id === id);
      if (!stored && !findTopicDefinition(id)) throw new HttpProblem(404, `no topic ${id}`);
      const docs = await app.store.loadDocuments({ from, to });
      const timeline = topicTimeline(docs, id, { actor: actor ?? null });
      setMarkingHeader(reply, timeline.markings);
      return timeline;
    },
  );
};

/**
 * The canonical taxonomy in its own order (with 0 meetings where none has it yet), then the derived
 * topics that occur in stored meetings, by id. Canonical labels win over the titles stored meetings used.
 */
export function mergeWithTaxonomy(stored: readonly TopicCount[]): TopicCount[] {
  const counts = new Map(stored.map((t) => [t.id, t]));
  const canonical = TOPICS.map((t) => ({
    id: t.id,
    label: t.label,
    meetings: counts.get(t.id)?.meetings ?? 0,
  }));
  const known = new Set(TOPICS.map((t) => t.id));
  return [...canonical, ...stored.filter((t) => !known.has(t.id))];
}
