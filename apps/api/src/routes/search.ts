import { StanceSchema, z } from '@som/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { setMarkingHeader } from '../http/marking.js';
import {
  IdSchema,
  IsoDateQuerySchema,
  ProblemSchema,
  SearchResultSchema,
  TopicIdSchema,
} from '../schemas/api-schemas.js';

const SearchQuerySchema = z.object({
  q: z.string().max(500).optional(),
  actor: IdSchema.optional(),
  stance: StanceSchema.optional(),
  topic: TopicIdSchema.optional(),
  from: IsoDateQuerySchema.optional(),
  to: IsoDateQuerySchema.optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
});

/** `GET /api/search`: full-text search over statements, with filters and snippets as text segments. */
export const searchRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/search',
    {
      config: { access: 'reader' },
      schema: {
        tags: ['search'],
        querystring: SearchQuerySchema,
        response: { 200: SearchResultSchema, 400: ProblemSchema },
      },
    },
    async (request, reply) => {
      const result = await app.store.search(request.query);
      setMarkingHeader(
        reply,
        result.items.map((i) => i.classification),
      );
      return result;
    },
  );
};
