import { z } from '@som/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { API_VERSION } from '../version.js';

export const HealthSchema = z
  .object({ status: z.literal('ok'), version: z.string(), documents: z.number().int() })
  .meta({ id: 'Health' });

/** `GET /api/health`: public liveness check with the number of stored documents. */
export const healthRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/health',
    { config: { access: 'public' }, schema: { tags: ['health'], response: { 200: HealthSchema } } },
    async () => ({
      status: 'ok' as const,
      version: API_VERSION,
      documents: await app.store.countDocuments(),
    }),
  );
};
