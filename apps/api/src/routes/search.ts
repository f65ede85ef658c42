import { StanceSchema, z } from '@som/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { setMarkingHeader } from '../http/marking.js';
import { recordAudit } from '../plugins/auth.js';
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
      recordAudit(request, 'search', describeSearch(request.query, result));
      return result;
    },
  );
};

/**
 * The audit target of a search: its parameters (percent-encoded, so the line stays one printable line),
 * the total number of hits and the distinct documents whose statements this page returned.
 */
export function describeSearch(
  query: z.infer<typeof SearchQuerySchema>,
  result: { items: readonly { documentId: string }[]; total: number },
): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value !== undefined) params.set(key, String(value));
  const documents = [...new Set(result.items.map((i) => i.documentId))];
  return `${params.toString()} hits=${result.total} documents=${documents.join(',') || '-'}`;
}
